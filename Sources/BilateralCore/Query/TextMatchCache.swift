import Foundation

/// Which articles each recent text pattern matched, so that typing a word one letter at a
/// time scans only the articles the shorter word matched, and unchanged words cost nothing.
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
        var result = [Bool](repeating: false, count: index.texts.count)
        for article in index.texts.indices where narrower?[article] ?? true {
            result[article] = matcher.matches(index.texts[article], in: model, article: article)
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
        guard !pattern.wholeWord, !earlier.wholeWord,
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
