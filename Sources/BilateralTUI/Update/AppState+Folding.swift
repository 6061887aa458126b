import BilateralCore
import TerminalUI

/// Timeline folding: Space (or Enter on an era) folds the row's era or article, `[` folds
/// everything, `]` unfolds everything. Folds name eras and articles by id, so they outlive
/// filters and are part of the session.
extension AppState {
    /// The fold key of section `index`: its era's id, or the "No era" key.
    func foldKey(ofSection index: Int) -> String {
        guard timeline.sections.indices.contains(index), let era = timeline.sections[index].era else { return TimelineFolds.noEraKey }
        return era.id
    }

    /// Lays the rows out again from the sections and the folds; repeated events' counts too.
    mutating func fillTimelineRows() {
        let folds = timeline.folds
        var folding: TimelineRow.Folding?
        if !folds.isOpen {
            let index = FilterIndex.cached(for: model)
            var articleFolded: [Bool] = []
            if !folds.articles.isOpen {
                articleFolded = [Bool](repeating: folds.articles.foldedByDefault, count: model.articles.count)
                for id in folds.articles.toggled {
                    if let article = articleIndexByID[id] { articleFolded[article].toggle() }
                }
            }
            folding = TimelineRow.Folding(
                sectionFolded: timeline.sections.indices.map { folds.eras.isFolded(foldKey(ofSection: $0)) },
                articleFolded: articleFolded,
                eventArticle: index.eventArticles)
        }
        let laidOut = TimelineRow.rows(of: Timeline(sections: timeline.sections), folding: folding)
        timeline.rows = laidOut.rows
        timeline.hiddenEvents = laidOut.hiddenEvents
        var copies: [Int: Int] = [:]
        for section in timeline.sections where !section.eventCopies.isEmpty {
            copies.merge(section.eventCopies) { first, _ in first }
        }
        timeline.eventCopies = copies
    }

    /// Space, or Enter on an era: folds or unfolds the selected era or article; on an event, folds its article.
    mutating func toggleFold() {
        guard let row = timeline.selectedRow else { return }
        let section = sectionOfSelection()
        switch row {
        case .header(let index), .summary(let index):
            let key = foldKey(ofSection: index)
            timeline.folds.eras.toggle(key)
            let label = timeline.sections[index].era?.label ?? "No era"
            refold(keeping: .header(index), section: index)
            message = timeline.folds.eras.isFolded(key) ? "\(label) folded (Space again opens it)" : "\(label) unfolded"
        case .article(let index):
            let events = eventCount(ofArticle: index)
            guard events > 0 else {
                message = "no events under this article"
                return
            }
            let id = model.articles[index].id
            timeline.folds.articles.toggle(id)
            refold(keeping: row, section: section)
            let noun = events == 1 ? "event" : "events"
            message = timeline.folds.articles.isFolded(id)
                ? "\(events) \(noun) folded under the article" : "\(events) \(noun) shown at their dates"
        case .event(let index):
            guard let article = FilterIndex.cached(for: model).article(ofEvent: index) else { return }
            timeline.folds.articles.set(model.articles[article].id, folded: true)
            refold(keeping: .article(article), section: section)
            message = "events folded under their article"
        }
    }

    /// Unfolds the era holding `row`, and for an event its article, when a fold hides the row;
    /// the selected row keeps its screen line.
    mutating func unfold(toShow row: TimelineRow) {
        guard !timeline.rows.contains(row) else { return }
        let entry: Timeline.Entry
        switch row {
        case .article(let index): entry = .article(index)
        case .event(let index): entry = .event(index)
        case .header, .summary: return
        }
        guard let section = timeline.sections.firstIndex(where: { $0.entries.contains(entry) }) else { return }
        timeline.folds.eras.set(foldKey(ofSection: section), folded: false)
        if case .event(let event) = row, let article = FilterIndex.cached(for: model).article(ofEvent: event) {
            timeline.folds.articles.set(model.articles[article].id, folded: false)
        }
        let selected = timeline.selectedRow
        let screenLine = timeline.list.selected - timeline.list.offset
        fillTimelineRows()
        if let selected, let position = timeline.rows.firstIndex(of: selected) {
            timeline.list.offset = max(0, position - screenLine)
            timeline.list.select(position, count: timeline.rows.count, height: timelineViewport)
        }
    }

    /// `[`: every era and article folded; the selection goes to its era's header.
    mutating func foldAll() {
        let section = sectionOfSelection()
        timeline.folds = .allFolded
        refold(keeping: section.map(TimelineRow.header) ?? .header(0), section: section)
        message = "all folded (] unfolds all)"
    }

    /// `]`: nothing folded; the selection stays where it is.
    mutating func unfoldAll() {
        let kept = timeline.selectedRow
        timeline.folds = TimelineFolds()
        refold(keeping: kept ?? .header(0), section: sectionOfSelection())
        message = "all unfolded"
    }

    /// The section the selected row belongs to: the header at or above it.
    func sectionOfSelection() -> Int? {
        var position = min(timeline.list.selected, timeline.rows.count - 1)
        while position >= 0 {
            if case .header(let section) = timeline.rows[position] { return section }
            position -= 1
        }
        return nil
    }

    /// How many of article `index`'s events the timeline has, shown or folded.
    func eventCount(ofArticle index: Int) -> Int {
        let events = FilterIndex.cached(for: model)
        return timeline.sections.reduce(0) { total, section in
            total + section.entries.reduce(0) { count, entry in
                if case .event(let event) = entry, events.article(ofEvent: event) == index { return count + 1 }
                return count
            }
        }
    }

    /// Re-lays the rows and selects `target`, else the header of `section`; the selected row
    /// stays on the same screen line, so folding never makes the view jump.
    private mutating func refold(keeping target: TimelineRow, section: Int?) {
        let before = timeline.selectedRow
        let screenLine = timeline.list.selected - timeline.list.offset
        fillTimelineRows()
        let position = timeline.rows.firstIndex(of: target)
            ?? section.flatMap { timeline.rows.firstIndex(of: .header($0)) }
            ?? firstEntryRow(from: 0, step: 1) ?? 0
        timeline.list.offset = max(0, position - screenLine)
        timeline.list.select(position, count: timeline.rows.count, height: timelineViewport)
        if timeline.selectedRow != before { timelineSelectionChanged() }
    }
}
