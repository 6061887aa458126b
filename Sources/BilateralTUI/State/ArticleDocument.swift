import BilateralCore
import TerminalUI

/// An article laid out for one pane width: header rows, then its wrapped text.
///
/// Built once per article, width and option, so scrolling and typing never re-wrap.
/// Rows keep their source line and Character offset, so mentions, sentences and search
/// matches (all given in source coordinates) are styled where they fall.
public struct ArticleDocument: Sendable, Equatable {
    public enum Role: Sendable, Hashable { case title, meta, blank, body, boilerplate }

    public struct Row: Sendable, Equatable {
        public var role: Role
        /// The 1-based file line, or 0 for the header rows.
        public var line: Int
        /// Offset of `characters` in the source line.
        public var start: Int
        public var characters: [Character]
    }

    /// A mention within one line.
    public struct MentionSpan: Sendable, Hashable {
        public var column: Int
        public var length: Int
        public var kind: Actor.Kind?
    }

    public let articleIndex: Int
    public let width: Int
    public let ascii: Bool
    public let showBoilerplate: Bool
    public private(set) var rows: [Row] = []
    /// The body lines shown, in order (what search looks through).
    public private(set) var shownLines: [Int] = []
    public private(set) var mentions: [Int: [MentionSpan]] = [:]

    public init(
        model: CorpusModel, articleIndex: Int, kinds: [String: Actor.Kind],
        width: Int, ascii: Bool, showBoilerplate: Bool
    ) {
        self.articleIndex = articleIndex
        self.width = max(1, width)
        self.ascii = ascii
        self.showBoilerplate = showBoilerplate
        // Read back from the store when the model holds the article without its body.
        let article = model.articleWithBody(articleIndex)
        let measure: (Character) -> Int = ascii
            ? { Transliteration.ascii($0).displayWidth }
            : { $0.isTerminalControl ? 0 : $0.displayWidth }

        let title = article.title.isEmpty ? article.id : article.title
        appendHeader(title.removingTerminalControls, role: .title, measure: measure)
        let meta = [article.date?.iso ?? "undated", article.author, article.source]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        appendHeader(meta.removingTerminalControls, role: .meta, measure: measure)
        // The URL `o` opens, so it is seen before it is followed.
        if let url = article.url, !url.isEmpty { appendHeader(url.removingTerminalControls, role: .meta, measure: measure) }
        if let copies = Self.duplicateLine(model: model, articleIndex: articleIndex) {
            appendHeader(copies.removingTerminalControls, role: .meta, measure: measure)
        }
        rows.append(Row(role: .blank, line: 0, start: 0, characters: []))

        let metadata = Set(article.metadataLines)
        var previousBlank = true
        let firstLine = max(1, article.bodyStart)
        if firstLine <= article.lines.count {
            for line in firstLine...article.lines.count where !metadata.contains(line) {
                let isBoilerplate = article.isBoilerplate(line: line)
                if isBoilerplate && !showBoilerplate { continue }
                let characters = Array(article.lines[line - 1])
                if characters.allSatisfy(\.isWhitespace) {
                    if !previousBlank { rows.append(Row(role: .blank, line: line, start: 0, characters: [])) }
                    previousBlank = true
                    continue
                }
                previousBlank = false
                shownLines.append(line)
                for piece in WordWrap.wrap(characters, width: self.width, measure: measure) {
                    rows.append(Row(
                        role: isBoilerplate ? .boilerplate : .body, line: line, start: piece.start,
                        characters: Array(characters[piece.start..<piece.end])))
                }
            }
        }
        if rows.last?.role == .blank, rows.count > 3 { rows.removeLast() }

        let analysis = articleIndex < model.analyses.count ? model.analyses[articleIndex] : nil
        for mention in analysis?.mentions ?? [] {
            let span = MentionSpan(column: mention.start.column, length: mention.length, kind: kinds[mention.actor])
            mentions[mention.start.line, default: []].append(span)
        }
    }

    /// `+2 copies: Harbour Daily (02-salmon.txt), 03-saved.md` under a canonical article, `copy of: TITLE` under
    /// a copy: the story is shown and counted once, and this says where else it appeared.
    static func duplicateLine(model: CorpusModel, articleIndex: Int) -> String? {
        guard let group = model.duplicates.group(of: articleIndex) else { return nil }
        func named(_ index: Int) -> String {
            let copy = model.articles[index]
            guard let source = copy.source, !source.isEmpty else { return copy.id }
            return "\(source) (\(copy.id))"
        }
        if group.canonical != articleIndex {
            let canonical = model.articles[group.canonical]
            return "copy of: " + (canonical.title.isEmpty ? canonical.id : canonical.title) + " (\(named(group.canonical)))"
        }
        let count = group.copies.count
        return "+\(count) cop\(count == 1 ? "y" : "ies"): " + group.copies.map(named).joined(separator: ", ")
    }

    private mutating func appendHeader(_ text: String, role: Role, measure: (Character) -> Int) {
        guard !text.isEmpty else { return }
        let characters = Array(text)
        for piece in WordWrap.wrap(characters, width: width, measure: measure) {
            rows.append(Row(role: role, line: 0, start: piece.start, characters: Array(characters[piece.start..<piece.end])))
        }
    }

    /// The row showing `position`, or the nearest row of a later line when it is hidden.
    public func row(containing position: TextPosition) -> Int? {
        var fallback: Int?
        for (index, row) in rows.enumerated() where row.line > 0 {
            if row.line == position.line {
                if position.column < row.start + max(1, row.characters.count) { return index }
                fallback = index
            } else if row.line > position.line {
                return fallback ?? index
            }
        }
        return fallback
    }
}
