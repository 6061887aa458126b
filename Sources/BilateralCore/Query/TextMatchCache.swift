import Foundation

/// Which articles each recent text pattern matched, so that typing a word one letter at a
/// time scans only the articles the shorter word matched, and unchanged words cost nothing.
///
/// A new pattern starts from those articles (or all), keeps the ones the corpus' bitmaps
/// allow (`FoldedCorpus.narrow`), and scans only what is left, unless byte pairs decide it alone.
final class TextMatchCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(pattern: TextPattern, matches: [Bool])] = []
    private static let capacity = 64

    /// Per article: does `pattern` match its title or prose?
    func matches(_ pattern: TextPattern, index: FilterIndex, model: CorpusModel) -> [Bool] {
        lock.lock()
        let exact = entries.first { $0.pattern == pattern }?.matches
        let narrower = exact == nil ? entries.last { Self.narrows(pattern, from: $0.pattern) }?.matches : nil
        lock.unlock()
        if let exact { return exact }
        let matcher = TextMatcher(pattern)
        let corpus = index.text
        var candidates = narrower.map(ArticleBits.init) ?? ArticleBits(all: corpus.count)
        // A fuzzy word's letters need not be adjacent, so byte pairs cannot rule articles out.
        if !pattern.fuzzy { corpus.narrow(&candidates, toContain: matcher.foldedNeedle) }
        if let word = matcher.wordHash { corpus.narrow(&candidates, toHaveWord: word) }
        let result: [Bool]
        if matcher.isDecidedByBigrams {
            result = candidates.flags
        } else {
            var found = [Bool](repeating: false, count: corpus.count)
            corpus.withBytes { all in
                candidates.forEach { article in
                    found[article] = matcher.matches(article: article, corpus: corpus, all: all, model: model)
                }
            }
            result = found
        }
        lock.lock()
        if entries.count >= Self.capacity { entries.removeFirst(entries.count / 2) }
        entries.append((pattern, result))
        lock.unlock()
        return result
    }

    /// True when everything `pattern` matches is also matched by `earlier`, so only
    /// `earlier`'s matches need scanning: the earlier text lies inside the new one.
    static func narrows(_ pattern: TextPattern, from earlier: TextPattern) -> Bool {
        guard !pattern.wholeWord, !earlier.wholeWord, !pattern.fuzzy, !earlier.fuzzy,
              pattern.atLineStart == earlier.atLineStart, pattern.atLineEnd == earlier.atLineEnd,
              !earlier.caseSensitive || pattern.caseSensitive
        else { return false }
        let new = earlier.caseSensitive ? pattern.text : pattern.text.lowercased()
        let old = earlier.caseSensitive ? earlier.text : earlier.text.lowercased()
        switch (pattern.atLineStart, pattern.atLineEnd) {
        case (false, false): return new.contains(old)
        case (true, false): return new.hasPrefix(old)
        case (false, true): return new.hasSuffix(old)
        case (true, true): return new == old
        }
    }
}
