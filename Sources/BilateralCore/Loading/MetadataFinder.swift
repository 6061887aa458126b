/// Finds the title, date and author an article states in its first lines.
///
/// Reads the opening lines that are neither blank nor boilerplate: a dateline, a byline and a
/// title line (short, no final period, before any prose) in whatever order they come; a
/// title repeated on the next line is metadata too. "Published …" lines count anywhere.
struct MetadataFinder: Sendable {
    struct Metadata: Equatable, Sendable {
        var title: String?
        var titleLine: Int?
        var date: PartialDate?
        var author: String?
        /// Dateline, byline and repeated-title lines (the title line itself is not included).
        var lines: [Int] = []
    }

    /// How many opening lines can hold the title, dateline and byline.
    private static let headerLines = 6

    /// - Parameter isBoilerplate: indexed by 1-based line.
    func find(lines: [String], paragraphs: [LineRange], isBoilerplate: [Bool]) -> Metadata {
        var metadata = Metadata()
        // A plain array: an article has a few dozen lines, and walking lazy wrappers cost more than building it.
        var content: [Int] = []
        for paragraph in paragraphs {
            for line in paragraph.first...paragraph.last where !isBoilerplate[line] { content.append(line) }
        }
        var sawProse = false
        var header = 0
        for (position, line) in content.enumerated() {
            header += 1
            if header > Self.headerLines { break }
            let text = lines[line - 1].trimmed
            // Site furniture above the headline: metadata, and no part of the header's budget.
            if !sawProse, metadata.title == nil, isFurniture(text, before: content[(position + 1)...], in: lines) {
                metadata.lines.append(line)
                header -= 1
                continue
            }
            if metadata.author == nil, let byline = BylineParser.trailingByline(in: text) {
                metadata.author = byline.author
                if metadata.date == nil { metadata.date = byline.date }
                metadata.lines.append(line)
                continue
            }
            if metadata.date == nil, let dateline = DatelineParser.parse(text) {
                metadata.date = dateline.date
                if metadata.author == nil { metadata.author = dateline.author }
                if dateline.isWholeLine { metadata.lines.append(line) } else { sawProse = true }
                continue
            }
            if metadata.author == nil, let byline = BylineParser.bylineAndDate(in: text) {
                metadata.author = byline.author
                if metadata.date == nil { metadata.date = byline.date }
                metadata.lines.append(line)
                continue
            }
            if let title = metadata.title, line == nextContentLine(after: metadata.titleLine, in: content),
               abs(text.utf8.count - title.utf8.count) < 8, Self.normalised(text) == Self.normalised(title) {
                metadata.lines.append(line)
                continue
            }
            if !sawProse, metadata.title == nil, let title = Self.titleText(text) {
                metadata.title = HeaderFurniture.headline(of: title) ?? title
                metadata.titleLine = line
                continue
            }
            sawProse = true
        }
        if metadata.date == nil { findPublishedLine(lines: lines, content: content, into: &metadata) }
        return metadata
    }

    /// A "Published 21 March 2023" line further down the page.
    private func findPublishedLine(lines: [String], content: some Sequence<Int>, into metadata: inout Metadata) {
        for line in content {
            let text = lines[line - 1]
            guard text.utf8.count < 120 else { continue }
            // The leads all start with p, u or f: other lines are ruled out on their first byte.
            if let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first < 0x80,
               !leadInitials.contains(first) {
                continue
            }
            let lower = text.trimmed.lowercased()
            guard ["published", "posted", "updated", "first published"].contains(where: { lower.hasPrefix($0) }),
                  let dateline = DatelineParser.parse(text.trimmed), dateline.isWholeLine
            else { continue }
            metadata.date = dateline.date
            if metadata.author == nil { metadata.author = dateline.author }
            metadata.lines.append(line)
            return
        }
    }

    private let leadInitials: [UInt8] = Array("pPuUfF".utf8)

    /// Navigation, or a site's name: a short title-shaped line (three words at most) right before a longer
    /// one that is neither a byline nor a dateline ("The Diplomat" above "India, China agree on …").
    private func isFurniture(_ text: String, before rest: ArraySlice<Int>, in lines: [String]) -> Bool {
        if HeaderFurniture.isNavigation(text) { return true }
        guard text.utf8.count <= 40, let short = Self.titleText(text),
              short.split(separator: " ").count <= 3, let next = rest.first else { return false }
        let following = lines[next - 1].trimmed
        guard let headline = Self.titleText(following), headline.split(separator: " ").count >= 4 else { return false }
        return DatelineParser.parse(following) == nil && BylineParser.bylineAndDate(in: following) == nil
            && !HeaderFurniture.isNavigation(following)
    }

    private func nextContentLine(after line: Int?, in content: some Sequence<Int>) -> Int? {
        guard let line else { return nil }
        return content.first { $0 > line }
    }

    /// The title a line states when it reads as one: short, no final period, capitalised.
    static func titleText(_ line: String, maximumWords: Int = 24) -> String? {
        // A title is short: rule out long lines and sentence-final punctuation on bytes first.
        guard (3...maximumWords * 14).contains(line.utf8.count) else { return nil }
        var text = line.trimmed
        if text.hasPrefix("#") { text = String(text.drop { $0 == "#" }).trimmed }
        guard let first = text.first, let last = text.last else { return nil }
        guard first.isUppercase || first.isNumber || "\"“‘'".contains(first) else { return nil }
        guard !".,;:".contains(last) else { return nil }
        let words = text.utf8.split(separator: UInt8(ascii: " ")).count
        guard (2...maximumWords).contains(words) else { return nil }
        return text
    }

    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
