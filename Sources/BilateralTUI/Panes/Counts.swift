import BilateralCore

/// How many stances, articles and events are shown, against the corpus' totals when a
/// filter narrows them (`3/5 articles · 4/18 events · 18/80 stances`), as fzf counts.
enum Counts {
    static func text(_ result: FilteredModel, of model: CorpusModel, tally: ShownTally, filtered: Bool) -> String {
        let parts = [
            (tally.articles, "article"),
            (tally.events, "event"),
            (tally.stances, "stance"),
        ]
        return parts.map { count, noun in
            filtered ? "\(count.kept)/\(count.total) \(plural(noun, count.total))" : "\(count.kept) \(plural(noun, count.kept))"
        }.joined(separator: " · ")
    }

    /// `1 article`, `0 articles`, `2 articles`.
    static func plural(_ noun: String, _ count: Int) -> String {
        count == 1 ? noun : noun + "s"
    }
}

/// What the status line counts, as the panes show it: stances that count (`CorpusModel.counts`: not
/// rejected, not from a near-duplicate copy), and articles and events with copies left out, since the
/// timeline shows each story once. Counted when the result or the verdicts change, not at every frame.
public struct ShownTally: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public var kept = 0
        public var total = 0
    }

    public var articles = Count()
    public var events = Count()
    public var stances = Count()

    init() {}

    init(model: CorpusModel, result: FilteredModel) {
        let stances = model.stances
        self.stances = Count(
            kept: result.stances.reduce(0) { $0 + (model.counts(stances[$1]) ? 1 : 0) },
            total: stances.reduce(0) { $0 + (model.counts($1) ? 1 : 0) })
        guard !model.duplicates.isEmpty else {
            articles = Count(kept: result.articles.count, total: model.articles.count)
            events = Count(kept: result.events.count, total: model.events.count)
            return
        }
        let isCopy = model.articles.indices.map(model.duplicates.isCopy)
        var copyIDs: Set<String> = []
        for (index, article) in model.articles.enumerated() where isCopy[index] { copyIDs.insert(article.id) }
        articles = Count(
            kept: result.articles.reduce(0) { $0 + (isCopy[$1] ? 0 : 1) },
            total: isCopy.reduce(0) { $0 + ($1 ? 0 : 1) })
        let events = model.events
        self.events = Count(
            kept: result.events.reduce(0) { $0 + (copyIDs.contains(events[$1].article) ? 0 : 1) },
            total: events.reduce(0) { $0 + (copyIDs.contains($1.article) ? 0 : 1) })
    }
}
