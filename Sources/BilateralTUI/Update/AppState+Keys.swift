import TerminalUI

extension AppState {
    /// Routes a key by mode: text fields take typing, the normal mode looks it up in the keymaps.
    mutating func handle(key: Key) {
        message = nil
        if key == .ctrl("c") {
            shouldQuit = true
            return
        }
        switch mode {
        case .normal:
            if let command = Keymap.command(for: key, in: focus) { perform(command) }
        case .help:
            helpKey(key)
        case .filter:
            filterKey(key)
        case .search:
            searchKey(key)
        case .actorPicker:
            pickerKey(key)
        }
    }

    mutating func helpKey(_ key: Key) {
        let last = max(0, HelpOverlay.lines.count - 1)
        switch key {
        case .character("?"), .escape, .character("q"), .enter: mode = .normal
        case .character("j"), .down: helpScroll = min(last, helpScroll + 1)
        case .character("k"), .up: helpScroll = max(0, helpScroll - 1)
        case .pageDown, .character(" "), .ctrl("d"): helpScroll = min(last, helpScroll + max(1, height / 2))
        case .pageUp, .ctrl("u"): helpScroll = max(0, helpScroll - max(1, height / 2))
        case .character("g"), .home: helpScroll = 0
        case .character("G"), .end: helpScroll = last
        default: break
        }
    }

    mutating func filterKey(_ key: Key) {
        switch key {
        case .enter:
            mode = .normal
        case .escape:
            filter.text = ""
            filter.error = nil
            applyFilter()
            mode = .normal
        // The focused pane still moves while typing, to look through what the filter keeps.
        case .up: move(.moveUp)
        case .down: move(.moveDown)
        case .pageUp: move(.pageUp)
        case .pageDown: move(.pageDown)
        default:
            guard input.handle(key) else { return }
            filter.text = input.text
            applyFilter()
        }
    }

    mutating func searchKey(_ key: Key) {
        switch key {
        case .enter:
            if !search.isActive { clearSearch() }
            mode = .normal
        case .escape:
            clearSearch()
            article.scroll = searchOrigin
            clampArticleScroll()
            mode = .normal
        default:
            guard input.handle(key) else { return }
            search.query = input.text
            findMatches()
            jumpToFirstMatch()
        }
    }

    mutating func pickerKey(_ key: Key) {
        let count = picker.candidates.count
        let height = pickerViewport
        switch key {
        case .up, .ctrl("p"): picker.list.move(by: -1, count: count, height: height)
        case .down, .ctrl("n"): picker.list.move(by: 1, count: count, height: height)
        case .pageUp: picker.list.move(by: -height, count: count, height: height)
        case .pageDown: picker.list.move(by: height, count: count, height: height)
        case .escape: mode = .normal
        case .enter:
            if picker.candidates.indices.contains(picker.list.selected) {
                filter.actor = picker.candidates[picker.list.selected]
                applyFilter()
            }
            mode = .normal
        default:
            guard input.handle(key) else { return }
            refreshPicker()
        }
    }

    /// The actors whose id or name contains what was typed, "any actor" first when nothing was.
    mutating func refreshPicker() {
        let typed = input.text.lowercased()
        var candidates: [String?] = typed.isEmpty ? [nil] : []
        for id in actorsByMentions {
            if typed.isEmpty || id.lowercased().contains(typed) || actorName(id).lowercased().contains(typed) {
                candidates.append(id)
            }
        }
        picker.candidates = candidates
        let current = typed.isEmpty ? (candidates.firstIndex(of: filter.actor) ?? 0) : 0
        picker.list = ListState()
        picker.list.select(current, count: candidates.count, height: pickerViewport)
    }

    /// Rows of the picker's list: most of the screen, at most 16.
    var pickerViewport: Int { max(1, min(16, height - 8)) }
}
