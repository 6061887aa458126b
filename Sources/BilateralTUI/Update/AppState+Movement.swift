extension AppState {
    /// How far a movement command goes in a viewport of `height` rows; nil for top and bottom.
    static func distance(of command: Command, height: Int) -> Int? {
        switch command {
        case .moveUp: return -1
        case .moveDown: return 1
        case .pageUp: return -max(1, height - 1)
        case .pageDown: return max(1, height - 1)
        case .halfPageUp: return -max(1, height / 2)
        case .halfPageDown: return max(1, height / 2)
        default: return nil
        }
    }

    /// Moves the selection or the scroll position of the focused pane.
    mutating func move(_ command: Command) {
        switch focus {
        case .timeline: moveTimeline(command)
        case .article: scrollArticle(command)
        case .stances: moveStances(command)
        }
    }

    mutating func moveTimeline(_ command: Command) {
        let rows = timeline.rows
        guard !rows.isEmpty else { return }
        let height = timelineViewport
        let current = timeline.list.selected
        var target: Int
        var step: Int
        switch command {
        // The first article or event, as the dashboard opens; the first era when everything is folded.
        case .top: target = rows.firstIndex { !$0.isHeader } ?? 0; step = 1
        case .bottom: target = rows.count - 1; step = -1
        default:
            guard let distance = Self.distance(of: command, height: height) else { return }
            target = min(max(0, current + distance), rows.count - 1)
            step = distance > 0 ? 1 : -1
        }
        // j/k stop on era headers too (to fold them); a page lands on an article or event when there is one that way.
        let oneLine = command == .moveUp || command == .moveDown
        let landing = oneLine ? nil : (firstArticleOrEvent(from: target, step: step) ?? firstArticleOrEvent(from: target, step: -step))
        guard let entry = landing ?? firstEntryRow(from: target, step: step) ?? firstEntryRow(from: target, step: -step) else { return }
        timeline.list.select(entry, count: rows.count, height: height)
        // Keep an era's header lines in view above its first entry.
        var top = entry
        while top > 0, rows[top - 1].isHeader { top -= 1 }
        if timeline.list.offset > top, timeline.list.offset <= entry { timeline.list.offset = top }
        if command == .top { timeline.list.offset = 0 }
        if entry != current { timelineSelectionChanged() }
    }

    mutating func scrollArticle(_ command: Command) {
        switch command {
        case .top: article.scroll = 0
        case .bottom: article.scroll = maxArticleScroll
        default:
            guard let distance = Self.distance(of: command, height: articleViewport) else { return }
            article.scroll += distance
        }
        clampArticleScroll()
    }

    mutating func moveStances(_ command: Command) {
        let count = stances.indices.count
        guard count > 0 else { return }
        let height = stancesViewport
        let current = stances.list.selected
        switch command {
        case .top: stances.list.select(0, count: count, height: height)
        case .bottom: stances.list.select(count - 1, count: count, height: height)
        default:
            guard let distance = Self.distance(of: command, height: height) else { return }
            stances.list.move(by: distance, count: count, height: height)
        }
        if stances.list.selected != current { stanceSelectionChanged() }
    }
}

extension AppState {
    /// `J`/`K` (`step` 1/-1) and the wheel over the evidence: scrolls the selected stance's
    /// evidence when it does not fit under the list, from any pane.
    mutating func scrollEvidence(by step: Int) {
        guard let index = stances.selected else {
            message = "no stance selected"
            return
        }
        let area = StancesLayout(inner: layout.inner(.stances)).detail
        guard !area.isEmpty else {
            message = "the evidence is not on screen (3 shows the stances)"
            return
        }
        let limit = EvidenceBlock.scrollLimit(model.stances[index], in: area, ascii: ascii)
        guard limit > 0 else {
            message = "the evidence shows whole"
            return
        }
        stances.evidenceScroll = min(limit, max(0, stances.evidenceOffset + step))
        stances.evidenceStance = index
    }
}
