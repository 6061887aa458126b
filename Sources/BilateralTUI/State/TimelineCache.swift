import BilateralCore

/// Filtered timelines cut from the whole corpus's timeline, built once.
///
/// Where an entry sits and in what order depends only on its date and era, never on the
/// filter, so a filtered timeline is the whole one with the dropped entries taken out: a
/// linear pass instead of placing and sorting tens of thousands of entries per keystroke.
/// The era scores still come from the core's `Timeline`, given only the kept stances.
struct TimelineCache: Sendable, Equatable {
    let whole: Timeline
    let pair: [String]

    init(model: CorpusModel, pair: [String]) {
        self.pair = pair
        whole = Timeline(model: model, filtered: .everything(in: model), pair: (pair[0], pair[1]))
    }

    /// The timeline of what `filtered` keeps; equal to `Timeline(model:filtered:pair:)` but for
    /// the score of the entries that fall in no era, which the dashboard does not show.
    func timeline(of model: CorpusModel, filtered: FilteredModel) -> Timeline {
        var keptArticles = [Bool](repeating: false, count: model.articles.count)
        for index in filtered.articles where keptArticles.indices.contains(index) { keptArticles[index] = true }
        var keptEvents = [Bool](repeating: false, count: model.events.count)
        for index in filtered.events where keptEvents.indices.contains(index) { keptEvents[index] = true }
        let scored = Timeline(
            model: model, filtered: FilteredModel(articles: [], events: [], stances: filtered.stances),
            pair: (pair[0], pair[1]))
        var sections: [Timeline.Section] = []
        for section in whole.sections {
            let entries = section.entries.filter { entry in
                switch entry {
                case .article(let index): return keptArticles.indices.contains(index) && keptArticles[index]
                case .event(let index): return keptEvents.indices.contains(index) && keptEvents[index]
                }
            }
            guard let era = section.era else {
                if !entries.isEmpty { sections.append(Timeline.Section(era: nil, entries: entries)) }
                continue
            }
            let scores = scored.sections.first { $0.era?.id == era.id }
            sections.append(Timeline.Section(
                era: era, netScore: scores?.netScore ?? 0, yearlyScores: scores?.yearlyScores ?? [], entries: entries))
        }
        return Timeline(sections: sections)
    }
}
