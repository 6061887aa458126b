import BilateralCore

extension AppState {
    /// Where the user is: filter, chips, focused pane, zoom, positions, stance order and search, to reopen at.
    public var session: SessionSnapshot {
        var kind: String?
        var index: Int?
        switch timeline.selectedRow {
        case .article(let article): kind = "article"; index = article
        case .event(let event): kind = "event"; index = event
        case .header(let section): kind = "era"; index = section
        default: break
        }
        let folds = timeline.folds == TimelineFolds.initial(articleCount: model.articles.count) ? nil : timeline.folds
        return SessionSnapshot(
            filter: filter.snapshot, focus: focus.rawValue, maximised: maximised, timelineKind: kind,
            timelineIndex: index, articleScroll: article.scroll, stance: stances.selected, folds: folds,
            stanceOrder: stances.order == .listed ? nil : stances.order.rawValue,
            search: search.isActive ? search.query : nil, searchPane: search.isActive ? search.pane.rawValue : nil)
    }

    /// Puts the user back where `session` was; anything that no longer fits the corpus
    /// (an article gone, a filter naming an actor no longer there) is skipped.
    public mutating func restore(_ session: SessionSnapshot) {
        if let folds = session.folds, folds != timeline.folds {
            timeline.folds = folds
            rebuildTimeline()
        }
        filter.snapshot = session.filter
        applyFilter()
        if filter.error != nil {
            filter.snapshot = FilterSnapshot()
            filter.error = nil
            applyFilter()
        }
        if let index = session.timelineIndex {
            let row: TimelineRow? = switch session.timelineKind {
            case "article": .article(index)
            case "event": .event(index)
            case "era": .header(index)
            default: nil
            }
            if let row, let position = timeline.rows.firstIndex(of: row) {
                timeline.list.select(position, count: timeline.rows.count, height: timelineViewport)
                timelineSelectionChanged()
            }
        }
        maximised = session.maximised
        if let order = session.stanceOrder.flatMap(StanceOrder.init(rawValue:)), order != stances.order {
            stances.order = order
            refreshStances()
        }
        setFocus(Pane(rawValue: session.focus) ?? .timeline)
        if let stance = session.stance, let position = stances.indices.firstIndex(of: stance) {
            stances.list.select(position, count: stances.indices.count, height: stancesViewport)
            if focus == .stances { stanceSelectionChanged() }
        }
        article.scroll = session.articleScroll
        clampArticleScroll()
        if let query = session.search, !query.isEmpty {
            // The matches come back highlighted where the user left them; n goes on from there.
            search.query = query
            search.pane = session.searchPane.flatMap(Pane.init(rawValue:)) ?? .article
            if search.pane == .article { findMatches() } else { findListMatches() }
        }
    }
}
