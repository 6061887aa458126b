/// Parses the filter language into clauses: terms joined by spaces (AND) and `|` (OR).
///
/// `a b | c !d` means a AND (b OR c) AND NOT d, as in fzf's extended search.
struct FilterParser {
    static let fields = ["actor", "holder", "target", "pair", "era", "year", "pol", "score", "is", "has"]

    private struct Word {
        var text: String
        var column: Int
    }

    /// The clauses of `source`: each clause is a list of alternatives.
    static func parse(_ source: String) throws(FilterError) -> [[FilterTerm]] {
        var clauses: [[FilterTerm]] = []
        var pendingOr: Word?
        for word in words(of: source) {
            if word.text == "|" {
                guard !clauses.isEmpty, pendingOr == nil else {
                    throw FilterError(message: "'|' needs a term on each side", column: word.column)
                }
                pendingOr = word
                continue
            }
            let term = try parseTerm(word)
            if pendingOr != nil {
                clauses[clauses.count - 1].append(term)
                pendingOr = nil
            } else {
                clauses.append([term])
            }
        }
        if let pendingOr { throw FilterError(message: "'|' needs a term on each side", column: pendingOr.column) }
        return clauses
    }

    /// Whitespace-separated words with their Character columns.
    private static func words(of source: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        for (column, character) in source.enumerated() {
            if character.isWhitespace {
                if !current.isEmpty { words.append(Word(text: current, column: start)) }
                current = ""
            } else {
                if current.isEmpty { start = column }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(Word(text: current, column: start)) }
        return words
    }

    private static func parseTerm(_ word: Word) throws(FilterError) -> FilterTerm {
        var text = Substring(word.text)
        var column = word.column
        let negated = text.hasPrefix("!")
        if negated {
            text = text.dropFirst()
            column += 1
            guard !text.isEmpty else { throw FilterError(message: "'!' needs a term after it", column: word.column) }
        }
        if let colon = text.firstIndex(of: ":"), colon > text.startIndex,
           text[..<colon].allSatisfy({ $0.isLetter && $0.isASCII }) {
            let name = text[..<colon].lowercased()
            let value = String(text[text.index(after: colon)...])
            let valueColumn = column + text.distance(from: text.startIndex, to: colon) + 1
            guard fields.contains(name) else {
                throw FilterError(
                    message: "unknown field '\(name):' (fields: \(fields.map { $0 + ":" }.joined(separator: " ")))",
                    column: column
                )
            }
            guard !value.isEmpty else { throw FilterError(message: "'\(name):' needs a value", column: valueColumn) }
            let kind = try FieldValueParser.kind(field: name, value: value, column: valueColumn)
            return FilterTerm(kind: kind, negated: negated, column: word.column)
        }
        return FilterTerm(kind: .text(try pattern(text, column: column)), negated: negated, column: word.column)
    }

    /// `'exact`, `^start`, `end$`, `~fuzzy`, plain; smart case (a fuzzy word ignores case).
    private static func pattern(_ raw: Substring, column: Int) throws(FilterError) -> TextPattern {
        if raw.hasPrefix("~") {
            let letters = raw.dropFirst()
            guard !letters.isEmpty, !letters.contains(where: { !FuzzyMatch.isWordCharacter($0) }) else {
                throw FilterError(message: "'~' needs letters after it, like ~kurl", column: column)
            }
            return TextPattern(
                text: letters.lowercased(), wholeWord: false, atLineStart: false, atLineEnd: false,
                caseSensitive: false, fuzzy: true)
        }
        var text = raw
        var wholeWord = false
        var atLineStart = false
        var atLineEnd = false
        if text.hasPrefix("'") {
            wholeWord = true
            text = text.dropFirst()
        } else if text.hasPrefix("^") {
            atLineStart = true
            text = text.dropFirst()
        }
        if text.hasSuffix("$"), !text.hasSuffix("\\$") {
            atLineEnd = true
            text = text.dropLast()
        } else if text.hasSuffix("\\$") {
            text = text.dropLast(2) + "$"
        }
        guard !text.isEmpty else { throw FilterError(message: "'\(raw)' has nothing to search for", column: column) }
        return TextPattern(
            text: String(text), wholeWord: wholeWord, atLineStart: atLineStart, atLineEnd: atLineEnd,
            caseSensitive: text.contains { $0.isUppercase }
        )
    }
}
