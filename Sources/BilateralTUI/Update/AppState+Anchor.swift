import BilateralCore

/// The selected timeline row by what it shows rather than by its position in the model, so that a
/// model numbered otherwise (the next step of a corpus still opening) selects the same row.
public enum TimelineAnchor: Sendable, Hashable {
    case article(id: String)
    case event(article: String, line: Int, date: PartialDate, sentence: String)
    case era(key: String)
}

extension AppState {
    public var timelineAnchor: TimelineAnchor? {
        switch timeline.selectedRow {
        case .article(let index): return .article(id: model.articles[index].id)
        case .event(let index):
            let event = model.events[index]
            return .event(article: event.article, line: event.line, date: event.date, sentence: event.sentence)
        case .header(let section), .summary(let section): return .era(key: foldKey(ofSection: section))
        case nil: return nil
        }
    }

    /// Selects the row `anchor` names, on screen line `screenLine` of the pane when it can; nothing
    /// changes when the row is not there (yet).
    public mutating func reselect(_ anchor: TimelineAnchor?, screenLine: Int) {
        guard let anchor, let row = row(for: anchor) else { return }
        // An event folded away under its article: the article.
        var position = timeline.rows.firstIndex(of: row)
        if position == nil, case .event(let article, _, _, _) = anchor, let index = articleIndexByID[article] {
            position = timeline.rows.firstIndex(of: .article(index))
        }
        guard let position else { return }
        let before = timeline.selectedRow
        timeline.list.offset = max(0, position - max(0, screenLine))
        timeline.list.select(position, count: timeline.rows.count, height: timelineViewport)
        if timeline.selectedRow != before { timelineSelectionChanged() }
    }

    /// While a corpus opens, the folds follow the size it will have (`expectedArticles`, the files
    /// to open) rather than the part open so far, so they do not change as articles arrive; folds
    /// the user set are kept.
    public mutating func foldForExpectedSize(_ expectedArticles: Int) {
        let current = TimelineFolds.initial(articleCount: model.articles.count)
        let expected = TimelineFolds.initial(articleCount: max(expectedArticles, model.articles.count))
        guard timeline.folds == current, expected != current else { return }
        timeline.folds = expected
        rebuildTimeline()
    }

    private func row(for anchor: TimelineAnchor) -> TimelineRow? {
        switch anchor {
        case .article(let id):
            return articleIndexByID[id].map(TimelineRow.article)
        case .event(let article, let line, let date, let sentence):
            return model.events.firstIndex { $0.line == line && $0.date == date && $0.article == article && $0.sentence == sentence }
                .map(TimelineRow.event)
        case .era(let key):
            return timeline.sections.indices.first { foldKey(ofSection: $0) == key }.map(TimelineRow.header)
        }
    }
}
