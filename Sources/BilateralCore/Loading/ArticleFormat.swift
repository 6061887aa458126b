/// How a file's articles are written: plain text, a web page, or a feed of items.
enum ArticleFormat: Sendable, Equatable {
    case text, html, feed

    /// Names that are pages, whatever their content; `.html.gz` and `.htm.gz` are compressed pages.
    static let pageSuffixes = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"]
    /// Names that are XML: a feed, or a page written as XML, told apart by content.
    static let xmlSuffixes = [".xml", ".rss", ".atom"]

    /// True for the names of files the loader reads as pages or feeds.
    static func isMarkupName(_ lowerName: String) -> Bool {
        pageSuffixes.contains { lowerName.hasSuffix($0) } || xmlSuffixes.contains { lowerName.hasSuffix($0) }
    }

    /// The format of the file at `path`, from its name and, for XML names, its first element.
    static func of(path: String, bytes: [UInt8]) -> ArticleFormat {
        let lower = path.lowercased()
        if pageSuffixes.contains(where: { lower.hasSuffix($0) }) { return .html }
        if xmlSuffixes.contains(where: { lower.hasSuffix($0) }) { return looksLikeFeed(bytes) || !looksLikePage(bytes) ? .feed : .html }
        return .text
    }

    /// An `<rss`, `<feed` or `<rdf:RDF` element near the start.
    static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
    }

    /// An `<html` element or an HTML doctype near the start.
    static func looksLikePage(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html")
    }
}
