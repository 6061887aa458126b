/// The relationship's timeline: eras, and under each the articles and dated events, in date order.
///
/// Placeholder: groups by the analyses' eras until the timeline builder lands.
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
    public init(model: CorpusModel, filtered: FilteredModel, pair: (String, String) = ("RUS", "JPN")) {
        var sections = model.eras.map { Section(era: $0) }
        var undated = Section(era: nil)
        for index in filtered.articles {
            let era = model.analyses[index].era
            if let position = model.eras.firstIndex(where: { $0.id == era }) {
                sections[position].entries.append(.article(index))
            } else {
                undated.entries.append(.article(index))
            }
        }
        if !undated.entries.isEmpty { sections.append(undated) }
        self.sections = sections
    }
}
