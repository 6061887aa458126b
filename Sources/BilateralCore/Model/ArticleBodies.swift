/// Reads back the bodies of articles a model holds without them (the store keeps every article's record).
public protocol ArticleBodyReader: AnyObject, Sendable {
    /// `articles` with their bodies, in the order given; one whose body cannot be read comes back as given.
    func withBodies(_ articles: [Article]) -> [Article]
}

/// Where a model's articles' bodies are when the model does not hold them: nowhere for a model made in memory
/// (every article has its body), the store for one it opened. Not part of the model's value: two models with
/// the same articles are equal wherever their bodies would be read from.
public struct ArticleBodies: Sendable, Equatable {
    let reader: (any ArticleBodyReader)?

    public init(reader: (any ArticleBodyReader)? = nil) {
        self.reader = reader
    }

    /// `articles` each with its body: those that have one as they are, the others read back in one go.
    public func withBodies(_ articles: [Article]) -> [Article] {
        let missing = articles.indices.filter { !articles[$0].hasBody }
        guard !missing.isEmpty, let reader else { return articles }
        var result = articles
        for (index, read) in zip(missing, reader.withBodies(missing.map { articles[$0] })) { result[index] = read }
        return result
    }

    public func withBody(_ article: Article) -> Article {
        article.hasBody ? article : withBodies([article])[0]
    }

    public static func == (lhs: ArticleBodies, rhs: ArticleBodies) -> Bool { true }
}

extension CorpusModel {
    /// Article `index` with its text, lines, paragraphs and sentences, as the article pane, text search and the
    /// export's `text` need it (read back from the store when the model holds it without).
    public func articleWithBody(_ index: Int) -> Article {
        bodies.withBody(articles[index])
    }

    /// Calls `body` with each article's index and the article with its body, in order, reading `batch` at a
    /// time so that only a batch of bodies is held at once.
    public func forEachArticleWithBody(batch: Int = 256, _ body: (Int, Article) -> Void) {
        var start = 0
        while start < articles.count {
            let end = min(articles.count, start + max(1, batch))
            for (offset, article) in bodies.withBodies(Array(articles[start..<end])).enumerated() { body(start + offset, article) }
            start = end
        }
    }
}
