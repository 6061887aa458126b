/// Splits text into tokens once, so every later rule works on tokens rather than on regexes.
///
/// Words keep inner apostrophes (`doesn't`) and dotted initials (`U.S.`); hyphens, dashes and
/// possessive endings become tokens of their own, so `Russo-Japanese` yields two names.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `text`, numbered as if it started at `start`.
    public func tokens(of text: String, startingAt start: TextPosition = TextPosition(line: 1, column: 0)) -> [Token] {
        var tokens: [Token] = []
        appendTokens(of: Array(text), line: start.line, columns: 0..<Int.max, columnOffset: start.column, into: &tokens)
        return tokens
    }

    /// Tokens of `characters[columns]` on one file line; `columnOffset` is added to every column.
    func appendTokens(
        of characters: [Character], line: Int, columns: Range<Int>, columnOffset: Int = 0, into tokens: inout [Token]
    ) {
        let end = min(columns.upperBound, characters.count)
        var index = max(0, columns.lowerBound)
        var spaceBefore = true
        while index < end {
            let character = characters[index]
            if character.isWhitespace {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if character.isLetter || character.isNumber {
                index = wordEnd(characters, from: index, end: end)
                let isNumber = characters[start..<index].allSatisfy { $0.isASCII && $0.isNumber }
                kind = isNumber ? .number : .word
            } else if Self.isApostrophe(character), index + 1 < end, characters[index + 1] == "s" || characters[index + 1] == "S",
                      index + 2 >= end || !(characters[index + 2].isLetter || characters[index + 2].isNumber),
                      start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber {
                index += 2
                kind = .possessive
            } else if Self.isApostrophe(character), start > 0, characters[start - 1] == "s",
                      index + 1 >= end || !characters[index + 1].isLetter {
                index += 1
                kind = .possessive
            } else {
                index += 1
                kind = .punctuation
            }
            var text = String(characters[start..<index])
            if kind == .possessive || text.contains("’") {
                text = text.replacingOccurrences(of: "’", with: "'")
                if kind == .possessive { text = text.lowercased() }
            }
            tokens.append(Token(
                text: text, kind: kind, position: TextPosition(line: line, column: start + columnOffset),
                length: index - start, spaceBefore: spaceBefore))
            spaceBefore = false
        }
    }

    /// End of a word: letters and digits, inner apostrophes before letters (not a possessive `'s`),
    /// and dotted initials such as `U.S.` or `U.N.`.
    private func wordEnd(_ characters: [Character], from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let character = characters[index]
            if character.isLetter || character.isNumber || character.isMark {
                index += 1
            } else if Self.isApostrophe(character), index + 1 < end, characters[index + 1].isLetter,
                      !isPossessiveEnding(characters, at: index, end: end) {
                index += 1
            } else if character == ".", index + 1 < end, characters[index + 1].isUppercase,
                      index - start == 1 || (index - start >= 3 && characters[index - 2] == "."),
                      characters[index - 1].isUppercase {
                // U.S / U.N: a single capital, a dot and another capital.
                index += 1
            } else if character == ".", index - start >= 3, characters[index - 2] == ".", characters[index - 1].isUppercase {
                return index + 1
            } else {
                break
            }
        }
        return index
    }

    private func isPossessiveEnding(_ characters: [Character], at index: Int, end: Int) -> Bool {
        guard index + 1 < end, characters[index + 1] == "s" || characters[index + 1] == "S" else { return false }
        return index + 2 >= end || !(characters[index + 2].isLetter || characters[index + 2].isNumber)
    }

    static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "ʼ"
    }
}

extension Character {
    /// Combining marks stay inside a word.
    var isMark: Bool {
        unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } ?? false
    }
}
