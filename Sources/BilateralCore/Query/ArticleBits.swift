/// A set of article numbers as a bitmap, so that narrowing by a posting list is a pass
/// over a few hundred words rather than over every article.
struct ArticleBits: Sendable, Equatable {
    private(set) var words: [UInt64]
    let count: Int

    /// Every article of `count`.
    init(all count: Int) {
        self.count = count
        words = [UInt64](repeating: ~0, count: Self.wordCount(count))
        if count % 64 != 0, !words.isEmpty { words[words.count - 1] = (1 << UInt64(count % 64)) - 1 }
    }

    /// The articles whose flag is set.
    init(_ flags: [Bool]) {
        count = flags.count
        words = [UInt64](repeating: 0, count: Self.wordCount(flags.count))
        for (index, flag) in flags.enumerated() where flag { words[index >> 6] |= 1 << UInt64(index & 63) }
    }

    init(words: [UInt64], count: Int) {
        self.words = words
        self.count = count
    }

    static func wordCount(_ count: Int) -> Int { (count + 63) / 64 }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    mutating func removeAll() {
        for index in words.indices { words[index] = 0 }
    }

    /// Keeps only the articles also in `other` (a bitmap of the same shape).
    mutating func formIntersection(_ other: UnsafeBufferPointer<UInt64>) {
        for index in words.indices { words[index] &= other[index] }
    }

    mutating func formIntersection(_ other: ArticleBits) {
        other.words.withUnsafeBufferPointer { formIntersection($0) }
    }

    /// True when every article of this set is in `other` (a bitmap of the same shape).
    func isSubset(of other: ArticleBits) -> Bool {
        guard count == other.count else { return false }
        return words.withUnsafeBufferPointer { mine in
            other.words.withUnsafeBufferPointer { theirs in
                for index in mine.indices where mine[index] & ~theirs[index] != 0 { return false }
                return true
            }
        }
    }

    /// One flag per article.
    var flags: [Bool] {
        var flags = [Bool](repeating: false, count: count)
        forEach { flags[$0] = true }
        return flags
    }

    /// How many articles the set holds.
    var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Calls `body` with each article in the set, in order.
    func forEach(_ body: (Int) -> Void) {
        forEach(inWords: words.indices, body)
    }

    /// Calls `body` with each article of the set held by bitmap words `range` (articles
    /// `64 * range.lowerBound` up to `64 * range.upperBound`), in order.
    func forEach(inWords range: Range<Int>, _ body: (Int) -> Void) {
        for position in range {
            var rest = words[position]
            while rest != 0 {
                body(position << 6 | rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
    }
}
