import BilateralCore

/// The whole corpus's timeline, built once, and filtered ones on demand.
///
/// Where an entry sits and in what order depends only on its date and era, never on the
/// filter, so the core keeps that order in its `FilterIndex` and a filtered timeline is a
/// linear pass over it rather than a sort of tens of thousands of entries per keystroke.
struct TimelineCache: Sendable, Equatable {
    let whole: Timeline
    let pair: [String]

    init(model: CorpusModel, pair: [String]) {
        self.pair = pair
        whole = Timeline(model: model, filtered: .everything(in: model), pair: (pair[0], pair[1]))
    }

    /// The timeline of what `filtered` keeps: the core's, which is one pass over the index's
    /// fixed row order plus the pair's scores over the kept stances.
    func timeline(of model: CorpusModel, filtered: FilteredModel) -> Timeline {
        Timeline(model: model, filtered: filtered, pair: (pair[0], pair[1]))
    }
}
