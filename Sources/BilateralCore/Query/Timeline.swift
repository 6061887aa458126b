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
        /// Net score per year of the era, oldest first.
        public var yearlyScores: [Double]
        public var entries: [Entry]
        /// The pair's counted stances in this era, both directions.
        public var stanceCount: Int = 0
        public var cooperative: Int = 0
        public var conflictual: Int = 0
        /// Mean score per stance of each year (each month when `trendIsMonthly`), nil where there is none.
        public var trend: [Double?] = []
        public var trendIsMonthly = false
        /// For an event shown once for several that repeat it (see `RepeatedEvents`), how many
        /// the filter kept, itself included; events without copies are absent.
        public var eventCopies: [Int: Int] = [:]

        public init(era: Era?, netScore: Double = 0, yearlyScores: [Double] = [], entries: [Entry] = []) {
            self.era = era
            self.netScore = netScore
            self.yearlyScores = yearlyScores
            self.entries = entries
        }

        /// Mean Goldstein score per stance, comparable across eras of any size (0 without stances).
        public var meanScore: Double { stanceCount == 0 ? 0 : netScore / Double(stanceCount) }
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
    public init(model: CorpusModel, filtered: FilteredModel, pair: (String, String)? = nil) {
        // No pair named: the model's focal one.
        let focal = pair ?? (model.pair.count == 2 ? (model.pair[0], model.pair[1]) : ("RUS", "JPN"))
        self.init(model: model, filtered: filtered, pair: focal, index: FilterIndex.cached(for: model))
    }

    /// The same, with an index built from `model`.
    public init(model: CorpusModel, filtered: FilteredModel, pair: (String, String), index: FilterIndex) {
        let noEra = model.eras.count
        // The kept entries as bits over the fixed order: the pass below reads only those, in order.
        let kept = index.timelinePositions.kept(filtered)
        var entries = [[Entry]](repeating: [], count: noEra + 1)
        // An event repeating one already kept (same date, actors and normalised sentence) is
        // counted on the first instead of shown; repeats share a date, so they share a section.
        let repeated = index.repeatedEvents.groups(of: model)
        var shownFor = [Int32](repeating: -1, count: repeated.groupCount)
        var copies = [[Int: Int]](repeating: [:], count: noEra + 1)
        // The order runs section by section: one section's entries are gathered in a flat array
        // and handed over when the next section starts.
        var current: [Entry] = []
        var currentSection = -1
        repeated.group.withUnsafeBufferPointer { group in
            index.timelineOrder.withUnsafeBufferPointer { order in
                for (word, bits) in kept.enumerated() {
                    var bits = bits
                    while bits != 0 {
                        let (section, entry) = order[word << 6 | bits.trailingZeroBitCount]
                        bits &= bits - 1
                        if section != currentSection {
                            if currentSection >= 0 { entries[currentSection] += current }
                            current.removeAll(keepingCapacity: true)
                            currentSection = section
                        }
                        guard case .event(let event) = entry else {
                            current.append(entry)
                            continue
                        }
                        let group = Int(group[event])
                        let shown = Int(shownFor[group])
                        if shown < 0 {
                            shownFor[group] = Int32(clamping: event)
                            current.append(entry)
                        } else {
                            copies[section][shown, default: 1] += 1
                        }
                    }
                }
            }
        }
        if currentSection >= 0 { entries[currentSection] += current }
        let scores = PairScores(model: model, filtered: filtered, pair: pair, index: index)
        func counted(_ section: Section, _ position: Int) -> Section {
            var section = section
            section.stanceCount = scores.counts[position]
            section.cooperative = scores.cooperative[position]
            section.conflictual = scores.conflictual[position]
            if let era = section.era { (section.trend, section.trendIsMonthly) = scores.trend(era: era, position: position) }
            section.eventCopies = copies[position]
            return section
        }
        var sections = model.eras.enumerated().map { position, era in
            counted(Section(
                era: era, netScore: scores.net[position], yearlyScores: scores.yearly(era: era, position: position),
                entries: entries[position]
            ), position)
        }
        if !entries[noEra].isEmpty {
            sections.append(counted(Section(era: nil, netScore: scores.net[noEra], entries: entries[noEra]), noEra))
        }
        self.sections = sections
    }
}
