import Foundation
import Markup

/// One `<item>` or `<entry>` of a feed, read into an article.
struct FeedItem {
    let document: MarkupDocument
    let element: Int

    /// RSS's content module, whose `encoded` element holds an item's full HTML.
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"

    func article(id: String, path: String) -> (Article?, [LoadWarning]) {
        var metadata = PageMetadata()
        metadata.title = child("title").map { Self.plainText(text(of: $0), isHTML: isHTML($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        metadata.url = link()
        metadata.date = ["pubDate", "published", "updated", "date", "issued", "modified"].lazy
            .compactMap { child($0) }.compactMap { Self.date(text(of: $0)) }.first
        metadata.author = author()
        let full = children().first { node in
            (document[node].localName == "encoded" && document[node].namespace == Self.contentNamespace) || document[node].localName == "content"
        }
        var blocks = full.map { htmlBlocks($0) } ?? []
        var isSummary = false
        if blocks.isEmpty {
            isSummary = true
            let summary = (child("description") ?? child("summary")).map { Self.plainText(text(of: $0), isHTML: true) } ?? ""
            blocks = [metadata.title, summary.isEmpty ? nil : summary].compactMap { $0 }
        }
        guard !blocks.isEmpty else { return (nil, [LoadWarning(path: path, reason: "no title or text; skipped")]) }
        var (article, warnings) = HTMLArticleReader.article(blocks: blocks, metadata: metadata, id: id, path: path)
        article?.isSummary = isSummary
        if article?.titleSource != .frontMatter, metadata.title == nil { warnings.append(LoadWarning(path: path, reason: "no title")) }
        return (article, warnings)
    }

    // MARK: - Fields

    private func children() -> [Int] {
        document.children(of: element).filter { document[$0].kind == .element }
    }

    private func child(_ localName: String) -> Int? {
        children().first { document[$0].localName == localName }
    }

    private func text(of node: Int) -> String {
        document.textContent(of: node)
    }

    /// Atom says `type="html"`; RSS leaves it to the content, which is escaped HTML when it has tags.
    private func isHTML(_ node: Int) -> Bool {
        let type = document[node].attribute("type")?.lowercased()
        return type == "html" || type == "text/html"
    }

    /// RSS `<link>URL</link>`; Atom `<link rel="alternate" href="URL"/>` (no `rel` means alternate).
    private func link() -> String? {
        for node in children() where document[node].localName == "link" {
            if let href = document[node].attribute("href") {
                let rel = document[node].attribute("rel") ?? "alternate"
                if rel == "alternate" { return href }
            } else {
                let url = text(of: node).trimmingCharacters(in: .whitespacesAndNewlines)
                if !url.isEmpty { return url }
            }
        }
        return child("guid").map { text(of: $0).trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.hasPrefix("http") ? $0 : nil }
    }

    /// Atom `<author><name>`, RSS `<author>` (`mail@host (Name)`), Dublin Core `<creator>`.
    private func author() -> String? {
        if let node = child("author") {
            if let name = document.children(of: node).first(where: { document[$0].localName == "name" }) {
                return PageMetadata.author(text(of: name))
            }
            let value = text(of: node)
            if let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"), open < close {
                return PageMetadata.author(String(value[value.index(after: open)..<close]))
            }
            return value.contains("@") ? nil : PageMetadata.author(value)
        }
        return child("creator").flatMap { PageMetadata.author(text(of: $0)) }
    }

    /// The main-text blocks of a content element: escaped HTML, XHTML inline, or plain text.
    private func htmlBlocks(_ node: Int) -> [String] {
        let type = document[node].attribute("type")?.lowercased()
        let markup: String
        if type == "xhtml" {
            markup = MarkupWriter.innerMarkup(of: node, in: document)
        } else if type == "text" {
            return Self.paragraphs(text(of: node))
        } else {
            markup = text(of: node)
        }
        guard let page = try? MarkupParser.html(Array(markup.utf8)) else { return [] }
        return MainTextExtractor().extract(page, wholeFragment: true).map(\.text)
    }

    /// Text split at blank lines into collapsed blocks.
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map(BlockLines.collapsed).filter { !$0.isEmpty }
    }

    /// A field's words; HTML in it (an escaped title or description) is parsed for its text.
    static func plainText(_ text: String, isHTML: Bool) -> String {
        guard isHTML || text.contains("<"), let page = try? MarkupParser.html(Array(text.utf8)) else { return BlockLines.collapsed(text) }
        return MainTextExtractor().extract(page, wholeFragment: true).map(\.text).joined(separator: " ")
    }

    /// An RFC 822 date (`Tue, 19 Nov 2019 12:00:00 GMT`) or an ISO 8601 one.
    static func date(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let first = trimmed.first, first.isNumber, let date = PageMetadata.date(trimmed) { return date }
        let words = trimmed.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        guard let monthIndex = words.firstIndex(where: { CalendarWords.month(String($0)) != nil }),
              let month = CalendarWords.month(String(words[monthIndex])) else { return nil }
        let numbers = words.compactMap { Int($0) }
        guard let year = numbers.first(where: { $0 >= 1000 }), let day = numbers.first(where: { (1...31).contains($0) }) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }
}
