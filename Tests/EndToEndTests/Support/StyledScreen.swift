/// A `capture-pane -p -e` screen read back into characters with the attributes tmux reported.
///
/// Only SGR sequences appear in such a capture; colours are kept as their raw parameters,
/// which is enough to tell a highlighted word from plain text.
struct StyledScreen {
    /// One character on screen and whether it was drawn reversed, bold or underlined.
    struct Glyph: Equatable {
        var character: Character
        var reverse: Bool
        var bold: Bool
        var underline: Bool
        var background: String?
    }

    private(set) var lines: [[Glyph]] = []

    init(capture: String) {
        var reverse = false, bold = false, underline = false
        var background: String?
        for rawLine in capture.split(separator: "\n", omittingEmptySubsequences: false) {
            var glyphs: [Glyph] = []
            var characters = Array(rawLine)
            var index = 0
            while index < characters.count {
                let character = characters[index]
                guard character == "\u{1B}", index + 1 < characters.count, characters[index + 1] == "[" else {
                    glyphs.append(Glyph(character: character, reverse: reverse, bold: bold, underline: underline,
                                        background: background))
                    index += 1
                    continue
                }
                var end = index + 2
                while end < characters.count, !characters[end].isLetter { end += 1 }
                guard end < characters.count else { break }
                if characters[end] == "m" {
                    let parameters = String(characters[(index + 2)..<end]).split(separator: ";", omittingEmptySubsequences: false)
                    var codes = parameters.map { Int($0) ?? 0 }
                    if codes.isEmpty { codes = [0] }
                    var position = 0
                    while position < codes.count {
                        switch codes[position] {
                        case 0: reverse = false; bold = false; underline = false; background = nil
                        case 1: bold = true
                        case 4: underline = true
                        case 7: reverse = true
                        case 22: bold = false
                        case 24: underline = false
                        case 27: reverse = false
                        case 40...47, 100...107: background = String(codes[position])
                        case 49: background = nil
                        case 48:
                            background = codes.dropFirst(position).prefix(3).map(String.init).joined(separator: ";")
                            position += 2
                        case 38: position += 2
                        default: break
                        }
                        position += 1
                    }
                }
                index = end + 1
            }
            lines.append(glyphs)
            characters.removeAll()
        }
    }

    /// The text of line `index`, attributes dropped.
    func text(ofLine index: Int) -> String {
        index < lines.count ? String(lines[index].map(\.character)) : ""
    }

    /// The dashboard's body: every line but the title line and the status line.
    var bodyLines: Range<Int> { 1..<max(1, lines.count - 1) }

    /// The columns inside the pane whose top edge carries `title` (`2 Article`).
    func columns(ofPane title: String) -> Range<Int>? {
        for line in lines {
            let characters = line.map(\.character)
            let text = String(characters)
            guard let range = text.range(of: title) else { continue }
            // The corner sits three columns before the title: `╭─ 2 Article`.
            let left = text.distance(from: text.startIndex, to: range.lowerBound) - 3
            guard left >= 0,
                  let right = characters[(left + 1)...].firstIndex(where: { "╮┓+#".contains($0) }) else { return nil }
            return (left + 1)..<right
        }
        return nil
    }

    /// The (line, column) of every occurrence of `word` whose first character passes `test`.
    func occurrences(
        of word: String, within: Range<Int> = 0..<Int.max, columns: Range<Int> = 0..<Int.max,
        where test: (Glyph) -> Bool
    ) -> [(line: Int, column: Int)] {
        let pattern = Array(word)
        var found: [(line: Int, column: Int)] = []
        for (lineIndex, line) in lines.enumerated() where line.count >= pattern.count && within.contains(lineIndex) {
            for column in 0...(line.count - pattern.count)
            where columns.contains(column) && zip(line[column...], pattern).allSatisfy({ $0.character == $1 })
                && test(line[column]) {
                found.append((lineIndex, column))
            }
        }
        return found
    }
}
