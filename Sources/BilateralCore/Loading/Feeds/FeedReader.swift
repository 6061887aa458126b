import Markup

/// Turns an RSS 2.0, RSS 1.0 or Atom feed into one article per item.
///
/// An item's text is its full content (`content:encoded`, Atom `<content>`) run through the
/// same HTML extraction as a page; an item with only a `description` or `<summary>` (or only
/// a title) keeps that and is marked as a summary. Items are `file#N`, N from 1 in feed order.
struct FeedReader: Sendable {
    func read(bytes: [UInt8], path: String) -> ([Article], [LoadWarning]) {
        let document: MarkupDocument
        var warnings: [LoadWarning] = []
        do {
            let parsed = try MarkupParser.xml(bytes)
            document = parsed.document
            if let problem = parsed.problem {
                warnings.append(LoadWarning(path: path, reason: "\(problem); read what could be recovered"))
            }
        } catch {
            return ([], [LoadWarning(path: path, reason: "\(error); skipped")])
        }
        let items = Self.items(in: document)
        guard !items.isEmpty else {
            return ([], warnings + [LoadWarning(path: path, reason: "no RSS or Atom items found; skipped")])
        }
        let file = CorpusLoader.fileName(of: path)
        let feedTitle = Self.feedTitle(in: document)
        var articles: [Article] = []
        for (number, item) in items.enumerated() {
            let entry = FeedItem(document: document, element: item)
            var (article, problems) = entry.article(id: ArticleID.record(file: file, number: number + 1), path: path)
            warnings += problems.map { LoadWarning(path: path, reason: "item \(number + 1): \($0.reason)") }
            if article?.source == nil { article?.source = feedTitle }
            if let article { articles.append(article) }
        }
        // One line per file, naming every problem.
        let reasons = warnings.map(\.reason)
        return (articles, reasons.isEmpty ? [] : [LoadWarning(path: path, reason: reasons.joined(separator: "; "))])
    }

    /// The feed's own title (the channel's, or Atom's top-level `<title>`): the source of its items.
    static func feedTitle(in document: MarkupDocument) -> String? {
        guard let root = document.children(of: 0).first(where: { document[$0].kind == .element }) else { return nil }
        let holder = document.children(of: root).first { document[$0].localName == "channel" } ?? root
        guard let title = document.children(of: holder).first(where: { document[$0].localName == "title" }) else { return nil }
        let text = HTMLArticleReader.printable(document.textContent(of: title))
        return text.isEmpty ? nil : text
    }

    /// The `<item>` elements of RSS or the `<entry>` elements of Atom, in feed order.
    static func items(in document: MarkupDocument) -> [Int] {
        guard let root = document.children(of: 0).first(where: { document[$0].kind == .element }) else { return [] }
        switch document[root].localName {
        case "feed": return document.children(of: root).filter { document[$0].localName == "entry" }
        case "rss", "RDF":
            // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
            let channels = document.children(of: root).filter { document[$0].localName == "channel" }
            let nested = channels.flatMap { document.children(of: $0) }.filter { document[$0].localName == "item" }
            let beside = document.children(of: root).filter { document[$0].localName == "item" }
            return nested + beside
        default: return []
        }
    }
}
