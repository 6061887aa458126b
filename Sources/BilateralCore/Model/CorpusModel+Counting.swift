/// The one place that decides what counts in scores and counts. Every score, tally and per-era figure
/// asks here, so a stance the user rejected (and, once duplicates are told apart, a stance of a duplicate
/// copy) drops out of all of them at once.
extension CorpusModel {
    /// True when `stance` counts in scores and counts: the user has not rejected it.
    public func counts(_ stance: Stance) -> Bool {
        stance.verdict != .rejected
    }

    /// The stances that count, in model order.
    public var countedStances: [Stance] {
        stances.filter(counts)
    }

    /// The marks of the article at `path` (empty when it has none).
    public func marks(ofArticleAt path: String) -> ArticleMarks {
        marks[path] ?? ArticleMarks()
    }
}
