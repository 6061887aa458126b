import BilateralCore

/// The article pane: what is open, how it is laid out and where it is scrolled to.
public struct ArticleState: Sendable, Equatable {
    /// Index into `CorpusModel.articles`.
    public var index: Int?
    public var document: ArticleDocument?
    /// The first document row on screen.
    public var scroll = 0
    public var highlight: Highlight?
    public var showBoilerplate = false
    /// Where the filter's text words fall in the open article, highlighted like search matches.
    public var filterMatches: [TextMatch] = []
}
