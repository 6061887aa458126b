/// Splits text into tokens once, so every later rule works on tokens rather than on regexes.
///
/// Words keep inner apostrophes (`doesn't`) and dotted initials (`U.S.`); hyphens, dashes and
/// possessive endings become tokens of their own, so `Russo-Japanese` yields two names.
/// It reads a line's UTF-8 bytes in place, decoding the few non-ASCII scalars where they occur:
/// a column is a scalar offset, which is the Character offset for everything but combining sequences.
public struct Tokenizer: Sendable {
    public init() {}

    /// One line, read in place, and where the last scan of it stopped.
    struct Line {
        /// The line, often a slice of the article's one string (read in place, never copied).
        let text: Substring
        /// True when every scalar is one byte, so a column is a byte offset.
        let isASCII: Bool
        /// The column and byte offset where the last scan stopped: the sentences of a line come in order, so the
        /// next one is found from here rather than by counting scalars from the start of the line.
        var resume = (column: 0, offset: 0)

        init(_ text: String) {
            self.init(text[...])
        }

        init(_ text: Substring) {
            var text = text
            self.isASCII = text.withUTF8 { Tokenizer.isASCII($0) }
            self.text = text
        }

        /// The byte offset of `column` (clamped to the line), counted from `from`, which must lie at or before it.
        func locate(_ column: Int, from: (column: Int, offset: Int), in bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, offset: Int) {
            if isASCII {
                let clamped = min(max(column, 0), bytes.count)
                return (clamped, clamped)
            }
            var (current, offset) = from
            // Eight bytes at a time while the column lies beyond them: a scalar starts at every byte but a
            // continuation byte (10xxxxxx), which has its top bit set and the next one clear.
            if let base = bytes.baseAddress {
                while offset + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                    let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                    guard current + 8 - continuations <= column else { break }
                    current += 8 - continuations
                    offset += 8
                }
            }
            // The last scalars one at a time; a scalar cut by the eight-byte step is finished first.
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            while current < column, offset < bytes.count {
                let lead = bytes[offset]
                offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                current += 1
            }
            return (current, offset)
        }
    }

    /// Tokens of `text`, numbered as if it started at `start`.
    public func tokens(of text: String, startingAt start: TextPosition = TextPosition(line: 1, column: 0)) -> [Token] {
        var tokens: [Token] = []
        var line = Line(text)
        appendTokens(of: &line, line: start.line, columns: 0..<Int.max, columnOffset: start.column, into: &tokens)
        return tokens
    }

    /// Tokens of the scalars `columns` of one file line; `columnOffset` is added to every column.
    func appendTokens(of line: inout Line, line number: Int, columns: Range<Int>, columnOffset: Int = 0, into tokens: inout [Token]) {
        var text = line.text
        let known = line
        let stopped = text.withUTF8 { bytes in
            let first = known.locate(columns.lowerBound, from: columns.lowerBound >= known.resume.column ? known.resume : (0, 0), in: bytes)
            let last = known.locate(columns.upperBound, from: first, in: bytes)
            ScalarClasses.table.withUnsafeBufferPointer { table in
                let scanner = TokenScanner(bytes: bytes, classes: ScalarClasses(table: table), spellings: .shared, end: last.offset)
                scanner.scan(from: first.offset, column: first.column, line: number, columnOffset: columnOffset, into: &tokens)
            }
            return last
        }
        line.resume = stopped
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
