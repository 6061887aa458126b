/// The scalars of one line by index, read from its UTF-8 bytes in place.
protocol ScalarSource {
    var bytes: UnsafeBufferPointer<UInt8> { get }
    var count: Int { get }
    func value(_ index: Int) -> UInt32
    func byteOffset(_ index: Int) -> Int
}

/// An ASCII line: scalar `i` is byte `i`.
struct ASCIIScalars: ScalarSource {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }
    @inline(__always) func value(_ index: Int) -> UInt32 { UInt32(bytes[index]) }
    @inline(__always) func byteOffset(_ index: Int) -> Int { index }
}

/// Any other line: scalars decoded where they start.
struct UTF8Scalars: ScalarSource {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset of each scalar and one past the end.
    let offsets: UnsafeBufferPointer<Int32>

    var count: Int { offsets.count - 1 }
    @inline(__always) func byteOffset(_ index: Int) -> Int { Int(offsets[index]) }

    @inline(__always) func value(_ index: Int) -> UInt32 {
        let offset = Int(offsets[index])
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return lead }
        if lead < 0xE0 { return (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F) }
        if lead < 0xF0 {
            return (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
        }
        return (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
            | UInt32(bytes[offset + 3] & 0x3F)
    }
}

/// The tokenizer's scalar classes as bits, from a table for the scripts news uses and from Unicode properties beyond.
struct ScalarClasses {
    static let space: UInt8 = 1, letter: UInt8 = 2, upper: UInt8 = 4, word: UInt8 = 8, apostrophe: UInt8 = 16
    /// Latin, Greek, Cyrillic and the general punctuation block.
    static let tableSize = 0x2100
    static let table: [UInt8] = (0..<UInt32(tableSize)).map { value in
        Unicode.Scalar(value).map(classify) ?? 0
    }

    static func classify(_ scalar: Unicode.Scalar) -> UInt8 {
        var bits: UInt8 = 0
        if Tokenizer.isSpace(scalar) { bits |= space }
        if Tokenizer.isLetter(scalar) { bits |= letter }
        if Tokenizer.isUpper(scalar) { bits |= upper }
        if Tokenizer.isWordScalar(scalar) { bits |= word }
        if Tokenizer.isApostrophe(scalar) { bits |= apostrophe }
        return bits
    }

    let table: UnsafeBufferPointer<UInt8>

    @inline(__always) func of(_ value: UInt32) -> UInt8 {
        if value < Self.tableSize { return table[Int(value)] }
        return Unicode.Scalar(value).map(Self.classify) ?? 0
    }
}

/// One pass over a line's scalars, appending tokens (the rules are in `Tokenizer`'s summary).
struct TokenScanner<Source: ScalarSource> {
    let source: Source
    let classes: ScalarClasses
    /// Spellings of tokens read before, when the caller keeps them across lines.
    let strings: TokenStrings?

    @inline(__always) private func has(_ index: Int, _ bits: UInt8) -> Bool { classes.of(source.value(index)) & bits != 0 }

    func scan(_ columns: Range<Int>, line: Int, columnOffset: Int, into tokens: inout [Token]) {
        let end = min(columns.upperBound, source.count)
        var index = max(0, columns.lowerBound)
        var spaceBefore = true
        while index < end {
            let bits = classes.of(source.value(index))
            if bits & ScalarClasses.space != 0 {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if bits & ScalarClasses.word != 0 {
                index = wordEnd(from: index, end: end)
                var digitsOnly = true
                for position in start..<index where !(0x30...0x39).contains(source.value(position)) {
                    digitsOnly = false
                    break
                }
                kind = digitsOnly ? .number : .word
            } else if bits & ScalarClasses.apostrophe != 0, isPossessiveEnding(at: index, end: end), start > 0,
                      has(start - 1, ScalarClasses.word) {
                index += 2
                kind = .possessive
            } else if bits & ScalarClasses.apostrophe != 0, start > 0, source.value(start - 1) == 0x73,
                      index + 1 >= end || !has(index + 1, ScalarClasses.letter) {
                index += 1
                kind = .possessive
            } else {
                index += 1
                kind = .punctuation
            }
            tokens.append(token(start..<index, kind: kind, line: line, column: start + columnOffset, spaceBefore: spaceBefore))
            spaceBefore = false
        }
    }

    /// End of a word: letters and digits, inner apostrophes before letters (not a possessive `'s`),
    /// and dotted initials such as `U.S.` or `U.N.`.
    private func wordEnd(from start: Int, end: Int) -> Int {
        let dot: UInt32 = 0x2E
        var index = start
        while index < end {
            let value = source.value(index)
            let bits = classes.of(value)
            if bits & ScalarClasses.word != 0 {
                index += 1
            } else if bits & ScalarClasses.apostrophe != 0, index + 1 < end, has(index + 1, ScalarClasses.letter),
                      !isPossessiveEnding(at: index, end: end) {
                index += 1
            } else if value == dot, index + 1 < end, has(index + 1, ScalarClasses.upper),
                      index - start == 1 || (index - start >= 3 && source.value(index - 2) == dot),
                      has(index - 1, ScalarClasses.upper) {
                // U.S / U.N: a single capital, a dot and another capital.
                index += 1
            } else if value == dot, index - start >= 3, source.value(index - 2) == dot, has(index - 1, ScalarClasses.upper) {
                return index + 1
            } else {
                break
            }
        }
        return index
    }

    private func isPossessiveEnding(at index: Int, end: Int) -> Bool {
        guard has(index, ScalarClasses.apostrophe), index + 1 < end else { return false }
        let next = source.value(index + 1)
        guard next == 0x73 || next == 0x53 else { return false }
        return index + 2 >= end || !has(index + 2, ScalarClasses.word)
    }

    /// The token, its spelling found in `strings` when the same bytes were read before in this run.
    private func token(_ range: Range<Int>, kind: Token.Kind, line: Int, column: Int, spaceBefore: Bool) -> Token {
        let byteRange = source.byteOffset(range.lowerBound)..<source.byteOffset(range.upperBound)
        let position = TextPosition(line: line, column: column)
        let spelling: TokenSpelling.Address
        if let strings, let key = TokenStrings.Key(source.bytes, offset: byteRange.lowerBound, count: byteRange.count) {
            let probe = strings.probe(key)
            if let found = probe.found {
                spelling = strings.spelling(found)
            } else {
                spelling = newSpelling(range, byteRange: byteRange, kind: kind)
                strings.keep(spelling, at: probe)
            }
        } else {
            spelling = newSpelling(range, byteRange: byteRange, kind: kind)
        }
        return Token(spelling: spelling, kind: kind, position: position, length: range.count, spaceBefore: spaceBefore)
    }

    /// The spelling of bytes this run has not met: from the process's store, worked out the first time.
    private func newSpelling(_ range: Range<Int>, byteRange: Range<Int>, kind: Token.Kind) -> TokenSpelling.Address {
        let slice = UnsafeBufferPointer(rebasing: source.bytes[byteRange])
        return TokenSpellings.spelling(written: slice) {
            var spelling = byteRange.count == range.count ? asciiSpelling(slice) : otherSpelling(range, slice)
            // A possessive reads in lower case. Bytes read as a possessive always are one: `'S` cannot start
            // any other token, and a lone apostrophe is the same in both cases.
            if kind == .possessive { spelling.text = spelling.lower }
            return spelling
        }
    }

    /// ASCII: lower-cased and hashed byte by byte.
    private func asciiSpelling(_ slice: UnsafeBufferPointer<UInt8>) -> TokenSpelling {
        var hash = WordHash.seed
        var hasUpper = false
        for byte in slice {
            let upper = byte &- 0x41 < 26
            hasUpper = hasUpper || upper
            hash = WordHash.step(hash, upper ? byte | 0x20 : byte)
        }
        let text = String(decoding: slice, as: UTF8.self)
        let lower = hasUpper ? String(unsafeUninitializedCapacity: slice.count) { buffer in
            for (offset, byte) in slice.enumerated() { buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            return slice.count
        } : text
        return TokenSpelling(text: text, lower: lower, lowerHash: hash, isCapitalised: slice[0] &- 0x41 < 26)
    }

    /// Any other token: decoded, typographic apostrophes made plain, lower-cased by Unicode's rules.
    private func otherSpelling(_ range: Range<Int>, _ slice: UnsafeBufferPointer<UInt8>) -> TokenSpelling {
        var text = String(decoding: slice, as: UTF8.self)
        if range.contains(where: { has($0, ScalarClasses.apostrophe) && source.value($0) != 0x27 }) {
            var plain = ""
            plain.unicodeScalars.append(contentsOf: text.unicodeScalars.map { Tokenizer.isApostrophe($0) ? "'" : $0 })
            text = plain
        }
        return TokenSpelling(text: text, lower: text.lowercased(), isCapitalised: has(range.lowerBound, ScalarClasses.upper))
    }
}
