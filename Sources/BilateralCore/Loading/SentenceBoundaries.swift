/// Where sentences end in a run of text, by punctuation and what surrounds it.
///
/// A period ends a sentence when whitespace and a non-lowercase start follow, unless it closes
/// a title ("Mr.", "Gen."), an initial ("P."), a date abbreviation before a number
/// ("Dec. 16"), or an initialism ("U.S.") not followed by a word that usually opens a sentence.
/// Nothing ends inside parentheses, so "(hmm... Berlin and Tokyo... I'm sensing)" stays whole.
enum SentenceBoundaries {
    /// Half-open scalar ranges, one per sentence, covering `scalars` in order.
    static func find(in scalars: [Unicode.Scalar]) -> [(Int, Int)] {
        var ranges: [(Int, Int)] = []
        var start = 0
        var depth = 0
        var openedAt = 0
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            // Letters and spaces, most of any text, open, close and end nothing.
            if isPlain(scalar) {
                if depth > 0, index - openedAt > 400 { depth = 0 }
                index += 1
                continue
            }
            if isOpening(scalar) {
                if depth == 0 { openedAt = index }
                depth += 1
            } else if isClosing(scalar), depth > 0 {
                depth -= 1
            }
            // An unclosed parenthesis must not swallow the rest of a long paragraph.
            if depth > 0, index - openedAt > 400 { depth = 0 }
            guard isTerminal(scalar) else {
                index += 1
                continue
            }
            var end = index
            while end < count, isTerminal(scalars[end]) { end += 1 }
            let runLength = end - index
            while end < count, isCloser(scalars[end]) {
                if isClosing(scalars[end]), depth > 0 { depth -= 1 }
                end += 1
            }
            if depth == 0, end < count, isSpace(scalars[end]),
               endsSentence(scalars, terminalAt: index, runLength: runLength, closersEnd: end) {
                ranges.append((start, end))
                start = end
            }
            index = end
        }
        if start < count { ranges.append((start, count)) }
        return ranges
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], terminalAt index: Int, runLength: Int, closersEnd end: Int) -> Bool {
        var next = end
        while next < scalars.count, isSpace(scalars[next]) { next += 1 }
        guard next < scalars.count else { return true }
        let following = scalars[next]
        if isLowercase(following) { return false }
        // "?" and "!" and a run like "..." or "?!" end a sentence before anything not lowercase.
        if runLength > 1 || scalars[index] != "." { return true }
        // Abbreviations are short; a longer plain word before a period ends the sentence.
        guard let word = shortWordBefore(scalars, index) else { return true }
        let lower = word.lowercased()
        if Abbreviations.titles.contains(lower) { return false }
        if word.count == 1, word.unicodeScalars.first?.properties.isUppercase == true { return false }
        if isDigit(following) {
            if Abbreviations.beforeNumbers.contains(lower) { return false }
        }
        if Abbreviations.neverFinal.contains(lower) { return false }
        // On bytes: `String.contains(String)` goes through Foundation's search, slow at this rate.
        if lower.utf8.contains(UInt8(ascii: ".")) || Abbreviations.oftenFinal.contains(lower) {
            return Abbreviations.sentenceStarters.contains(nextWord(scalars, from: next).lowercased())
        }
        return true
    }

    /// The word just before the period at `index`, inner periods kept ("U.S", "Dr", "P"),
    /// or nil when it is longer than any abbreviation and has no inner period.
    private static func shortWordBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> String? {
        var start = index
        var hasPeriod = false
        while start > 0, index - start < 20 {
            let scalar = scalars[start - 1]
            if scalar == "." {
                hasPeriod = true
            } else if !isLetter(scalar) {
                break
            }
            start -= 1
        }
        guard index - start <= 7 || hasPeriod else { return nil }
        return string(scalars[start..<index])
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    private static func nextWord(_ scalars: [Unicode.Scalar], from start: Int) -> String {
        var end = start
        while end < scalars.count, end - start < 20, isLetter(scalars[end]) || scalars[end] == "'" { end += 1 }
        return string(scalars[start..<end])
    }

    /// The scalars as a string, encoded straight into its storage (building a scalar view is slower).
    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || value == 0x20
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
