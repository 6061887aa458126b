/// One pass over a line's UTF-8 bytes, appending tokens (the rules are in `Tokenizer`'s summary).
///
/// Offsets are byte offsets, always where a scalar starts; columns count scalars. ASCII bytes, most of news text,
/// are classed straight from the table; other scalars are decoded where they start.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let classes: ScalarClasses
    /// The process's spellings, where a token finds its strings.
    let spellings: TokenSpellings
    /// One past the last byte of the scanned columns: nothing from here on is read, as if the line ended here.
    let end: Int

    /// Appends the tokens from byte `first` (at column `firstColumn`) to `end`; `columnOffset` is added to every column.
    func scan(from first: Int, column firstColumn: Int, line: Int, columnOffset: Int, into tokens: inout [Token]) {
        var offset = first
        var column = firstColumn
        var spaceBefore = true
        while offset < end {
            let (value, width) = scalar(at: offset)
            let bits = value < 0x80 ? classes.table[Int(value)] : classes.of(value)
            if bits & ScalarClasses.space != 0 {
                spaceBefore = true
                offset += width
                column += 1
                continue
            }
            let start = offset, startColumn = column
            let kind: Token.Kind
            if bits & ScalarClasses.word != 0 {
                // Most words are ASCII letters and digits to their end: read a byte at a time, here.
                offset += width
                column += 1
                let run = offset
                while offset < end, classes.table[Int(bytes[offset])] & ScalarClasses.asciiWord != 0 { offset &+= 1 }
                column &+= offset &- run
                // Only another script, an apostrophe or a dot may carry the word on.
                if offset < end, bytes[offset] >= 0x80 || bytes[offset] == 0x27 || bytes[offset] == 0x2E {
                    (offset, column) = wordEnd(from: start, column: startColumn, at: offset, column: column)
                }
                kind = isDigits(start..<offset) ? .number : .word
            } else if bits & ScalarClasses.apostrophe != 0, let after = possessiveEnd(after: offset + width), start > 0,
                      classes.of(scalarValue(before: start)) & ScalarClasses.word != 0 {
                offset = after
                column += 2
                kind = .possessive
            } else if bits & ScalarClasses.apostrophe != 0, start > 0, scalarValue(before: start) == 0x73,
                      classBits(at: offset + width) & ScalarClasses.letter == 0 {
                offset += width
                column += 1
                kind = .possessive
            } else {
                offset += width
                column += 1
                kind = .punctuation
            }
            tokens.append(token(bytes: start..<offset, columns: startColumn..<column, kind: kind, line: line, columnOffset: columnOffset,
                                spaceBefore: spaceBefore))
            spaceBefore = false
        }
    }

    /// End of the word that starts at `start` and runs at least to `offset`: letters and digits, inner
    /// apostrophes before letters (not a possessive `'s`), and dotted initials such as `U.S.` or `U.N.`.
    private func wordEnd(from start: Int, column startColumn: Int, at resume: Int, column resumeColumn: Int) -> (offset: Int, column: Int) {
        let dot: UInt32 = 0x2E
        var offset = resume
        var column = resumeColumn
        while offset < end {
            let (value, width) = scalar(at: offset)
            let bits = classes.of(value)
            if bits & ScalarClasses.word != 0 {
                // Another script's letter or digit.
            } else if bits & ScalarClasses.apostrophe != 0, classBits(at: offset + width) & ScalarClasses.letter != 0,
                      possessiveEnd(after: offset + width) == nil {
                // An inner apostrophe: `didn't`.
            } else if value == dot, continuesInitials(dotAt: offset, scalarsBefore: column - startColumn) {
                // `U.S`
            } else if value == dot, endsInitials(dotAt: offset, scalarsBefore: column - startColumn) {
                return (offset + 1, column + 1)
            } else {
                break
            }
            offset += width
            column += 1
            let run = offset
            while offset < end, classes.table[Int(bytes[offset])] & ScalarClasses.asciiWord != 0 { offset &+= 1 }
            column &+= offset &- run
        }
        return (offset, column)
    }

    /// True when every byte is an ASCII digit (a scalar of any other kind has no such byte).
    @inline(__always) private func isDigits(_ range: Range<Int>) -> Bool {
        // Most words start with a letter: one byte decides.
        guard bytes[range.lowerBound] &- 0x30 < 10 else { return false }
        return range.allSatisfy { bytes[$0] &- 0x30 < 10 }
    }

    /// `U.S` / `U.N`: a single capital, a dot and another capital, or a further such dot after `U.S`.
    private func continuesInitials(dotAt offset: Int, scalarsBefore count: Int) -> Bool {
        guard classBits(at: offset + 1) & ScalarClasses.upper != 0 else { return false }
        let previous = start(before: offset)
        guard count == 1 || count >= 3 && scalarValue(before: previous) == 0x2E else { return false }
        return classes.of(scalar(at: previous).value) & ScalarClasses.upper != 0
    }

    /// The closing dot of `U.S.`: a capital after a dot.
    private func endsInitials(dotAt offset: Int, scalarsBefore count: Int) -> Bool {
        let previous = start(before: offset)
        guard count >= 3, scalarValue(before: previous) == 0x2E else { return false }
        return classes.of(scalar(at: previous).value) & ScalarClasses.upper != 0
    }

    /// Where a possessive `'s` ends, given the offset just after its apostrophe; nil when no `s` ends a word there.
    private func possessiveEnd(after apostropheEnd: Int) -> Int? {
        guard apostropheEnd < end, bytes[apostropheEnd] == 0x73 || bytes[apostropheEnd] == 0x53 else { return nil }
        let after = apostropheEnd + 1
        return classBits(at: after) & ScalarClasses.word == 0 ? after : nil
    }

    // MARK: - Scalars

    /// The scalar starting at `offset` and its width in bytes.
    @inline(__always) private func scalar(at offset: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
            | UInt32(bytes[offset + 3] & 0x3F), 4)
    }

    /// The classes of the scalar at `offset`, or none at the end of the scanned columns.
    @inline(__always) private func classBits(at offset: Int) -> UInt8 {
        offset < end ? classes.of(scalar(at: offset).value) : 0
    }

    /// Where the scalar before `offset` starts (the line's bytes are valid UTF-8, so a lead byte comes first).
    private func start(before offset: Int) -> Int {
        var previous = offset - 1
        while bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
        return previous
    }

    /// The scalar before `offset`, which may lie before the scanned columns.
    private func scalarValue(before offset: Int) -> UInt32 {
        scalar(at: start(before: offset)).value
    }

    // MARK: - Tokens

    /// The token, with the spelling of its bytes.
    private func token(bytes range: Range<Int>, columns: Range<Int>, kind: Token.Kind, line: Int, columnOffset: Int,
                       spaceBefore: Bool) -> Token {
        let spelling: TokenSpelling.Address
        let key = WordKey(bytes, offset: range.lowerBound, count: range.count)
        if let key, let known = spellings.spelling(for: key) {
            spelling = known
        } else {
            spelling = newSpelling(range, key: key, isASCII: range.count == columns.count, kind: kind)
        }
        return Token(spelling: spelling, kind: kind, position: TextPosition(line: line, column: columns.lowerBound + columnOffset),
                     length: columns.count, spaceBefore: spaceBefore)
    }

    /// The spelling of bytes the table could not answer for without its lock: worked out the first time.
    private func newSpelling(_ range: Range<Int>, key: WordKey?, isASCII: Bool, kind: Token.Kind) -> TokenSpelling.Address {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        return spellings.spelling(written: slice, key: key) {
            var spelling = isASCII ? asciiSpelling(slice) : otherSpelling(slice)
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
    private func otherSpelling(_ slice: UnsafeBufferPointer<UInt8>) -> TokenSpelling {
        var text = String(decoding: slice, as: UTF8.self)
        if text.unicodeScalars.contains(where: { Tokenizer.isApostrophe($0) && $0 != "'" }) {
            var plain = ""
            plain.unicodeScalars.append(contentsOf: text.unicodeScalars.map { Tokenizer.isApostrophe($0) ? "'" : $0 })
            text = plain
        }
        let isCapitalised = text.unicodeScalars.first.map { classes.of($0.value) & ScalarClasses.upper != 0 } ?? false
        return TokenSpelling(text: text, lower: text.lowercased(), isCapitalised: isCapitalised)
    }
}
