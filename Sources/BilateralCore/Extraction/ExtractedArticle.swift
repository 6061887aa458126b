/// One article and what extraction found in it: the unit that parallel extraction produces and the store keeps.
public struct ExtractedArticle: Sendable {
    /// The article as extraction left it (sentences split, date inferred when the text gave none).
    public var article: Article
    public var analysis: ArticleAnalysis
    public var events: [Event]
    public var stances: [Stance]
    /// The ids the analysis counts, each once, in the order first met.
    public var mentioned: [String]

    public init(article: Article, analysis: ArticleAnalysis, events: [Event], stances: [Stance], mentioned: [String]) {
        self.article = article
        self.analysis = analysis
        self.events = events
        self.stances = stances
        self.mentioned = mentioned
    }
}
