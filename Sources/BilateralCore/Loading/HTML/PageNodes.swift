import Markup

/// A parsed page with what the extractor needs per node: whether it is still kept, and how
/// much text, link text and how many commas lie under it.
///
/// Node indices are in document order with every child after its parent, so one forward pass
/// hands a verdict down and one backward pass sums lengths up: no recursion on deep pages.
struct PageNodes {
    let document: MarkupDocument
    var kept: [Bool]
    /// Non-blank characters of text under each node.
    var textLength: [Int]
    /// Non-blank characters of text inside links under each node.
    var linkLength: [Int]
    var commas: [Int]
    /// Lower-cased class and id names of each element ("" for none).
    let names: [String]

    init(_ document: MarkupDocument) {
        self.document = document
        let count = document.nodes.count
        kept = [Bool](repeating: true, count: count)
        textLength = [Int](repeating: 0, count: count)
        linkLength = [Int](repeating: 0, count: count)
        commas = [Int](repeating: 0, count: count)
        names = document.nodes.map { node in
            guard node.kind == .element else { return "" }
            let joined = [node.attribute("class"), node.attribute("id")].compactMap { $0 }.joined(separator: " ")
            return joined.lowercased()
        }
    }

    var count: Int { document.nodes.count }

    func tag(_ index: Int) -> String { document.nodes[index].localName }

    func isElement(_ index: Int) -> Bool { document.nodes[index].kind == .element }

    /// What stays once every node `drop` names goes, and with it everything under it.
    func kept(dropping drop: (Int) -> Bool) -> [Bool] {
        var kept = self.kept
        for index in 1..<max(1, count) where kept[index] {
            let parent = document.nodes[index].parent
            if parent >= 0, !kept[parent] || drop(index) { kept[index] = false }
        }
        return kept
    }

    /// Recounts text, link text and commas under every kept node.
    mutating func measure() {
        for index in 0..<count {
            textLength[index] = 0
            linkLength[index] = 0
            commas[index] = 0
        }
        for index in stride(from: count - 1, through: 0, by: -1) where kept[index] {
            let node = document.nodes[index]
            if node.kind == .text {
                var length = 0
                var commaCount = 0
                for scalar in node.text.unicodeScalars where !scalar.properties.isWhitespace {
                    length += 1
                    if scalar == "," || scalar == "，" || scalar == "、" { commaCount += 1 }
                }
                textLength[index] = length
                commas[index] = commaCount
            }
            if node.kind == .element, node.localName == "a" { linkLength[index] = textLength[index] }
            let parent = node.parent
            guard parent >= 0 else { continue }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
        }
    }

    /// The share of the text under `index` that sits inside links.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// The kept element children of `index`.
    func elementChildren(of index: Int) -> [Int] {
        document.children(of: index).filter { kept[$0] && isElement($0) }
    }

    /// The first kept element named `name`.
    func first(_ name: String) -> Int? {
        (0..<count).first { kept[$0] && isElement($0) && tag($0) == name }
    }
}
