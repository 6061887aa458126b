import Foundation

/// Which articles each recent text pattern matched, so that typing a word one letter at a
/// time scans only the articles the shorter word matched, and unchanged words cost nothing.
///
/// A new pattern starts from those articles (or all), keeps the ones the corpus' bitmaps
/// allow (`FoldedCorpus.narrow`), and scans only what is left, unless byte pairs decide it alone.
final class TextMatchCache: @unchecked Sendable {
    /// One remembered answer: per article whether `pattern` matches, decided for the articles
    /// of `scope` (every article when nil; the others read false).
    private struct Entry {
        let pattern: TextPattern
        let matches: [Bool]
        let scope: ArticleBits?

        /// True when this answer decides every article of `wanted` (nil: of the whole corpus).
        func covers(_ wanted: ArticleBits?) -> Bool {
            guard let scope else { return true }
            guard let wanted else { return false }
            return wanted.isSubset(of: scope)
        }
    }

    private let lock = NSLock()
    private var entries: [Entry] = []
    private static let capacity = 64

    /// Per article: does `pattern` match its title or prose?
    /// - Parameter scope: when given, only these articles are decided (the others may read
    ///   anything). The answer is remembered with its scope, so that the next letter typed
    ///   within the same result or a narrower one scans only what this one matched; it is never
    ///   taken for the whole corpus' answer.
    func matches(_ pattern: TextPattern, index: FilterIndex, model: CorpusModel, within scope: ArticleBits? = nil) -> [Bool] {
        lock.lock()
        let exact = entries.last { $0.pattern == pattern && $0.covers(scope) }?.matches
        let narrower = exact == nil ? entries.last { Self.narrows(pattern, from: $0.pattern) && $0.covers(scope) }?.matches : nil
        lock.unlock()
        if let exact { return exact }
        let matcher = TextMatcher(pattern)
        let corpus = index.text
        var candidates = narrower.map(ArticleBits.init) ?? ArticleBits(all: corpus.count)
        if let scope { candidates.formIntersection(scope) }
        // A fuzzy word's letters need not be adjacent, so byte pairs cannot rule articles out.
        if !pattern.fuzzy { corpus.narrow(&candidates, toContain: matcher.foldedNeedle) }
        if let word = matcher.wordHash { corpus.narrow(&candidates, toHaveWord: word) }
        // One or two bytes, or a widespread trigram, are decided by the bitmaps alone: nothing to scan.
        let decided = matcher.isPlainSubstring && corpus.decides(matcher.foldedNeedle)
        let result = decided ? candidates.flags : Self.scan(candidates, matcher: matcher, corpus: corpus, model: model)
        lock.lock()
        if entries.count >= Self.capacity { entries.removeFirst(entries.count / 2) }
        entries.append(Entry(pattern: pattern, matches: result, scope: scope))
        lock.unlock()
        return result
    }

    /// Reads the text of each candidate, on every core when there are enough of them: each
    /// thread takes whole words of the bitmap and writes only its own articles' flags, so the
    /// result is the same as one thread's.
    static func scan(
        _ candidates: ArticleBits, matcher: TextMatcher, corpus: FoldedCorpus, model: CorpusModel,
        threads: Int = ProcessorCount.active, parallelAbove: Int = 2_048
    ) -> [Bool] {
        var found = [Bool](repeating: false, count: corpus.count)
        let words = candidates.words.count
        // Below a few thousand candidates a thread costs more to start than it saves.
        let chunks = threads <= 1 || candidates.population < parallelAbove ? 1 : min(threads * 4, words)
        corpus.withBytes { all in
            found.withUnsafeMutableBufferPointer { flags in
                let flags = UncheckedFlags(flags)
                let perChunk = (words + max(1, chunks) - 1) / max(1, chunks)
                let scanChunk = { (chunk: Int) in
                    let start = chunk * perChunk
                    candidates.forEach(inWords: start..<min(words, start + perChunk)) { article in
                        if matcher.matches(article: article, corpus: corpus, all: all, model: model) { flags.set(article) }
                    }
                }
                if chunks <= 1 {
                    scanChunk(0)
                } else {
                    // Each chunk reads shared, unchanging text and writes flags no other chunk writes.
                    let job = UncheckedChunk(run: scanChunk)
                    DispatchQueue.concurrentPerform(iterations: chunks) { job.run($0) }
                }
            }
        }
        return found
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

/// One chunk's scan, handed to the threads of `concurrentPerform`.
private struct UncheckedChunk: @unchecked Sendable {
    let run: (Int) -> Void
}

/// Flags written from several threads, each to its own elements only.
private struct UncheckedFlags: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Bool>

    init(_ buffer: UnsafeMutableBufferPointer<Bool>) {
        self.buffer = buffer
    }

    func set(_ index: Int) {
        buffer[index] = true
    }
}
