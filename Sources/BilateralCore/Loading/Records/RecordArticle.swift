import Foundation
import Markup

/// One record of a JSON Lines or CSV file, its parts found by `RecordColumns`, made into an article.
///
/// The text part becomes the article's lines: a text holding HTML goes through the same main-text
/// extraction as a feed item's content; plain text keeps its paragraphs (blank-line separated, or
/// one per line when the text has no blank line). A record with no text keeps its summary (or,
/// failing that, its title) and is marked as a summary, as a feed item is; one with neither is skipped.
struct RecordArticle {
    var values: [RecordColumns.Field: String]

    /// The article, or nil with the reason it was skipped; the warnings are the text's repairs.
    func article(id: String, path: String) -> (Article?, [String]) {
        var metadata = PageMetadata()
        metadata.title = nonEmpty(.title).map(HTMLArticleReader.printable).flatMap { $0.isEmpty ? nil : $0 }
        metadata.date = nonEmpty(.date).flatMap(Self.date)
        metadata.author = nonEmpty(.author).flatMap(PageMetadata.author)
        metadata.url = nonEmpty(.url)
        metadata.siteName = nonEmpty(.source)
        var blocks = nonEmpty(.text).map(Self.blocks) ?? []
        var isSummary = false
        if blocks.isEmpty {
            isSummary = true
            blocks = [metadata.title, nonEmpty(.summary).map { FeedItem.plainText($0, isHTML: false) }].compactMap { $0 }.filter { !$0.isEmpty }
        }
        guard !blocks.isEmpty else { return (nil, ["no title or text; skipped"]) }
        var (article, warnings) = HTMLArticleReader.article(blocks: blocks, metadata: metadata, id: id, path: path)
        article?.isSummary = isSummary
        return (article, warnings.map(\.reason))
    }

    private func nonEmpty(_ field: RecordColumns.Field) -> String? {
        guard let value = values[field]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// The text's blocks: HTML through the main-text extraction, plain text by paragraphs.
    static func blocks(_ text: String) -> [String] {
        if looksLikeHTML(text), let page = try? MarkupParser.html(Array(text.utf8)) {
            let blocks = MainTextExtractor().extract(page, wholeFragment: true).map(\.text)
            if !blocks.isEmpty { return blocks }
        }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let paragraphs = FeedItem.paragraphs(normalised)
        // Archives often keep one paragraph per line with no blank line between them.
        if paragraphs.count == 1, normalised.contains("\n") {
            return normalised.split(separator: "\n").map { BlockLines.collapsed(String($0)) }.filter { !$0.isEmpty }
        }
        return paragraphs
    }

    /// True when the text has an HTML element tag (`<p>`, `<br/>`, `</div>`), not just a `<` in prose.
    static func looksLikeHTML(_ text: String) -> Bool {
        var sawOpen = false
        var previous: Character = " "
        for character in text.prefix(65_536) {
            if previous == "<", character.isLetter || character == "/" { sawOpen = true }
            if sawOpen, character == ">" { return true }
            if character == "\n" { sawOpen = false }
            previous = character
        }
        return false
    }

    /// A record's date: ISO 8601 (`2020-01-15T…`), RFC 822 (`Wed, 15 Jan 2020 …`), GDELT's
    /// `20200115T120000Z` or `20200115120000`, or a dateline-like `15 January 2020`.
    static func date(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if digits.count == 8 || digits.count == 14, let year = Int(digits.prefix(4)), (1000...2999).contains(year),
           let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.dropFirst(6).prefix(2)),
           let date = PartialDate(year: year, month: month, day: day) {
            return date
        }
        return FeedItem.date(trimmed) ?? PageMetadata.date(trimmed)
    }

    /// A JSON value as a part's text: strings as they are, numbers as written, lists of names joined,
    /// an object by its `name` (NewsAPI's `"source": {"name": …}`).
    static func text(of value: Any) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        case let list as [Any]:
            let parts = list.compactMap { text(of: $0) }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case let object as [String: Any]: return object["name"].flatMap { text(of: $0) }
        default: return nil
        }
    }
}
