import Foundation

/// A model's folded article text (`FoldedCorpus`), built once, when a text term first needs
/// it or earlier on a background thread (`prepareInBackground()`).
///
/// Folding and the bitmaps are most of a filter index's cost (seconds at 100,000 articles),
/// and nothing but a text term reads them: the timeline, moves and field terms do not wait
/// for them, so a dashboard can draw its first frame at once and let the text come after.
final class FoldedText: @unchecked Sendable {
    /// How many articles the text covers.
    let count: Int
    private let condition = NSCondition()
    /// The articles to fold; dropped once folded.
    private var articles: [Article]?
    private var built: FoldedCorpus?
    private var building = false

    /// Where the bodies of articles held without them are read back from while folding.
    private let bodies: ArticleBodies

    init(articles: [Article], bodies: ArticleBodies = ArticleBodies()) {
        count = articles.count
        self.articles = articles
        self.bodies = bodies
    }

    /// True once the folded text is built (a text term then costs no wait).
    var isReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return built != nil
    }

    /// Starts folding on a background thread, unless it is folded or being folded already.
    func prepareInBackground() {
        guard let articles = claim() else { return }
        DispatchQueue.global(qos: .utility).async { self.finish(FoldedCorpus(articles: articles, bodies: self.bodies)) }
    }

    /// The folded text: built here when nobody has started it, else waited for.
    var corpus: FoldedCorpus {
        if let articles = claim() {
            let corpus = FoldedCorpus(articles: articles, bodies: bodies)
            finish(corpus)
            return corpus
        }
        condition.lock()
        defer { condition.unlock() }
        while built == nil { condition.wait() }
        // The loop leaves only once `built` is set.
        return built ?? FoldedCorpus(articles: [])
    }

    /// The articles to fold, for the one caller that will fold them; nil when folding has started.
    private func claim() -> [Article]? {
        condition.lock()
        defer { condition.unlock() }
        guard !building, built == nil, let articles else { return nil }
        building = true
        return articles
    }

    private func finish(_ corpus: FoldedCorpus) {
        condition.lock()
        built = corpus
        articles = nil
        condition.broadcast()
        condition.unlock()
    }
}
