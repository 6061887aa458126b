/// A text pattern of the filter, prepared for the folded corpus: bitmaps first, bytes last.
struct TextMatcher: Sendable {
    let pattern: TextPattern
    /// What is searched for in the folded text, line marks included for anchors.
    let foldedNeedle: [UInt8]
    private let exactNeedle: [UInt8]
    /// For `'word`: the hash of the folded word when it is one run of word characters,
    /// which then must be one of the article's whole words.
    let wordHash: UInt64?

    init(_ pattern: TextPattern) {
        self.pattern = pattern
        let folded = Array(pattern.text.lowercased().utf8)
        foldedNeedle = (pattern.atLineStart ? [0x0A] : []) + folded + (pattern.atLineEnd ? [0x0A] : [])
        exactNeedle = Array(pattern.text.utf8)
        wordHash = pattern.wholeWord ? TextScan.wholeWordHash(folded) : nil
    }

    /// True when the articles holding the needle's bytes are exactly the matches once the
    /// corpus' bitmaps decide the needle (`FoldedCorpus.decides`): no whole-word, case or
    /// fuzzy test is left to make.
    var isPlainSubstring: Bool {
        !foldedNeedle.isEmpty && !pattern.wholeWord && !pattern.caseSensitive && !pattern.fuzzy
    }

    /// True when the article's title or prose lines match; `all` is the corpus' flat text.
    /// Only worth asking for articles `FoldedCorpus.narrow` kept.
    func matches(article: Int, corpus: FoldedCorpus, all: UnsafeRawBufferPointer, model: CorpusModel) -> Bool {
        if pattern.fuzzy { return FuzzyMatch.containsWord(foldedNeedle, in: corpus.text(article, in: all)) }
        guard TextScan.find(foldedNeedle, in: corpus.text(article, in: all), wholeWord: pattern.wholeWord) else { return false }
        guard pattern.caseSensitive else { return true }
        // The folded text may hold it; the exact case must be checked on the original lines.
        let original = model.articleWithBody(article)
        return matchesExactly(Substring(original.title)) || corpus.lines[article].contains { matchesExactly(original.lines.line($0 - 1)) }
    }

    private func matchesExactly(_ line: Substring) -> Bool {
        var copy = line
        return copy.withUTF8 { buffer in
            let bytes = UnsafeRawBufferPointer(buffer)
            switch (pattern.atLineStart, pattern.atLineEnd) {
            case (true, true): return bytes.elementsEqual(exactNeedle)
            case (true, false): return bytes.starts(with: exactNeedle)
            case (false, true): return bytes.count >= exactNeedle.count && bytes.suffix(exactNeedle.count).elementsEqual(exactNeedle)
            case (false, false): return TextScan.find(exactNeedle, in: bytes, wholeWord: pattern.wholeWord)
            }
        }
    }
}
