import BilateralCore

extension AppState {
    /// Re-runs the filter when its query changed; a query that does not parse keeps the last result.
    mutating func applyFilter() {
        let query = filter.query
        guard query != filter.applied || filter.error != nil else { return }
        do {
            let parsed = try Filter.parse(query)
            filter.error = nil
            guard query != filter.applied else { return }
            let result = parsed.apply(to: model)
            filter.applied = query
            // Typing often leaves the result as it was ("r", "ru", "rus"): keep the timeline then.
            if result == filter.result {
                refreshStances()
            } else {
                filter.result = result
                rebuildTimeline()
            }
        } catch {
            filter.error = error
        }
    }

    /// Builds the timeline of the current result, keeping the selected article or event when it is still there.
    mutating func rebuildTimeline() {
        let previous = timeline.selectedRow
        let built = filter.isActive ? timelines.timeline(of: model, filtered: filter.result) : timelines.whole
        timeline.sections = built.sections
        timeline.rows = TimelineRow.rows(of: built)
        let kept = previous.flatMap { row in row.isHeader ? nil : timeline.rows.firstIndex(of: row) }
        // Otherwise the first article: starting on an event would open an article mid-way.
        let firstArticle = timeline.rows.firstIndex { if case .article = $0 { return true } else { return false } }
        let target = kept ?? firstArticle ?? firstEntryRow(from: 0, step: 1) ?? 0
        if kept == nil { timeline.list.offset = 0 }
        timeline.list.select(target, count: timeline.rows.count, height: timelineViewport)
        timelineSelectionChanged()
    }

    /// The first row at or after `start` (going by `step`) that is an article or an event.
    func firstEntryRow(from start: Int, step: Int) -> Int? {
        var index = start
        while timeline.rows.indices.contains(index) {
            if !timeline.rows[index].isHeader { return index }
            index += step
        }
        return nil
    }

    /// Shows what the timeline selection points at in the article and stance panes.
    mutating func timelineSelectionChanged() {
        switch timeline.selectedRow {
        case .article(let index):
            open(article: index, highlight: nil)
        case .event(let index):
            let event = model.events[index]
            let articleIndex = articleIndexByID[event.article]
            let highlight = articleIndex.flatMap { Highlight.locate(line: event.line, text: event.sentence, in: model.articles[$0]) }
            open(article: articleIndex, highlight: highlight)
        case .header, .summary, nil:
            if timeline.rows.allSatisfy(\.isHeader) { open(article: nil, highlight: nil) }
        }
        refreshStances()
    }

    /// Lists the stances the filter keeps (when one is set) or the open article's, keeping the selection.
    mutating func refreshStances() {
        let previous = stances.selected
        stances.spansFilter = filter.isActive
        if stances.spansFilter {
            stances.indices = filter.result.stances
        } else {
            stances.indices = article.index.flatMap { stancesByArticle[$0] } ?? []
        }
        let kept = previous.flatMap { stances.indices.firstIndex(of: $0) } ?? 0
        stances.list.select(kept, count: stances.indices.count, height: stancesViewport)
    }

    /// Cycles the era chip: all, each era in catalogue order, all again.
    mutating func cycleEra() {
        let ids = model.eras.map(\.id)
        if let current = filter.era, let position = ids.firstIndex(of: current) {
            filter.era = position + 1 < ids.count ? ids[position + 1] : nil
        } else {
            filter.era = ids.first
        }
        applyFilter()
    }

    mutating func setPolarity(_ polarity: Stance.Polarity?) {
        filter.polarity = polarity
        applyFilter()
    }

    /// Esc: back to the whole corpus, no search.
    mutating func clearAll() {
        filter.text = ""
        filter.actor = nil
        filter.era = nil
        filter.polarity = nil
        filter.error = nil
        clearSearch()
        applyFilter()
    }
}
