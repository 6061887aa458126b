import BilateralCore

/// How many stances, articles and events are shown, against the corpus' totals when a
/// filter narrows them (`3/5 articles · 4/18 events · 18/80 stances`), as fzf counts.
enum Counts {
    static func text(_ result: FilteredModel, of model: CorpusModel, filtered: Bool) -> String {
        let parts = [
            (result.articles.count, model.articles.count, "article"),
            (result.events.count, model.events.count, "event"),
            // Stances the user rejected count nowhere (CorpusModel.counts).
            (result.stances.reduce(0) { $0 + (model.counts(model.stances[$1]) ? 1 : 0) }, model.countedStances.count, "stance"),
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
