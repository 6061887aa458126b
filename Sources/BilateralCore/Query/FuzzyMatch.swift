/// Fuzzy matching where people type names: the letters of what was typed, in order, with
/// gaps allowed (`pt` finds Putin, `kurl` finds Kuril), as fzf matches.
///
/// Two uses: `score(_:in:)` ranks candidates in a picker (a higher score is a better match,
/// nil no match); the filter's `~word` term keeps an article with a word that `wordMatches`.
public enum FuzzyMatch {
    /// How well `query` matches `candidate`, ignoring case; nil when its letters are not all
    /// there in order. Consecutive letters, letters at word starts and a match at the very
    /// start score more; gaps score less, so `kurl` ranks "Kuril" above "Kursk oblast".
    public static func score(_ query: String, in candidate: String) -> Int? {
        let needle = Array(query.lowercased().filter { !$0.isWhitespace })
        guard !needle.isEmpty else { return 0 }
        let haystack = Array(candidate.lowercased())
        guard needle.count <= haystack.count else { return nil }
        // Greedy from the left, then scored; good enough for names of a few words.
        var score = 0
        var position = 0
        var previous = -2
        for letter in needle {
            while position < haystack.count, haystack[position] != letter { position += 1 }
            guard position < haystack.count else { return nil }
            score += 10
            if position == previous + 1 { score += 15 }
            if position == 0 { score += 20 } else if !isWordCharacter(haystack[position - 1]) { score += 12 }
            if previous >= 0 { score -= min(10, position - previous - 1) }
            previous = position
            position += 1
        }
        // A shorter candidate is the closer one when the letters match equally well.
        return score - min(20, haystack.count - needle.count)
    }

    /// Letters and digits: what a word of the text is made of.
    public static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// True when `word` (folded bytes) starts with `needle`'s first byte, holds the rest in
    /// order, and is not much longer than the needle (`~pt` is Putin or pact, not participation).
    static func wordMatches(_ needle: [UInt8], _ word: UnsafeRawBufferPointer.SubSequence) -> Bool {
        guard let first = needle.first, word.first == first,
              word.count >= needle.count, word.count <= needle.count * 2 + 2
        else { return false }
        var rest = needle.dropFirst().makeIterator()
        var wanted = rest.next()
        for byte in word.dropFirst() where byte == wanted { wanted = rest.next() }
        return wanted == nil
    }

    /// True when some word of `text` (folded bytes) matches `needle`.
    static func containsWord(_ needle: [UInt8], in text: UnsafeRawBufferPointer) -> Bool {
        var start = 0
        var index = 0
        while index <= text.count {
            let isWord = index < text.count && isWordByte(text[index])
            if !isWord {
                if index > start, wordMatches(needle, text[start..<index]) { return true }
                start = index + 1
            }
            index += 1
        }
        return false
    }

    /// Bytes of words in folded UTF-8: ASCII letters and digits, and every non-ASCII byte.
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Character ranges of the words of `line` that `letters` fuzzily matches, for highlighting.
    public static func wordRanges(of letters: String, in line: String) -> [Range<Int>] {
        let needle = Array(letters.lowercased().utf8)
        guard !needle.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var word = ""
        var start = 0
        let characters = Array(line)
        for index in 0...characters.count {
            if index < characters.count, isWordCharacter(characters[index]) {
                if word.isEmpty { start = index }
                word.append(characters[index])
                continue
            }
            if !word.isEmpty {
                let folded = Array(word.lowercased().utf8)
                let matched = folded.withUnsafeBytes { wordMatches(needle, $0[...]) }
                if matched { ranges.append(start..<index) }
                word = ""
            }
        }
        return ranges
    }
}
