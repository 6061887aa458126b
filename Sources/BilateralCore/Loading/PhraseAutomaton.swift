/// Tells which groups of phrases occur in a text in one pass over its bytes, ASCII letters
/// compared lower-cased (an Aho–Corasick automaton laid out as a table: one load per byte).
struct PhraseAutomaton: Sendable {
    /// Each byte's column in `transitions`, after lower-casing; 0 for bytes no phrase holds.
    private let columns: [UInt8]
    private let columnCount: Int
    /// The state after each state and column, `state * columnCount + column`.
    private let transitions: [UInt16]
    /// Bit `g` is set in a state that ends a phrase of group `g`.
    private let groupsEnding: [UInt8]

    /// `groups[g]` are the phrases of group `g` (at most eight groups; phrases in lower case).
    init(groups: [[String]]) {
        precondition(groups.count <= 8, "a group is one bit of a byte")
        let phrases = groups.enumerated().flatMap { group, phrases in phrases.map { (Array($0.utf8), UInt8(1) << group) } }
        var columns = [UInt8](repeating: 0, count: 256)
        var columnCount = 1
        for byte in Set(phrases.flatMap(\.0)).sorted() {
            columns[Int(byte)] = UInt8(columnCount)
            columnCount += 1
        }
        // Upper-case ASCII letters read as their lower-case forms.
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { columns[Int(byte)] = columns[Int(byte | 0x20)] }

        // The trie: state 0 is the root; -1 is "no edge yet".
        var edges: [[Int]] = [Array(repeating: -1, count: columnCount)]
        var ending: [UInt8] = [0]
        for (bytes, group) in phrases {
            var state = 0
            for byte in bytes {
                let column = Int(columns[Int(byte)])
                if edges[state][column] < 0 {
                    edges[state][column] = edges.count
                    edges.append(Array(repeating: -1, count: columnCount))
                    ending.append(0)
                }
                state = edges[state][column]
            }
            ending[state] |= group
        }
        // Breadth first, each state's missing edges follow its longest proper suffix that is a state.
        var fallback = [Int](repeating: 0, count: edges.count)
        var queue: [Int] = []
        for column in 0..<columnCount {
            if edges[0][column] < 0 {
                edges[0][column] = 0
            } else {
                queue.append(edges[0][column])
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            ending[state] |= ending[fallback[state]]
            for column in 0..<columnCount {
                let next = edges[state][column]
                if next < 0 {
                    edges[state][column] = edges[fallback[state]][column]
                } else {
                    fallback[next] = edges[fallback[state]][column]
                    queue.append(next)
                }
            }
        }
        precondition(edges.count <= Int(UInt16.max), "states fit in 16 bits")
        self.columns = columns
        self.columnCount = columnCount
        self.transitions = edges.flatMap { $0.map { UInt16($0) } }
        self.groupsEnding = ending
    }

    /// The groups with a phrase in `bytes`, as bits.
    func groups(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        columns.withUnsafeBufferPointer { columns in
            transitions.withUnsafeBufferPointer { transitions in
                groupsEnding.withUnsafeBufferPointer { groupsEnding in
                    var state = 0
                    var found: UInt8 = 0
                    for byte in bytes {
                        state = Int(transitions[state &* columnCount &+ Int(columns[Int(byte)])])
                        found |= groupsEnding[state]
                    }
                    return found
                }
            }
        }
    }
}
