import BilateralCore

extension AppState {
    /// Re-runs the filter when its query changed; a query that does not parse keeps the last result.
    mutating func applyFilter() {
        filterDeferred = false
        let query = filter.query
        guard query != filter.applied || filter.error != nil || filter.pending != nil else { return }
        do {
            let parsed = try Filter.parse(query)
            // An actor or era that names nothing is an error too, not an empty result.
            try parsed.validate(against: model)
            filter.error = nil
            guard query != filter.applied else {
                // Typed back to what is shown: an answer still on its way is for nothing.
                filter.pending = nil
                return
            }
            if evaluatesInBackground {
                guard filter.pending?.query != query else { return }
                requestFilter(query: query, parsed: parsed)
                return
            }
            // Typing on at the end of the query tests only what the last result kept.
            let result = parsed.apply(to: model, marks: marks, after: (filter.parsed, filter.result))
            show(query: query, parsed: parsed, result: result, timeline: nil)
        } catch {
            filter.error = error
        }
    }

    /// Asks the background for `query`'s result under a new generation number.
    private mutating func requestFilter(query: String, parsed: Filter) {
        filter.generation += 1
        filter.pending = PendingFilter(generation: filter.generation, query: query, parsed: parsed, modelRevision: modelRevision)
    }

    /// A result from the background: shown when it answers the newest request on this model, else dropped.
    mutating func receive(_ outcome: FilterOutcome) {
        guard let pending = filter.pending, pending.generation == outcome.generation, pending.modelRevision == modelRevision else { return }
        show(query: outcome.query, parsed: outcome.parsed, result: outcome.result, timeline: outcome.timeline)
    }

    /// After `model` changed: a filter still being worked out on the old model is asked for again.
    mutating func modelChanged() {
        modelRevision += 1
        if let pending = filter.pending { requestFilter(query: pending.query, parsed: pending.parsed) }
    }

    /// Shows `query`'s result; `timeline` is its timeline when already built (off the update thread).
    private mutating func show(query: String, parsed: Filter, result: FilteredModel, timeline built: Timeline?) {
        filter.applied = query
        filter.parsed = parsed
        filter.pending = nil
        let opened = article.index
        // Typing often leaves the result as it was ("r", "ru", "rus"): keep the timeline then.
        if result == filter.result {
            refreshStances()
        } else {
            filter.result = result
            rebuildTimeline(built: built)
        }
        // Opening another article found the new query's matches in it already; the same article needs them again.
        if article.index == opened { findFilterMatches() }
    }

    /// Runs the applied filter again after the user changed a mark (`u`, `m`, a note), when it
    /// reads the marks (`is:unread` …): the timeline keeps its selection where the row is still kept.
    mutating func refilterAfterMarks() {
        // A query still being worked out read the marks as they were: it is asked again.
        if let pending = filter.pending, pending.parsed.readsMarks { requestFilter(query: pending.query, parsed: pending.parsed) }
        guard filter.parsed.readsMarks else { return }
        let result = filter.parsed.apply(to: model, marks: marks)
        guard result != filter.result else { return }
        filter.result = result
        rebuildTimeline()
    }

    /// Builds the timeline of the current result, keeping the selected article or event when it is still there.
    /// - Parameter built: the result's timeline when it was built already (off the update thread).
    mutating func rebuildTimeline(built prebuilt: Timeline? = nil) {
        let previous = timeline.selectedRow
        // Every rebuild follows a new result or new verdicts: the counts the status line shows change with them.
        shownTally = ShownTally(result: filter.result, stanceCounts: stanceCounts, copies: copyFlags, countedStances: countedStanceTotal)
        // An era header the user chose stays chosen while its era keeps something; in an empty
        // timeline the header was all there was to select, so it does not hold the selection.
        let choseHeader = !timeline.isEmpty
        let built = prebuilt ?? (filter.isActive ? timelines.timeline(of: model, filtered: filter.result) : timelines.whole)
        timeline.sections = built.sections
        fillTimelineRows()
        let kept = previous.flatMap { row -> Int? in
            switch row {
            case .summary: return nil
            case .header(let section):
                guard choseHeader, timeline.sections.indices.contains(section), !timeline.sections[section].entries.isEmpty else { return nil }
                return timeline.rows.firstIndex(of: row)
            case .article, .event: return timeline.rows.firstIndex(of: row)
            }
        }
        // Otherwise the first article: starting on an event would open an article mid-way.
        let firstArticle = timeline.rows.firstIndex { if case .article = $0 { return true } else { return false } }
        let target = kept ?? firstArticle ?? firstEntryRow(from: 0, step: 1) ?? 0
        if kept == nil { timeline.list.offset = 0 }
        timeline.list.select(target, count: timeline.rows.count, height: timelineViewport)
        timelineSelectionChanged()
    }

    /// The first row at or after `start` (going by `step`) the selection stops on: an era header, an article or an event.
    func firstEntryRow(from start: Int, step: Int) -> Int? {
        var index = start
        while timeline.rows.indices.contains(index) {
            if timeline.rows[index].isSelectable { return index }
            index += step
        }
        return nil
    }

    /// The first article or event row at or after `start` (going by `step`).
    func firstArticleOrEvent(from start: Int, step: Int) -> Int? {
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
            let highlight = articleIndex.flatMap { Highlight.locate(line: event.line, text: event.sentence, in: model.articleWithBody($0)) }
            open(article: articleIndex, highlight: highlight)
        case .header, .summary, nil:
            if timeline.isEmpty { open(article: nil, highlight: nil) }
        }
        refreshStances()
    }

    /// Lists the stances the filter keeps (when one is set) or the open article's, keeping the selection.
    mutating func refreshStances() {
        let previous = stances.selected
        stances.spansFilter = filter.isActive
        var listed = stances.spansFilter ? filter.result.stances : (article.index.flatMap { stancesByArticle[$0] } ?? [])
        // Across the corpus a story's stances are listed once, from its canonical article (an open copy lists its own).
        if stances.spansFilter, !model.duplicates.isEmpty { listed = listed.filter { !stanceFromCopy[$0] } }
        stances.indices = sortedStances(listed, by: stances.order)
        let kept = previous.flatMap { listPosition(ofStance: $0) } ?? 0
        stances.list.select(kept, count: stances.indices.count, height: stancesViewport)
    }

    /// Where stance `stance` (an index into the model's stances) is in the stances pane's list; nil when absent.
    /// In the extraction order the list is ascending (the model's order), so it is a binary search: a key
    /// that drops the selected stance no longer reads every stance kept to learn so.
    func listPosition(ofStance stance: Int) -> Int? {
        let list = stances.indices
        guard stances.order == .listed else { return list.firstIndex(of: stance) }
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < stance { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == stance ? low : nil
    }

    /// Cycles the era chip: all, each era in catalogue order, all again.
    /// `e` goes forward (`step` 1), `E` backward (`step` -1), through "all" between the ends.
    mutating func cycleEra(step: Int = 1) {
        let ids = model.eras.map(\.id)
        guard !ids.isEmpty else {
            message = "no eras in this corpus"
            return
        }
        // Position `ids.count` stands for "all eras".
        let current = filter.era.flatMap { ids.firstIndex(of: $0) } ?? ids.count
        let next = (current + step + ids.count + 1) % (ids.count + 1)
        changeFilter { filter in
            filter.era = next == ids.count ? nil : ids[next]
            filter.touch(.era)
        }
    }

    /// `+`, `-`, `=`: only stances of that polarity (as `pol:+`, `pol:-`, `pol:=`); the
    /// same key again goes back to any polarity.
    mutating func togglePolarity(_ polarity: Stance.Polarity) {
        changeFilter { filter in
            filter.polarity = filter.polarity == polarity ? nil : polarity
            filter.touch(.polarity)
        }
    }
}
