import BilateralCore

/// One row of the timeline pane: an era header, an article or an event.
public enum TimelineRow: Sendable, Hashable {
    /// Index into the timeline's sections.
    case header(Int)
    /// The line under an era header: the pair's net score and a sparkline per year.
    case summary(Int)
    /// Index into `CorpusModel.articles`.
    case article(Int)
    /// Index into `CorpusModel.events`.
    case event(Int)

    /// True for the era lines, which the selection skips.
    public var isHeader: Bool {
        switch self {
        case .header, .summary: return true
        case .article, .event: return false
        }
    }

    /// The rows of `timeline`: each section's header, then its entries.
    public static func rows(of timeline: Timeline) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        rows.reserveCapacity(timeline.sections.reduce(timeline.sections.count) { $0 + $1.entries.count })
        for (index, section) in timeline.sections.enumerated() {
            rows.append(.header(index))
            if section.era != nil { rows.append(.summary(index)) }
            for entry in section.entries {
                switch entry {
                case .article(let article): rows.append(.article(article))
                case .event(let event): rows.append(.event(event))
                }
            }
        }
        return rows
    }
}
