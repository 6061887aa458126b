/// One word, number or punctuation mark of a short metadata line.
struct DatelineToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case word, number, punctuation }

    var kind: Kind
    /// The token as written; a number without its ordinal suffix ("21st" → "21").
    var text: String
    /// Character offset of the token in its line.
    var offset: Int
    /// Character offset just past the token (ordinal suffix included).
    var end: Int

    var lower: String { text.lowercased() }
    var isWord: Bool { kind == .word }
    var number: Int? { kind == .number ? Int(text) : nil }
    var startsUppercase: Bool { text.first?.isUppercase ?? false }
}

/// Splits a line into `DatelineToken`s: words keep inner and final periods ("U.S.", "Dec.",
/// "P."), apostrophes and hyphens; numbers drop ordinal suffixes; other marks stand alone.
enum DatelineTokenizer {
    static func tokens(of line: String, limit: Int) -> [DatelineToken] {
        let characters = Array(line.prefix(limit))
        var tokens: [DatelineToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character.isLetter {
                let start = index
                while index < characters.count, isWordPart(characters, at: index) { index += 1 }
                tokens.append(DatelineToken(kind: .word, text: String(characters[start..<index]), offset: start, end: index))
            } else if character.isASCII, character.isNumber {
                let start = index
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                let digits = String(characters[start..<index])
                let suffix = characters[index...].prefix(2).map { $0.lowercased() }.joined()
                if ["st", "nd", "rd", "th"].contains(suffix),
                   index + 2 >= characters.count || !characters[index + 2].isLetter {
                    index += 2
                }
                tokens.append(DatelineToken(kind: .number, text: digits, offset: start, end: index))
            } else {
                tokens.append(DatelineToken(kind: .punctuation, text: String(character), offset: index, end: index + 1))
                index += 1
            }
        }
        return tokens
    }

    private static func isWordPart(_ characters: [Character], at index: Int) -> Bool {
        let character = characters[index]
        if character.isLetter { return true }
        guard index > 0, characters[index - 1].isLetter else { return false }
        switch character {
        case ".": return true
        case "'", "’", "-":
            return index + 1 < characters.count && characters[index + 1].isLetter
        default: return false
        }
    }
}
