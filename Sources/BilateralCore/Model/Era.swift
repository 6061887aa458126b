/// A period of a relationship, from the era catalogue.
public struct Era: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var label: String
    public var start: PartialDate
    public var end: PartialDate
    public var summary: String

    public init(id: String, label: String, start: PartialDate, end: PartialDate, summary: String) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
        self.summary = summary
    }

    /// True when the first day of `date` falls between the era's first and last day.
    public func contains(_ date: PartialDate) -> Bool {
        let day = date.firstDay
        let from = start.firstDay
        let lastMonth = end.month ?? 12
        let to = (end.year, lastMonth, end.day ?? PartialDate.daysIn(month: lastMonth, year: end.year))
        return (from.year, from.month, from.day) <= (day.year, day.month, day.day)
            && (day.year, day.month, day.day) <= to
    }
}
