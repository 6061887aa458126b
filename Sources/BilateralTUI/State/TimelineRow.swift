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

    /// True for the era lines (the header and the score line under it).
    public var isHeader: Bool {
        switch self {
        case .header, .summary: return true
        case .article, .event: return false
        }
    }

    /// True for the rows the selection stops on: entries, and era headers (where Enter and
    /// Space fold the era); the score line under a header is skipped.
    public var isSelectable: Bool {
        if case .summary = self { return false }
        return true
    }

    /// The rows of `timeline`: each section's header, then its entries.
    public static func rows(of timeline: Timeline) -> [TimelineRow] {
        rows(of: timeline, folding: nil).rows
    }

    /// What folding hides: per section whether it is folded, per article whether its events are.
    struct Folding {
        var sectionFolded: [Bool]
        var articleFolded: [Bool]
        /// The article (index into `CorpusModel.articles`) of each event, nil when unknown.
        var eventArticle: [Int?]
    }

    /// The rows of `timeline` with what `folding` hides left out, and per folded article shown
    /// how many of its events it hides.
    static func rows(of timeline: Timeline, folding: Folding?) -> (rows: [TimelineRow], hiddenEvents: HiddenEventCounts) {
        var rows: [TimelineRow] = []
        var hidden = HiddenEventCounts()
        rows.reserveCapacity(timeline.sections.reduce(timeline.sections.count * 2) { $0 + $1.entries.count })
        for (index, section) in timeline.sections.enumerated() {
            rows.append(.header(index))
            if section.era != nil { rows.append(.summary(index)) }
            let sectionFolded = folding.map { $0.sectionFolded.indices.contains(index) && $0.sectionFolded[index] } ?? false
            for entry in section.entries {
                switch entry {
                case .article(let article):
                    if !sectionFolded { rows.append(.article(article)) }
                case .event(let event):
                    // A folded article counts its events wherever they sit, in a folded era too.
                    if let folding, folding.eventArticle.indices.contains(event), let article = folding.eventArticle[event],
                       folding.articleFolded.indices.contains(article), folding.articleFolded[article] {
                        hidden.add(article: article, articleCount: folding.articleFolded.count)
                    } else if !sectionFolded {
                        rows.append(.event(event))
                    }
                }
            }
        }
        return (rows, hidden)
    }
}
