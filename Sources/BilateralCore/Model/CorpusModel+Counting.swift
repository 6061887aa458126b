/// The one place that decides what counts in scores and counts. Every score, tally and per-era figure
/// asks here, so a stance the user rejected, or a stance of a near-duplicate copy of another article (the
/// story counts once, through its canonical article), drops out of all of them at once.
extension CorpusModel {
    /// True when `stance` counts in scores and counts: the user has not rejected it and it is not from a copy.
    public func counts(_ stance: Stance) -> Bool {
        stance.verdict != .rejected && !stance.fromCopy
    }

    /// The stances that count, in model order.
    public var countedStances: [Stance] {
        stances.filter(counts)
    }

    /// The marks kept under `key` (an `Article.marksKey`; a path for an article that is its whole file), empty when none.
    public func marks(ofArticleAt key: String) -> ArticleMarks {
        marks[key] ?? ArticleMarks()
    }

    /// The marks of `article` (empty when it has none).
    public func marks(of article: Article) -> ArticleMarks {
        marks(ofArticleAt: article.marksKey)
    }

    /// The state or organisation actor `id` acts for (itself when it acts for none), followed up.
    func principal(of id: String, affiliations: [String: String]) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let parent = affiliations[current], seen.insert(parent).inserted { current = parent }
        return current
    }

    /// Actor id → the id it acts for, from the model's actors.
    var affiliations: [String: String] {
        var table: [String: String] = [:]
        for actor in actors {
            if let parent = actor.affiliation, parent != actor.id { table[actor.id] = parent }
        }
        return table
    }
}
