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
        var keptArticles = [Bool](repeating: false, count: model.articles.count)
        for article in filtered.articles where keptArticles.indices.contains(article) { keptArticles[article] = true }
        var keptEvents = [Bool](repeating: false, count: model.events.count)
        for event in filtered.events where keptEvents.indices.contains(event) { keptEvents[event] = true }
        var entries = [[Entry]](repeating: [], count: noEra + 1)
        for (section, entry) in index.timelineOrder {
            switch entry {
            case .article(let article) where keptArticles[article]: entries[section].append(entry)
            case .event(let event) where keptEvents[event]: entries[section].append(entry)
            default: continue
            }
        }
        let scores = PairScores(model: model, filtered: filtered, pair: pair, index: index)
        var sections = model.eras.enumerated().map { position, era in
            Section(
                era: era, netScore: scores.net[position], yearlyScores: scores.yearly(era: era, position: position),
                entries: entries[position]
            )
        }
        if !entries[noEra].isEmpty {
            sections.append(Section(era: nil, netScore: scores.net[noEra], entries: entries[noEra]))
        }
        self.sections = sections
    }
}
