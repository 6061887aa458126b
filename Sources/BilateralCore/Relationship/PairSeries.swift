/// The focal pair's counted stances month by month (by their article's date, to the month at least).
public struct PairSeries: Sendable, Equatable {
    /// One month with stances.
    public struct Month: Sendable, Equatable {
        /// `year * 12 + month - 1`.
        public var index: Int
        public var stances: Int = 0
        public var cooperative: Int = 0
        public var conflictual: Int = 0
        public var net: Double = 0
        /// CAMEO category (`04 Consult`) → stances.
        public var categories: [String: Int] = [:]

        public var mean: Double { stances == 0 ? 0 : net / Double(stances) }
        public var date: PartialDate? { PairSeries.date(ofMonth: index) }
    }

    /// Months with at least one stance, oldest first.
    public var months: [Month]
    /// The first and last month any article of the corpus is dated in (a year alone spans its twelve).
    public var span: ClosedRange<Int>?

    public init(model: CorpusModel, pair: [String]) {
        let affiliations = model.affiliations
        let wanted = Set(pair)
        var dates: [String: PartialDate] = [:]
        var first: Int?, last: Int?
        for article in model.articles {
            guard let date = article.date else { continue }
            dates[article.id] = date
            let from = date.year * 12 + (date.month ?? 1) - 1, to = date.year * 12 + (date.month ?? 12) - 1
            first = min(first ?? from, from)
            last = max(last ?? to, to)
        }
        var byMonth: [Int: Month] = [:]
        if wanted.count == 2 {
            for stance in model.stances where model.counts(stance) {
                guard let date = dates[stance.article], let month = date.month else { continue }
                let holder = model.principal(of: stance.holder, affiliations: affiliations)
                let target = model.principal(of: stance.target, affiliations: affiliations)
                guard holder != target, wanted.contains(holder), wanted.contains(target) else { continue }
                let key = date.year * 12 + month - 1
                var entry = byMonth[key] ?? Month(index: key)
                entry.stances += 1
                entry.net += stance.score
                if stance.polarity == .cooperative { entry.cooperative += 1 }
                if stance.polarity == .conflictual { entry.conflictual += 1 }
                entry.categories[stance.category, default: 0] += 1
                byMonth[key] = entry
            }
        }
        months = byMonth.values.sorted { $0.index < $1.index }
        if let first, let last { span = first...last } else { span = nil }
    }

    public init(months: [Month], span: ClosedRange<Int>?) {
        self.months = months
        self.span = span
    }

    /// The month numbered `index` (`year * 12 + month - 1`); nil outside the years 1…9999.
    public static func date(ofMonth index: Int) -> PartialDate? {
        guard index >= 0 else { return nil }
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }
}
