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

    /// - Parameter countedStances: how many of the model's stances count (`CorpusModel.counts`), known beforehand:
    ///   counting them at every keystroke was a pass over every stance of the corpus.
    /// The same, reading which stances count from `model`.
    init(model: CorpusModel, result: FilteredModel, copies: CopyFlags, countedStances: Int) {
        self.init(result: result, stanceCounts: model.stances.map(model.counts), copies: copies, countedStances: countedStances)
    }

    /// - Parameter stanceCounts: per stance of the model, whether it counts (`CorpusModel.counts`).
    init(result: FilteredModel, stanceCounts: [Bool], copies: CopyFlags, countedStances: Int) {
        self.stances = Count(
            kept: result.stances.reduce(0) { $0 + (stanceCounts[$1] ? 1 : 0) },
            total: countedStances)
        articles = Count(kept: copies.shown(result.articles, of: copies.articleIsCopy), total: copies.articlesShown)
        events = Count(kept: copies.shown(result.events, of: copies.eventIsFromCopy), total: copies.eventsShown)
    }
}

/// Which articles are near-duplicate copies and which events are theirs, found once per model so that
/// counting a result is a pass over its indices (a filter keystroke must not hash every event's article id).
struct CopyFlags: Sendable, Equatable {
    /// Empty when the corpus has no copies.
    let articleIsCopy: [Bool]
    let eventIsFromCopy: [Bool]
    let articlesShown: Int
    let eventsShown: Int

    init(model: CorpusModel, articleIndexByID: [String: Int]) {
        guard !model.duplicates.isEmpty else {
            articleIsCopy = []
            eventIsFromCopy = []
            articlesShown = model.articles.count
            eventsShown = model.events.count
            return
        }
        let isCopy = model.duplicates.copyFlags(articleCount: model.articles.count)
        articleIsCopy = isCopy
        eventIsFromCopy = model.events.map { event in articleIndexByID[event.article].map { isCopy[$0] } ?? false }
        articlesShown = isCopy.reduce(0) { $0 + ($1 ? 0 : 1) }
        eventsShown = eventIsFromCopy.reduce(0) { $0 + ($1 ? 0 : 1) }
    }

    /// How many of `indices` are not copies (all of them when the corpus has none).
    func shown(_ indices: [Int], of isCopy: [Bool]) -> Int {
        isCopy.isEmpty ? indices.count : indices.reduce(0) { $0 + (isCopy[$1] ? 0 : 1) }
    }
}
