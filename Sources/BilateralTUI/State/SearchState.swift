import BilateralCore

/// One match of the article search, in source coordinates.
public struct TextMatch: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var length: Int

    public init(line: Int, column: Int, length: Int) {
        self.line = line
        self.column = column
        self.length = length
    }

    public var start: TextPosition { TextPosition(line: line, column: column) }
}

/// The `/` search in the open article.
public struct SearchState: Sendable, Hashable {
    public var query: String = ""
    /// Where the search looks: the article's text, or the rows of the timeline or stances list.
    public var pane = Pane.article
    /// For a list search, the matching rows, in list order. In the timeline these count every
    /// row, those a fold hides too, so that a match inside a folded era or article is found.
    public var rows: [Int] = []
    /// For a timeline search, the matching article and event rows, one per entry of `rows`.
    public var entries: [TimelineRow] = []
    public var matches: [TextMatch] = []
    /// Index into `matches` of the one `n`/`N` moved to.
    public var current: Int?

    public init() {}

    public var isActive: Bool { !query.isEmpty }
}
