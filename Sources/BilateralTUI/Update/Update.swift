import TerminalUI

/// Applies `action` to `state`: the only way the dashboard changes.
///
/// Pure: no I/O, no clock; the run loop feeds it keys and draws what comes out.
public func update(_ state: inout AppState, _ action: Action) {
    switch action {
    case .key(.resize):
        return
    case .key(let key):
        state.handle(key: key)
    case .filterLineEdits(let keys):
        state.deferringFilter = true
        for key in keys { state.handle(key: key) }
        state.deferringFilter = false
        if state.filterDeferred { state.applyFilter() }
    case .command(let command):
        state.perform(command)
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        state.relayout()
    case .closed:
        state.shouldQuit = true
    case .loading(let progress):
        state.loading = progress
    case .noteEdited(let article, let result):
        state.noteEdited(article: article, result)
    case .filterEvaluated(let outcome):
        state.receive(outcome)
    }
}

extension AppState {
    /// Does what a command names, in normal mode.
    mutating func perform(_ command: Command) {
        switch command {
        case .quit: shouldQuit = true
        case .help:
            helpScroll = 0
            mode = .help
        case .clear: escapeOneLayer()
        case .clearAll: clearEverything()
        case .undo: undoFilter()
        case .redo: redoFilter()
        case .savedFilters: openSavedFilters()
        case .focusNext: setFocus(focus.next)
        case .focusPrevious: setFocus(focus.previous)
        case .focusTimeline: setFocus(.timeline)
        case .focusArticle: setFocus(.article)
        case .focusStances: setFocus(.stances)
        case .maximise:
            maximised.toggle()
            relayout()
        case .top, .bottom:
            recordJump()
            move(command)
        case .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown:
            move(command)
        case .open: openSelection()
        case .filter: openFilterLine()
        case .search:
            input = TextInput()
            clearSearch()
            // In the timeline and stances the search moves the selection through the list.
            search.pane = focus
            searchOrigin = focus == .timeline ? timeline.list.selected : (focus == .stances ? stances.list.selected : article.scroll)
            searchOriginRow = focus == .timeline ? timeline.selectedRow : nil
            searchOriginFolds = focus == .timeline ? timeline.folds : nil
            mode = .search
        case .sortStances: cycleStanceOrder()
        case .evidenceDown: scrollEvidence(by: 1)
        case .evidenceUp: scrollEvidence(by: -1)
        case .yank: yank()
        case .openURL: openURL()
        case .writeView: openWritePrompt()
        case .back: goBack()
        case .jumpBack: jump(by: -1)
        case .jumpForward: jump(by: 1)
        case .searchNext: stepMatch(1)
        case .searchPrevious: stepMatch(-1)
        case .pickActor:
            input = TextInput()
            mode = .actorPicker
            refreshPicker()
        case .cycleEra: cycleEra()
        case .cycleEraBack: cycleEra(step: -1)
        case .cooperative: togglePolarity(.cooperative)
        case .conflictual: togglePolarity(.conflictual)
        case .neutral: togglePolarity(.neutral)
        case .toggleBoilerplate:
            article.showBoilerplate.toggle()
            layOutArticle()
            findMatches()
            findFilterMatches()
            message = article.showBoilerplate ? "boilerplate shown, dimmed" : "boilerplate hidden"
        case .toggleRead: toggleRead()
        case .toggleBookmark: toggleBookmark()
        case .editNote: startNote()
        case .rejectStance: toggleVerdict(.rejected)
        case .confirmStance: toggleVerdict(.confirmed)
        case .pickPair: openPairPicker()
        case .trajectory: openTrajectory()
        case .overview: showOverview()
        case .toggleFold: if focus == .timeline { toggleFold() }
        case .foldAll: foldAll()
        case .unfoldAll: unfoldAll()
        }
    }

    mutating func setFocus(_ pane: Pane) {
        let previous = focus
        focus = pane
        relayout()
        if pane == .stances, previous != .stances { stanceSelectionChanged() }
    }

    /// Enter: the article pane takes focus, showing the selected article, event or stance.
    mutating func openSelection() {
        switch focus {
        case .timeline:
            guard let row = timeline.selectedRow else { return }
            // Enter on an era folds or unfolds it; on an article or event it opens the article.
            guard !row.isHeader else { return toggleFold() }
            recordJump()
            enteredFrom = .timeline
            setFocus(.article)
            markOpenedRead()
            if let highlight = article.highlight, let row = article.document?.row(containing: highlight.start) {
                reveal(row: row)
            }
        case .stances:
            guard stances.selected != nil else { return }
            recordJump()
            stanceSelectionChanged()
            enteredFrom = .stances
            setFocus(.article)
            markOpenedRead()
        case .article:
            return
        }
    }
}
