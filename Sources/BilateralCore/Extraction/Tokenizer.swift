/// Splits text into tokens once, so every later rule works on tokens rather than on regexes.
///
/// Words keep inner apostrophes (`doesn't`) and dotted initials (`U.S.`); hyphens, dashes and
/// possessive endings become tokens of their own, so `Russo-Japanese` yields two names.
/// It reads Unicode scalars with an ASCII fast path: a column is a scalar offset, which is the
/// Character offset for everything but combining sequences.
public struct Tokenizer: Sendable {
    public init() {}

    /// One line read once: its scalars for classification and its UTF-8 bytes for cheap token text.
    struct Line {
        let scalars: [Unicode.Scalar]
        let utf8: [UInt8]
        /// Byte offset of each scalar (and one past the end); nil when the line is ASCII.
        let offsets: [Int]?

        init(_ text: String) {
            utf8 = Array(text.utf8)
            // One pass over the scalars: `Array(text.unicodeScalars)` would count them first.
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(utf8.count)
            if !utf8.contains(where: { $0 >= 0x80 }) {
                for byte in utf8 { scalars.append(Unicode.Scalar(byte)) }
                offsets = nil
            } else {
                var offsets: [Int] = []
                offsets.reserveCapacity(utf8.count + 1)
                var offset = 0
                for scalar in text.unicodeScalars {
                    scalars.append(scalar)
                    offsets.append(offset)
                    offset += UTF8.width(scalar)
                }
                offsets.append(offset)
                self.offsets = offsets
            }
            self.scalars = scalars
        }

        func text(_ range: Range<Int>) -> String {
            let bytes = offsets.map { $0[range.lowerBound]..<$0[range.upperBound] } ?? range
            return String(decoding: utf8[bytes], as: UTF8.self)
        }
    }

    /// Tokens of `text`, numbered as if it started at `start`.
    public func tokens(of text: String, startingAt start: TextPosition = TextPosition(line: 1, column: 0)) -> [Token] {
        var tokens: [Token] = []
        appendTokens(of: Line(text), line: start.line, columns: 0..<Int.max, columnOffset: start.column, into: &tokens)
        return tokens
    }

    /// Tokens of the scalars `columns` of one file line; `columnOffset` is added to every column.
    func appendTokens(of text: Line, line: Int, columns: Range<Int>, columnOffset: Int = 0, into tokens: inout [Token]) {
        let scalars = text.scalars
        let end = min(columns.upperBound, scalars.count)
        var index = max(0, columns.lowerBound)
        var spaceBefore = true
        while index < end {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if Self.isWordScalar(scalar) {
                index = wordEnd(scalars, from: index, end: end)
                var digitsOnly = true
                for position in start..<index where !(0x30...0x39).contains(scalars[position].value) {
                    digitsOnly = false
                    break
                }
                kind = digitsOnly ? .number : .word
            } else if Self.isApostrophe(scalar), isPossessiveEnding(scalars, at: index, end: end),
                      start > 0, Self.isWordScalar(scalars[start - 1]) {
                index += 2
                kind = .possessive
            } else if Self.isApostrophe(scalar), start > 0, scalars[start - 1] == "s",
                      index + 1 >= end || !Self.isLetter(scalars[index + 1]) {
                index += 1
                kind = .possessive
            } else {
                index += 1
                kind = .punctuation
            }
            tokens.append(Self.token(text, start..<index, kind: kind, line: line, column: start + columnOffset, spaceBefore: spaceBefore))
            spaceBefore = false
        }
    }

    private static func token(_ line: Line, _ range: Range<Int>, kind: Token.Kind, line number: Int, column: Int, spaceBefore: Bool) -> Token {
        var text = line.text(range)
        if line.offsets != nil, line.scalars[range].contains(where: { $0 != "'" && isApostrophe($0) }) {
            var plain = ""
            plain.unicodeScalars.append(contentsOf: text.unicodeScalars.map { isApostrophe($0) ? "'" : $0 })
            text = plain
        }
        let bytes = line.offsets.map { $0[range.lowerBound]..<$0[range.upperBound] } ?? range
        // One byte per scalar: the token is ASCII (and its text is exactly these bytes).
        let lower = bytes.count == range.count ? Self.asciiLowercased(text, line.utf8[bytes]) : text.lowercased()
        if kind == .possessive { text = lower }
        return Token(text: text, lower: lower, kind: kind, position: TextPosition(line: number, column: column),
                     length: range.count, spaceBefore: spaceBefore)
    }

    /// `text` lower-cased from its ASCII bytes; `text` itself (no copy) when it has no capitals.
    private static func asciiLowercased(_ text: String, _ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(where: { (0x41...0x5A).contains($0) }) else { return text }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// End of a word: letters and digits, inner apostrophes before letters (not a possessive `'s`),
    /// and dotted initials such as `U.S.` or `U.N.`.
    private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let scalar = scalars[index]
            if Self.isWordScalar(scalar) {
                index += 1
            } else if Self.isApostrophe(scalar), index + 1 < end, Self.isLetter(scalars[index + 1]),
                      !isPossessiveEnding(scalars, at: index, end: end) {
                index += 1
            } else if scalar == ".", index + 1 < end, Self.isUpper(scalars[index + 1]),
                      index - start == 1 || (index - start >= 3 && scalars[index - 2] == "."),
                      Self.isUpper(scalars[index - 1]) {
                // U.S / U.N: a single capital, a dot and another capital.
                index += 1
            } else if scalar == ".", index - start >= 3, scalars[index - 2] == ".", Self.isUpper(scalars[index - 1]) {
                return index + 1
            } else {
                break
            }
        }
        return index
    }

    private func isPossessiveEnding(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        guard Self.isApostrophe(scalars[index]), index + 1 < end, scalars[index + 1] == "s" || scalars[index + 1] == "S" else {
            return false
        }
        return index + 2 >= end || !Self.isWordScalar(scalars[index + 2])
    }

    // MARK: - Scalar classes, ASCII first

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return scalar.properties.isAlphabetic
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (0x41...0x5A).contains(scalar.value) }
        return scalar.properties.isUppercase
    }

    /// Letters, digits and combining marks.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
