import BilateralCore

extension AppState {
    /// The searchable text of list row `row` in `pane` (timeline or stances).
    func listText(_ pane: Pane, row: Int) -> String {
        switch pane {
        case .timeline:
            switch timeline.rows[row] {
            case .article(let index):
                let article = model.articles[index]
                return (article.date?.iso ?? "") + " " + article.title + " " + article.id
            case .event(let index):
                let event = model.events[index]
                return event.date.iso + " " + event.sentence
            case .header, .summary:
                return ""
            }
        case .stances:
            let stance = model.stances[stances.indices[row]]
            return [actorName(stance.holder), stance.holder, actorName(stance.target), stance.target, stance.cue, stance.category, stance.evidence]
                .joined(separator: " ")
        case .article:
            return ""
        }
    }

    /// Rows of the focused list whose text holds the query (smart case), in list order.
    mutating func findListMatches() {
        search.rows = []
        search.current = nil
        guard search.isActive else { return }
        let caseless = !search.query.contains(where: \.isUppercase)
        let needle = caseless ? search.query.lowercased() : search.query
        let count = search.pane == .timeline ? timeline.rows.count : stances.indices.count
        for row in 0..<count {
            let text = listText(search.pane, row: row)
            if (caseless ? text.lowercased() : text).contains(needle) { search.rows.append(row) }
        }
    }

    /// Selects the first matching row at or after where the search started (wrapping).
    mutating func jumpToFirstListMatch() {
        guard !search.rows.isEmpty else {
            selectListRow(searchOrigin)
            return
        }
        let first = search.rows.firstIndex { $0 >= searchOrigin } ?? 0
        showListMatch(first)
    }

    mutating func showListMatch(_ index: Int) {
        search.current = index
        selectListRow(search.rows[index])
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
