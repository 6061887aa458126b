/// The relationship's timeline: eras, and under each the articles and dated events, in date order.
public struct Timeline: Sendable, Equatable {
    /// One row under an era header.
    public enum Entry: Sendable, Equatable {
        /// Index into `CorpusModel.articles`.
        case article(Int)
        /// Index into `CorpusModel.events`.
        case event(Int)
    }

    public struct Section: Sendable, Equatable {
        /// Nil for the articles and events that fall in no era.
        public var era: Era?
        /// Sum of the Goldstein scores of the selected pair's stances in this era, both directions.
        public var netScore: Double
        /// Net score per year of the era, oldest first, for a sparkline.
        public var yearlyScores: [Double]
        public var entries: [Entry]

        public init(era: Era?, netScore: Double = 0, yearlyScores: [Double] = [], entries: [Entry] = []) {
            self.era = era
            self.netScore = netScore
            self.yearlyScores = yearlyScores
            self.entries = entries
        }
    }

    public var sections: [Section]

    public init(sections: [Section]) {
        self.sections = sections
    }

    /// Builds the timeline of what `filtered` keeps of `model`, scoring the stances between `pair`.
    ///
    /// Articles sit in the era containing their date (undated ones in the era extraction gave
    /// them), events in the era containing the event's date; both in date order, undated
    /// articles last. Persons and bodies count as the state they act for.
    public init(model: CorpusModel, filtered: FilteredModel, pair: (String, String) = ("RUS", "JPN")) {
        self.init(model: model, filtered: filtered, pair: pair, index: FilterIndex.cached(for: model))
    }

    /// The same, with an index built from `model`.
    public init(model: CorpusModel, filtered: FilteredModel, pair: (String, String), index: FilterIndex) {
        let noEra = model.eras.count
        var placed = [[(key: SortKey, entry: Entry)]](repeating: [], count: noEra + 1)
        for article in filtered.articles where model.articles.indices.contains(article) {
            let era = index.articleEra.indices.contains(article) ? index.articleEra[article] ?? noEra : noEra
            placed[era].append((SortKey(date: model.articles[article].date, kind: 0, index: article), .article(article)))
        }
        for event in filtered.events where model.events.indices.contains(event) {
            let date = model.events[event].date
            let era = model.eras.firstIndex { $0.contains(date) } ?? noEra
            placed[era].append((SortKey(date: date, kind: 1, index: event), .event(event)))
        }
        let scores = PairScores(model: model, filtered: filtered, pair: pair, index: index)
        var sections = model.eras.enumerated().map { position, era in
            Section(
                era: era, netScore: scores.net[position] ?? 0,
                yearlyScores: scores.yearly(era: era, position: position),
                entries: placed[position].sorted { $0.key < $1.key }.map(\.entry)
            )
        }
        if !placed[noEra].isEmpty {
            sections.append(Section(
                era: nil, netScore: scores.net[noEra] ?? 0,
                entries: placed[noEra].sorted { $0.key < $1.key }.map(\.entry)
            ))
        }
        self.sections = sections
    }

    /// Date order; undated entries after dated ones; articles before events of the same date.
    private struct SortKey: Comparable {
        var date: PartialDate?
        var kind: Int
        var index: Int

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            switch (lhs.date, rhs.date) {
            case let (left?, right?) where left != right: return left < right
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (lhs.kind, lhs.index) < (rhs.kind, rhs.index)
            }
        }
    }
}
