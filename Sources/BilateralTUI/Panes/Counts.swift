import BilateralCore

/// How many stances, articles and events are shown, against the corpus' totals when a
/// filter narrows them (`3/5 articles · 4/18 events · 18/80 stances`), as fzf counts.
enum Counts {
    static func text(_ result: FilteredModel, of model: CorpusModel, stances: StanceTally, filtered: Bool) -> String {
        let parts = [
            (result.articles.count, model.articles.count, "article"),
            (result.events.count, model.events.count, "event"),
            (stances.kept, stances.total, "stance"),
        ]
        return parts.map { kept, total, noun in
            filtered ? "\(kept)/\(total) \(plural(noun, total))" : "\(kept) \(plural(noun, kept))"
        }.joined(separator: " · ")
    }

    /// `1 article`, `0 articles`, `2 articles`.
    static func plural(_ noun: String, _ count: Int) -> String {
        count == 1 ? noun : noun + "s"
    }
}

/// The stances that count (`CorpusModel.counts`: not rejected), those the filter keeps and all,
/// counted when the result or the verdicts change rather than at every frame.
public struct StanceTally: Sendable, Equatable {
    public var kept = 0
    public var total = 0

    init() {}

    init(model: CorpusModel, kept: [Int]) {
        let stances = model.stances
        self.kept = kept.reduce(0) { $0 + (model.counts(stances[$1]) ? 1 : 0) }
        total = stances.reduce(0) { $0 + (model.counts($1) ? 1 : 0) }
    }
}
