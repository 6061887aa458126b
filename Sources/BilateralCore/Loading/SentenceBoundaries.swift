/// Where sentences end in a run of text, by punctuation and what surrounds it.
///
/// A period ends a sentence when whitespace and a non-lowercase start follow, unless it closes
/// a title ("Mr.", "Gen."), an initial ("P."), a date abbreviation before a number
/// ("Dec. 16"), or an initialism ("U.S.") not followed by a word that usually opens a sentence.
/// Nothing ends inside parentheses, so "(hmm... Berlin and Tokyo... I'm sensing)" stays whole.
/// Works on UTF-8 bytes in place; the distances it limits (the 400 of an unclosed parenthesis, the
/// length of a word) are counted in scalars, as they were when it worked on decoded scalars.
enum SentenceBoundaries {
    /// Half-open byte ranges, one per sentence, covering `run` of `text` in order. Line breaks
    /// inside the run read as spaces.
    static func find(in text: UTF8Text, run: Range<Int>) -> [(Int, Int)] {
        var ranges: [(Int, Int)] = []
        find(in: text, run: run, into: &ranges)
        return ranges
    }

    /// The same ranges in `ranges`, which is emptied first: one array kept for every run of an
    /// article grows once instead of once per run.
    static func find(in text: UTF8Text, run: Range<Int>, into ranges: inout [(Int, Int)]) {
        ranges.removeAll(keepingCapacity: true)
        byteClasses.withUnsafeBufferPointer { find(in: text, run: run, byteClasses: $0, into: &ranges) }
        splitOverlong(&ranges, in: text)
    }

    private static func find(in text: UTF8Text, run: Range<Int>, byteClasses: UnsafeBufferPointer<UInt8>, into ranges: inout [(Int, Int)]) {
        var start = run.lowerBound
        var depth = 0
        // Scalar counts, for the parenthesis limit: only differences between them matter, and only
        // inside parentheses, so outside them the count is not kept.
        var openedAt = 0
        var scalarIndex = 0
        var index = run.lowerBound
        let count = run.upperBound
        while index < count {
            if depth == 0 {
                // Outside parentheses nothing but the bytes that may matter needs a look; closing
                // brackets do nothing there, so eight bytes without an opening bracket, a terminal
                // or a lead byte of E0 and up are passed over at once.
                while index + 8 <= count, !mayMatterOutsideBrackets(text, at: index) { index += 8 }
                while index < count, byteClasses[Int(text[index])] != mayMatter { index += 1 }
                guard index < count else { break }
            }
            let byteClass = byteClasses[Int(text[index])]
            // Most bytes open, close and end nothing: a letter, a space, a comma, a multi-byte
            // letter; they only move the scalar count (a continuation byte not even that).
            if byteClass == continuationByte {
                index += 1
                continue
            }
            if byteClass == plainScalar {
                if depth > 0, scalarIndex - openedAt > 400 { depth = 0 }
                index += 1
                scalarIndex += 1
                continue
            }
            let (scalar, width) = text.scalar(at: index)
            if isOpening(scalar) {
                if depth == 0 { openedAt = scalarIndex }
                depth += 1
            } else if isClosing(scalar), depth > 0 {
                depth -= 1
            }
            // An unclosed parenthesis must not swallow the rest of a long paragraph.
            if depth > 0, scalarIndex - openedAt > 400 { depth = 0 }
            guard isTerminal(scalar) else {
                index += width
                scalarIndex += 1
                continue
            }
            var end = index
            var endScalar = scalarIndex
            while end < count, case let (next, nextWidth) = text.scalar(at: end), isTerminal(next) {
                end += nextWidth
                endScalar += 1
            }
            let runLength = endScalar - scalarIndex
            while end < count, case let (next, nextWidth) = text.scalar(at: end), isCloser(next) {
                if isClosing(next), depth > 0 { depth -= 1 }
                end += nextWidth
                endScalar += 1
            }
            if depth == 0, end < count, isSpace(text.scalar(at: end).scalar),
               endsSentence(text, run: run, terminalAt: index, runLength: runLength, closersEnd: end) {
                ranges.append((start, end))
                start = end
            }
            index = end
            scalarIndex = endScalar
        }
        if start < count { ranges.append((start, count)) }
    }

    private static func endsSentence(_ text: UTF8Text, run: Range<Int>, terminalAt index: Int, runLength: Int, closersEnd end: Int) -> Bool {
        var next = end
        while next < run.upperBound, case let (scalar, width) = text.scalar(at: next), isSpace(scalar) { next += width }
        guard next < run.upperBound else { return true }
        let following = text.scalar(at: next).scalar
        if isLowercase(following) { return false }
        // "?" and "!" and a run like "..." or "?!" end a sentence before anything not lowercase.
        if runLength > 1 || text[index] != UInt8(ascii: ".") { return true }
        // Abbreviations are short; a longer plain word before a period ends the sentence.
        guard let wordStart = shortWordStart(text, index, runStart: run.lowerBound) else { return true }
        // Most such words are plain ASCII: their abbreviation sets are found by one look-up, no string made.
        if let packed = Abbreviations.packedASCII(text.bytes, wordStart..<index) {
            let kinds = Abbreviations.kinds[packed] ?? []
            if kinds.contains(.title) { return false }
            if index - wordStart == 1, (0x41...0x5A).contains(text[wordStart]) { return false }
            if isDigit(following), kinds.contains(.beforeNumber) { return false }
            if kinds.contains(.neverFinal) { return false }
            if text.bytes[wordStart..<index].contains(UInt8(ascii: ".")) || kinds.contains(.oftenFinal) {
                return Abbreviations.sentenceStarters.contains(nextWord(text, from: next, runEnd: run.upperBound).lowercased())
            }
            return true
        }
        let word = text.string(wordStart..<index)
        let lower = word.lowercased()
        if Abbreviations.titles.contains(lower) { return false }
        if word.count == 1, word.unicodeScalars.first?.properties.isUppercase == true { return false }
        if isDigit(following) {
            if Abbreviations.beforeNumbers.contains(lower) { return false }
        }
        if Abbreviations.neverFinal.contains(lower) { return false }
        // On bytes: `String.contains(String)` goes through Foundation's search, slow at this rate.
        if lower.utf8.contains(UInt8(ascii: ".")) || Abbreviations.oftenFinal.contains(lower) {
            return Abbreviations.sentenceStarters.contains(nextWord(text, from: next, runEnd: run.upperBound).lowercased())
        }
        return true
    }

    /// Where the word just before the period at `index` starts, inner periods kept ("U.S", "Dr", "P"),
    /// or nil when it is longer than any abbreviation and has no inner period.
    private static func shortWordStart(_ text: UTF8Text, _ index: Int, runStart: Int) -> Int? {
        var start = index
        var scalars = 0
        var hasPeriod = false
        while start > runStart, scalars < 20 {
            let previous = text.start(before: start)
            let scalar = text.scalar(at: previous).scalar
            if scalar == "." {
                hasPeriod = true
            } else if !isLetter(scalar) {
                break
            }
            start = previous
            scalars += 1
        }
        guard scalars <= 7 || hasPeriod else { return nil }
        return start
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    private static func nextWord(_ text: UTF8Text, from start: Int, runEnd: Int) -> String {
        var end = start
        var scalars = 0
        while end < runEnd, scalars < 20, case let (scalar, width) = text.scalar(at: end), isLetter(scalar) || scalar == "'" {
            end += width
            scalars += 1
        }
        return text.string(start..<end)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// True when one of the eight bytes at `offset` is `(`, `[`, `.`, `!`, `?` or E0 and up (a superset
    /// of the lead bytes of "…", "。", "！" and "？"); false only when none of them can matter at depth 0.
    @inline(__always)
    private static func mayMatterOutsideBrackets(_ text: UTF8Text, at offset: Int) -> Bool {
        let chunk = UnsafeRawBufferPointer(text.bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Any byte equal to `byte` (no false negatives; a false positive only costs a byte-by-byte look).
        func has(_ byte: UInt8) -> UInt64 {
            let difference = chunk ^ (ones &* UInt64(byte))
            return (difference &- ones) & ~difference & highs
        }
        let high = chunk & (chunk << 1) & (chunk << 2) & highs
        return high | has(0x28) | has(0x5B) | has(0x2E) | has(0x21) | has(0x3F) != 0
    }

    private static let plainScalar: UInt8 = 0
    private static let continuationByte: UInt8 = 1
    private static let mayMatter: UInt8 = 2

    /// For each byte: the start of a scalar that opens, closes and ends nothing; a UTF-8
    /// continuation byte; or one that may matter: `( ) [ ] . ! ?` and the lead bytes of
    /// "…" (E2), "。" (E3), "！" and "？" (EF), which are decoded to tell.
    private static let byteClasses: [UInt8] = (0...255).map { byte -> UInt8 in
        if byte & 0xC0 == 0x80 { return continuationByte }
        if [0xE2, 0xE3, 0xEF].contains(byte) { return mayMatter }
        if byte < 0x80, "()[].!?".utf8.contains(UInt8(byte)) { return mayMatter }
        return plainScalar
    }

    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ("a"..."z").contains(scalar) }
        return scalar.properties.isLowercase
    }

    // Switches rather than sets: these run once per scalar of the corpus, and hashing dominated.
    private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…", "。", "！", "？": return true
        default: return false
        }
    }

    /// Marks that close a sentence after its final punctuation: quotes and brackets.
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", "»", ")", "]", "›": return true
        default: return false
        }
    }

    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == "[" }
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool { scalar == ")" || scalar == "]" }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" || scalar == "\n" }
        return scalar.properties.isWhitespace
    }
}
