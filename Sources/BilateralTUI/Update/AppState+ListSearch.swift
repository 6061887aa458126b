import BilateralCore

extension AppState {
    /// The searchable text of list row `row` in `pane` (timeline or stances).
    func listText(_ pane: Pane, row: Int) -> String {
        switch pane {
        case .timeline:
            return timelineText(timeline.rows[row])
        case .stances:
            let stance = model.stances[stances.indices[row]]
            return [actorName(stance.holder), stance.holder, actorName(stance.target), stance.target, stance.cue, stance.category, stance.evidence]
                .joined(separator: " ")
        case .article:
            return ""
        }
    }

    /// The searchable text of a timeline row: an era header's name, an article's date, title
    /// and id, an event's date and sentence.
    func timelineText(_ row: TimelineRow) -> String {
        switch row {
        case .header(let section):
            // Read from the same sections the search walks, so the index always names this era.
            guard timeline.sections.indices.contains(section) else { return "" }
            return timeline.sections[section].era?.label ?? "No era"
        case .article(let index):
            let article = model.articles[index]
            return (article.date?.iso ?? "") + " " + article.title + " " + article.id
        case .event(let index):
            let event = model.events[index]
            return event.date.iso + " " + event.sentence
        case .summary:
            return ""
        }
    }

    /// Every row of the timeline with nothing folded, in order: what a timeline search looks through.
    var unfoldedTimelineRows: [TimelineRow] {
        TimelineRow.rows(of: Timeline(sections: timeline.sections))
    }

    /// Rows of the focused list whose text holds the query (smart case), in list order; in the
    /// timeline, rows a fold hides too, as a tree view's search finds what is collapsed.
    mutating func findListMatches() {
        search.rows = []
        search.entries = []
        search.current = nil
        guard search.isActive else { return }
        let caseless = !search.query.contains(where: \.isUppercase)
        let needle = caseless ? search.query.lowercased() : search.query
        func holds(_ text: String) -> Bool { (caseless ? text.lowercased() : text).contains(needle) }
        if search.pane == .timeline {
            for (position, row) in unfoldedTimelineRows.enumerated() where holds(timelineText(row)) {
                search.rows.append(position)
                search.entries.append(row)
            }
            return
        }
        for row in 0..<stances.indices.count where holds(listText(search.pane, row: row)) { search.rows.append(row) }
    }

    /// Selects the first matching row at or after where the search started (wrapping).
    mutating func jumpToFirstListMatch() {
        guard !search.rows.isEmpty else {
            restoreListSelection()
            return
        }
        // Timeline matches are counted among all rows, folded ones too: so is where the search started.
        let origin = search.pane == .timeline
            ? (searchOriginRow.flatMap { unfoldedTimelineRows.firstIndex(of: $0) } ?? 0) : searchOrigin
        let first = search.rows.firstIndex { $0 >= origin } ?? 0
        showListMatch(first)
    }

    mutating func showListMatch(_ index: Int) {
        search.current = index
        if search.pane == .timeline, search.entries.indices.contains(index) {
            show(timelineRow: search.entries[index])
            return
        }
        selectListRow(search.rows[index])
    }

    /// Selects `row` in the timeline, first unfolding the era (and for an event the article) that hides it.
    mutating func show(timelineRow row: TimelineRow) {
        let before = timeline.selectedRow
        unfold(toShow: row)
        guard let position = timeline.rows.firstIndex(of: row) else { return }
        timeline.list.select(position, count: timeline.rows.count, height: timelineViewport)
        if timeline.selectedRow != before { timelineSelectionChanged() }
    }

    /// Puts back the timeline's folds as they were when the search started, the selected row kept.
    mutating func refoldAsSearchStarted() {
        guard search.pane == .timeline, let folds = searchOriginFolds, timeline.folds != folds else { return }
        let selected = timeline.selectedRow
        timeline.folds = folds
        fillTimelineRows()
        let position = selected.flatMap { timeline.rows.firstIndex(of: $0) }
            ?? searchOriginRow.flatMap { timeline.rows.firstIndex(of: $0) } ?? 0
        timeline.list.select(position, count: timeline.rows.count, height: timelineViewport)
        if timeline.selectedRow != selected { timelineSelectionChanged() }
    }

    /// Esc in a list search: the selection goes back to the row the search started on.
    mutating func restoreListSelection() {
        if search.pane == .timeline, let row = searchOriginRow, let position = timeline.rows.firstIndex(of: row) {
            selectListRow(position)
        } else {
            selectListRow(searchOrigin)
        }
    }

    mutating func selectListRow(_ row: Int) {
        switch search.pane {
        case .timeline:
            guard timeline.rows.indices.contains(row), timeline.list.selected != row else { return }
            timeline.list.select(row, count: timeline.rows.count, height: timelineViewport)
            timelineSelectionChanged()
        case .stances:
            guard stances.indices.indices.contains(row), stances.list.selected != row else { return }
            stances.list.select(row, count: stances.indices.count, height: stancesViewport)
            stanceSelectionChanged()
        case .article:
            return
        }
    }
}
