import Markup

/// The text under chosen containers as lines: one line per block element, its inline text
/// joined with whitespace collapsed. Lines that are mostly link text, and the page headline
/// (`<h1>`, which the article's title already holds), are left out.
struct BlockLines {
    let page: PageNodes

    /// A line is dropped when more than this share of it is link text.
    private static let maximumLinkShare = 0.7

    func lines(under roots: [Int]) -> [MainTextExtractor.Line] {
        var lines: [MainTextExtractor.Line] = []
        var text = ""
        var linkCharacters = 0
        var headingDepth = 0
        var skipDepth = 0
        var linkDepth = 0
        func flush() {
            let line = Self.collapsed(text)
            let letters = line.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            defer {
                text = ""
                linkCharacters = 0
            }
            guard letters > 0, skipDepth == 0 else { return }
            if Double(linkCharacters) / Double(letters) > Self.maximumLinkShare { return }
            lines.append(.init(text: line, isHeading: headingDepth > 0))
        }
        var stack: [(index: Int, closing: Bool)] = roots.reversed().map { ($0, false) }
        while let (index, closing) = stack.popLast() {
            let node = page.document.nodes[index]
            if closing {
                if MarkupVocabulary.blocks.contains(node.localName) { flush() }
                if node.localName == "a" { linkDepth -= 1 }
                if MarkupVocabulary.headings.contains(node.localName) { headingDepth -= 1 }
                if node.localName == "h1" { skipDepth -= 1 }
                continue
            }
            guard page.kept[index] else { continue }
            switch node.kind {
            case .text:
                text += node.text
                if linkDepth > 0 { linkCharacters += page.textLength[index] }
            case .element:
                if node.localName == "br" || node.localName == "hr" {
                    flush()
                    continue
                }
                if MarkupVocabulary.blocks.contains(node.localName) { flush() }
                if node.localName == "a" { linkDepth += 1 }
                if MarkupVocabulary.headings.contains(node.localName) { headingDepth += 1 }
                if node.localName == "h1" { skipDepth += 1 }
                stack.append((index, true))
                var children: [Int] = []
                var child = node.firstChild
                while child >= 0 {
                    children.append(child)
                    child = page.document.nodes[child].nextSibling
                }
                stack.append(contentsOf: children.reversed().map { ($0, false) })
            case .comment, .document:
                continue
            }
        }
        flush()
        return lines
    }

    /// `text` with every run of whitespace (no-break spaces and zero-width ones too) as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }
}
