import Markup

/// Turns the bytes of a saved web page (`.html`, `.htm`, `.html.gz`) into an article.
///
/// The article's lines are the page's main text, one block (paragraph, heading, list item,
/// quote) per line with a blank line between blocks, so that each block is a paragraph of its
/// own; they then go through the same cleaning and parsing as a `.txt` file. Title, date,
/// author, address and site come from the page's own metadata where it has them.
struct HTMLArticleReader: Sendable {
    /// A compressed page may unpack to at most this many bytes.
    static let maximumUnpackedBytes = 64 << 20

    /// The article in `bytes`, or the reason there is none.
    func read(bytes: [UInt8], path: String) -> (Article?, [LoadWarning]) {
        var bytes = bytes
        if Gzip.isCompressed(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: Self.maximumUnpackedBytes)
            } catch {
                return (nil, [LoadWarning(path: path, reason: "\(error); skipped")])
            }
        }
        if bytes.contains(0) { return (nil, [LoadWarning(path: path, reason: "binary file (contains NUL bytes); skipped")]) }
        let document: MarkupDocument
        do {
            document = try MarkupParser.html(bytes)
        } catch {
            return (nil, [LoadWarning(path: path, reason: "\(error); skipped")])
        }
        let metadata = PageMetadata(document)
        let blocks = MainTextExtractor().extract(document).map(\.text)
        return Self.article(blocks: blocks, metadata: metadata, id: CorpusLoader.fileName(of: path), path: path)
    }

    /// An article from text blocks and what the page says about them. With no block, the
    /// page's description stands in and the article is marked as a summary.
    static func article(blocks: [String], metadata: PageMetadata, id: String, path: String) -> (Article?, [LoadWarning]) {
        var blocks = blocks
        var isSummary = false
        if blocks.isEmpty, let summary = metadata.description.map(BlockLines.collapsed), !summary.isEmpty {
            blocks = [summary]
            isSummary = true
        }
        guard !blocks.isEmpty else {
            return (nil, [LoadWarning(path: path, reason: "no article text found; skipped")])
        }
        let text = blocks.joined(separator: "\n\n") + "\n"
        let (loaded, warnings) = CorpusLoader().loadText(bytes: Array(text.utf8), id: id, path: path)
        guard var article = loaded else { return (nil, warnings) }
        if let title = metadata.title.map(Self.printable), !title.isEmpty { (article.title, article.titleSource) = (title, .frontMatter) }
        if let date = metadata.date { (article.date, article.dateSource) = (date, .frontMatter) }
        if let author = metadata.author.map(Self.printable), !author.isEmpty { article.author = author }
        if let url = metadata.url.map(Self.printable), !url.isEmpty { article.url = url }
        if let site = metadata.siteName.map(Self.printable), !site.isEmpty { article.source = site }
        article.isSummary = isSummary
        return (article, warnings)
    }

    /// Metadata with control characters (escape sequences among them) taken out.
    static func printable(_ text: String) -> String {
        BlockLines.collapsed(String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control || $0 == " " })))
    }
}
