/// A text pattern of the filter, prepared for byte search.
struct TextMatcher: Sendable {
    let pattern: TextPattern
    /// What is searched for in `ArticleText.folded`, line marks included for anchors.
    private let foldedNeedle: [UInt8]
    private let exactNeedle: [UInt8]

    init(_ pattern: TextPattern) {
        self.pattern = pattern
        let folded = Array(pattern.text.lowercased().utf8)
        foldedNeedle = (pattern.atLineStart ? [0x0A] : []) + folded + (pattern.atLineEnd ? [0x0A] : [])
        exactNeedle = Array(pattern.text.utf8)
    }

    /// True when the article's title or prose lines match.
    func matches(_ text: ArticleText, in model: CorpusModel, article: Int) -> Bool {
        guard text.contains(foldedNeedle, wholeWord: pattern.wholeWord) else { return false }
        guard pattern.caseSensitive else { return true }
        // The folded text may hold it; the exact case must be checked on the original lines.
        return matchesExactly(model.articles[article].title)
            || text.lines.contains { matchesExactly(model.articles[article].lines[$0 - 1]) }
    }

    private func matchesExactly(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { buffer in
            let bytes = UnsafeRawBufferPointer(buffer)
            switch (pattern.atLineStart, pattern.atLineEnd) {
            case (true, true): return bytes.elementsEqual(exactNeedle)
            case (true, false): return bytes.starts(with: exactNeedle)
            case (false, true): return bytes.count >= exactNeedle.count && bytes.suffix(exactNeedle.count).elementsEqual(exactNeedle)
            case (false, false): return ArticleText.find(exactNeedle, in: bytes, wholeWord: pattern.wholeWord)
            }
        }
    }
}
