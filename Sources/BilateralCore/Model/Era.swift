/// A period of a relationship: from a user's era file, the built-in catalogue, or detected in the data.
public struct Era: Sendable, Hashable, Codable, Identifiable {
    /// Where an era comes from (`source` in the export contract).
    public enum Source: String, Sendable, Hashable, Codable {
        case file, catalogue, detected
    }

    public var id: String
    public var label: String
    public var start: PartialDate
    public var end: PartialDate
    public var summary: String
    /// Not in era files: set by whoever makes the era.
    public var source: Source = .catalogue
    /// What the data showed in this era; set for detected eras, whose label is made from it.
    public var statistics: EraStatistics?

    private enum CodingKeys: String, CodingKey {
        case id, label, start, end, summary
    }

    public init(
        id: String, label: String, start: PartialDate, end: PartialDate, summary: String,
        source: Source = .catalogue, statistics: EraStatistics? = nil
    ) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
        self.summary = summary
        self.source = source
        self.statistics = statistics
    }

    /// True when the first day of `date` falls between the era's first and last day.
    public func contains(_ date: PartialDate) -> Bool {
        let day = date.firstDay
        let from = start.firstDay
        let to = lastDay
        return (from.year, from.month, from.day) <= (day.year, day.month, day.day)
            && (day.year, day.month, day.day) <= (to.year, to.month, to.day)
    }

    /// The era's last day, whatever the precision its end is written to.
    public var lastDay: (year: Int, month: Int, day: Int) {
        let lastMonth = end.month ?? 12
        return (end.year, lastMonth, end.day ?? PartialDate.daysIn(month: lastMonth, year: end.year))
    }
}

/// The stances of the focal pair in one era, both directions, counted stances only.
public struct EraStatistics: Sendable, Hashable {
    public var stances: Int
    public var cooperative: Int
    public var conflictual: Int
    /// Mean Goldstein score per stance (0 with no stances).
    public var mean: Double
    /// Months of the era that have at least one stance.
    public var activeMonths: Int

    public init(stances: Int = 0, cooperative: Int = 0, conflictual: Int = 0, mean: Double = 0, activeMonths: Int = 0) {
        self.stances = stances
        self.cooperative = cooperative
        self.conflictual = conflictual
        self.mean = mean
        self.activeMonths = activeMonths
    }
}
