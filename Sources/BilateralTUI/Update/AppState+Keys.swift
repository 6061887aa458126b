import BilateralCore
import TerminalUI

extension AppState {
    /// Routes a key by mode: text fields take typing, the normal mode looks it up in the keymaps.
    mutating func handle(key: Key) {
        message = nil
        // In a prompt or a list, C-c cancels it as Esc does; only the dashboard itself quits.
        let key = (mode != .normal && mode != .help && key == .ctrl("c")) ? Key.escape : key
        switch mode {
        case .normal:
            if case .mouse(let event) = key {
                mouse(event)
            } else if let command = settings.command(for: key, in: focus) {
                perform(command)
            }
        case .help:
            if key == .ctrl("c") { shouldQuit = true } else { helpKey(key) }
        case .filter:
            filterKey(key)
        case .search:
            searchKey(key)
        case .actorPicker:
            pickerKey(key)
        case .savedFilters:
            savedFiltersKey(key)
        case .note:
            noteKey(key)
        case .pairPicker:
            pairPickerKey(key)
        case .trajectory:
            trajectoryKey(key)
        case .overview:
            overviewKey(key)
        case .write:
            writeKey(key)
        }
    }

    mutating func helpKey(_ key: Key) {
        let last = max(0, HelpOverlay.lines(settings: settings).count - 1)
        switch key {
        case .character("?"), .function(1), .escape, .character("q"), .enter: mode = .normal
        case .character("j"), .down: helpScroll = min(last, helpScroll + 1)
        case .character("k"), .up: helpScroll = max(0, helpScroll - 1)
        case .pageDown, .character(" "), .ctrl("d"): helpScroll = min(last, helpScroll + max(1, height / 2))
        case .pageUp, .ctrl("u"): helpScroll = max(0, helpScroll - max(1, height / 2))
        case .character("g"), .home: helpScroll = 0
        case .character("G"), .end: helpScroll = last
        default: break
        }
    }

    /// `f` or `:`: the filter line, holding the typed filter, remembering what was applied.
    mutating func openFilterLine() {
        promptOrigin = filter.snapshot
        input = TextInput(filter.text)
        historyIndex = nil
        mode = .filter
    }

    mutating func filterKey(_ key: Key) {
        switch key {
        case .enter:
            if FilterCommand(input.text) != nil {
                runFilterCommand()
                return
            }
            // An invalid line stays open with its error: Enter never applies something else.
            guard filter.error == nil else { return }
            mode = .normal
            memory.remember(filter.text)
            recordFilterChange(from: promptOrigin)
        case .escape:
            // Cancels the line only: the filter applied before it opened comes back.
            setFilter(promptOrigin)
            mode = .normal
        case .up, .ctrl("p"): recallHistory(step: -1)
        case .down, .ctrl("n"): recallHistory(step: 1)
        // The focused pane still pages while typing, to look through what the filter keeps.
        case .pageUp: move(.pageUp)
        case .pageDown: move(.pageDown)
        default:
            guard input.handle(key) else { return }
            filterTextChanged()
        }
    }

    /// True for a key the filter line applies to its text or cursor alone (typing, deleting,
    /// moving), as opposed to one that reads the result (Enter, paging) or leaves or recalls the line.
    public static func isFilterLineEdit(_ key: Key) -> Bool {
        switch key {
        case .character(let character): return !character.isTerminalControl
        case .backspace, .delete, .left, .right, .home, .end: return true
        case .ctrl(let letter): return "hdbfaeuwk".contains(letter)
        case .alt: return true
        default: return false
        }
    }

    /// Applies the line at every keystroke; of a line with a `:` command, the filter before it
    /// (or, with none typed, the one applied when the line opened).
    mutating func filterTextChanged() {
        if let typed = FilterCommand.split(input.text)?.query {
            if typed.isEmpty {
                filter.snapshot = promptOrigin
                filter.error = nil
            } else {
                filter.text = typed
            }
        } else {
            filter.text = input.text
        }
        // Within a run of edits that arrived together, only the line the last leaves is evaluated.
        if deferringFilter {
            filterDeferred = true
            return
        }
        applyFilter()
    }

    /// Up/C-p (`step` -1) and Down/C-n (`step` 1): earlier filters into the line, newest first;
    /// past the newest, what was being typed comes back.
    mutating func recallHistory(step: Int) {
        let history = memory.history
        guard !history.isEmpty else {
            message = "no filter history yet"
            return
        }
        let current = historyIndex ?? history.count
        if historyIndex == nil { historyDraft = input.text }
        let next = min(max(0, current + step), history.count)
        historyIndex = next == history.count ? nil : next
        input = TextInput(historyIndex.map { history[$0] } ?? historyDraft)
        filterTextChanged()
    }

    mutating func searchKey(_ key: Key) {
        switch key {
        case .enter:
            if !search.isActive { clearSearch() }
            mode = .normal
        case .escape:
            let pane = search.pane
            clearSearch()
            if pane == .article {
                article.scroll = searchOrigin
                clampArticleScroll()
            } else {
                search.pane = pane
                refoldAsSearchStarted()
                restoreListSelection()
                search.pane = .article
            }
            mode = .normal
        default:
            guard input.handle(key) else { return }
            search.query = input.text
            if search.pane == .article {
                findMatches()
                jumpToFirstMatch()
            } else {
                // What an earlier letter's match unfolded folds again: only the current match is opened.
                refoldAsSearchStarted()
                findListMatches()
                jumpToFirstListMatch()
            }
        }
    }

    /// How far a picker's arrow and page keys move its selection; nil for every other key.
    func pickerStep(for key: Key) -> Int? {
        switch key {
        case .up, .ctrl("p"): return -1
        case .down, .ctrl("n"): return 1
        case .pageUp: return -pickerViewport
        case .pageDown: return pickerViewport
        default: return nil
        }
    }

    mutating func pickerKey(_ key: Key) {
        if let step = pickerStep(for: key) {
            picker.list.move(by: step, count: picker.candidates.count, height: pickerViewport)
            return
        }
        switch key {
        case .escape: mode = .normal
        case .enter:
            if picker.candidates.indices.contains(picker.list.selected) {
                let chosen = picker.candidates[picker.list.selected]
                changeFilter { filter in
                    filter.actor = chosen
                    filter.touch(.actor)
                }
            }
            mode = .normal
        default:
            guard input.handle(key) else { return }
            refreshPicker()
        }
    }

    /// The actors whose id or name fuzzily match what was typed (`pt` finds Putin), best
    /// match first and, among equals, the most mentioned; "any actor" first when nothing was typed.
    mutating func refreshPicker() {
        let typed = input.text
        var candidates: [String?] = typed.isEmpty ? [nil] : []
        if typed.isEmpty {
            candidates += actorsByMentions.map(Optional.some)
        } else {
            let scored = actorsByMentions.enumerated().compactMap { rank, id -> (id: String, score: Int, rank: Int)? in
                let best = [FuzzyMatch.score(typed, in: id), FuzzyMatch.score(typed, in: actorName(id))].compactMap { $0 }.max()
                return best.map { (id, $0, rank) }
            }
            candidates += scored.sorted { ($0.score, -$0.rank) > ($1.score, -$1.rank) }.map { Optional.some($0.id) }
        }
        picker.candidates = candidates
        let current = typed.isEmpty ? (candidates.firstIndex(of: filter.actor) ?? 0) : 0
        picker.list = ListState()
        picker.list.select(current, count: candidates.count, height: pickerViewport)
    }

    /// Rows of the picker's list: most of the screen, at most 16.
    var pickerViewport: Int { max(1, min(16, height - 8)) }
}
