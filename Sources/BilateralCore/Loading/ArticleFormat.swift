/// How a file's articles are written: plain text, a web page, a feed of items, or records (JSON Lines, CSV).
enum ArticleFormat: Sendable, Equatable {
    case text, html, feed, jsonLines, csv

    /// Names that are pages, whatever their content; `.html.gz` and `.htm.gz` are compressed pages.
    static let pageSuffixes = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"]
    /// Names that are XML: a feed, or a page written as XML, told apart by content.
    static let xmlSuffixes = [".xml", ".rss", ".atom"]

    /// Names that are files of records, one article per JSON line or CSV row (also gzip-compressed).
    static let jsonLinesSuffixes = [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"]
    static let csvSuffixes = [".csv", ".tsv", ".csv.gz", ".tsv.gz"]

    /// True for the names of files the loader reads as pages or feeds.
    static func isMarkupName(_ lowerName: String) -> Bool {
        pageSuffixes.contains { lowerName.hasSuffix($0) } || xmlSuffixes.contains { lowerName.hasSuffix($0) }
    }

    /// True for the names of files of records.
    static func isRecordsName(_ lowerName: String) -> Bool {
        jsonLinesSuffixes.contains { lowerName.hasSuffix($0) } || csvSuffixes.contains { lowerName.hasSuffix($0) }
    }

    /// The format of the file at `path`, from its name and, for XML names, its first element.
    static func of(path: String, bytes: [UInt8]) -> ArticleFormat {
        let lower = path.lowercased()
        if pageSuffixes.contains(where: { lower.hasSuffix($0) }) { return .html }
        if xmlSuffixes.contains(where: { lower.hasSuffix($0) }) { return looksLikeFeed(bytes) || !looksLikePage(bytes) ? .feed : .html }
        if jsonLinesSuffixes.contains(where: { lower.hasSuffix($0) }) { return .jsonLines }
        // A dump saved under the other name: a .csv whose first record is a JSON object is JSON Lines.
        if csvSuffixes.contains(where: { lower.hasSuffix($0) }) { return RecordText.firstSignificantByte(bytes) == UInt8(ascii: "{") ? .jsonLines : .csv }
        if lower.hasSuffix(".txt"), looksLikeJSONLines(bytes) { return .jsonLines }
        return .text
    }

    /// A `.txt` dump of JSON records: its first line is a JSON object with a text or title field. Prose
    /// never starts that way, and only the first line (at most 1 MiB of it) is parsed.
    static func looksLikeJSONLines(_ bytes: [UInt8]) -> Bool {
        guard RecordText.firstSignificantByte(bytes) == UInt8(ascii: "{") else { return false }
        let start = bytes.firstIndex(of: UInt8(ascii: "{")) ?? 0
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        guard end - start <= 1 << 20, case .success(let object) = JSONLinesReader.object(bytes[start..<end]) else { return false }
        let names = Set(object.keys.map(RecordColumns.normalised))
        let wanted = RecordColumns().names(for: .text) + RecordColumns().names(for: .title)
        return wanted.contains { names.contains($0) }
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
