/// Splits text into tokens once, so every later rule works on tokens rather than on regexes.
///
/// Words keep inner apostrophes (`doesn't`) and dotted initials (`U.S.`); hyphens, dashes and
/// possessive endings become tokens of their own, so `Russo-Japanese` yields two names.
/// It reads a line's UTF-8 bytes in place, decoding the few non-ASCII scalars where they occur:
/// a column is a scalar offset, which is the Character offset for everything but combining sequences.
public struct Tokenizer: Sendable {
    public init() {}

    /// One line, measured once: where each scalar starts, unless the line is ASCII (then a scalar is a byte).
    struct Line {
        /// The line, often a slice of the article's one string (read in place, never copied).
        let text: Substring
        /// Byte offset of each scalar and one past the end; empty for an ASCII line.
        let offsets: [Int32]
        /// Number of scalars.
        let count: Int

        var isASCII: Bool { offsets.isEmpty }

        init(_ text: String) {
            self.init(text[...])
        }

        init(_ text: Substring) {
            var text = text
            let offsets = text.withUTF8 { bytes -> [Int32] in
                guard !Tokenizer.isASCII(bytes) else { return [] }
                var offsets: [Int32] = []
                offsets.reserveCapacity(bytes.count + 1)
                for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { offsets.append(Int32(offset)) }
                offsets.append(Int32(bytes.count))
                return offsets
            }
            self.text = text
            self.offsets = offsets
            self.count = offsets.isEmpty ? text.utf8.count : offsets.count - 1
        }
    }

    /// Tokens of `text`, numbered as if it started at `start`.
    public func tokens(of text: String, startingAt start: TextPosition = TextPosition(line: 1, column: 0)) -> [Token] {
        var tokens: [Token] = []
        appendTokens(of: Line(text), line: start.line, columns: 0..<Int.max, columnOffset: start.column, into: &tokens)
        return tokens
    }

    /// Tokens of the scalars `columns` of one file line; `columnOffset` is added to every column.
    func appendTokens(of line: Line, line number: Int, columns: Range<Int>, columnOffset: Int = 0, strings: TokenStrings? = nil,
                      into tokens: inout [Token]) {
        var text = line.text
        text.withUTF8 { bytes in
            ScalarClasses.table.withUnsafeBufferPointer { table in
                if line.isASCII {
                    let scanner = TokenScanner(source: ASCIIScalars(bytes: bytes), classes: ScalarClasses(table: table), strings: strings)
                    scanner.scan(columns, line: number, columnOffset: columnOffset, into: &tokens)
                } else {
                    line.offsets.withUnsafeBufferPointer { offsets in
                        let scanner = TokenScanner(source: UTF8Scalars(bytes: bytes, offsets: offsets), classes: ScalarClasses(table: table),
                                               strings: strings)
                        scanner.scan(columns, line: number, columnOffset: columnOffset, into: &tokens)
                    }
                }
            }
        }
    }

    /// True when every byte is below 0x80, read eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
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
