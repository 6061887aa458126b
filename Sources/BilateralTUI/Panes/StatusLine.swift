import TerminalUI

/// The bottom line: corpus, active filter (or its error), counts, and keys for the focused pane.
struct StatusLine: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        grid.fill(area, with: Cell(" ", style: theme.statusBar))
        var x = area.x
        x += grid.write(" \(state.corpusName) ", x: x, y: area.y, style: theme.statusEmphasis, limit: area.width, ascii: theme.ascii)
        var parts: [String] = []
        if let message = state.message {
            parts.append(message)
        } else {
            if state.filter.isActive { parts.append("filter: \(Self.shownFilter(state))") }
            if state.search.isActive {
                let count = state.search.pane == .article ? state.search.matches.count : state.search.rows.count
                let position = state.search.current.map { "\($0 + 1)/\(count)" } ?? "\(count)"
                parts.append("/\(state.search.query) \(count == 0 ? "no match" : position)")
            }
        }
        let result = state.filter.result
        if let loading = state.loading {
            parts.append(Self.progressText(loading, ascii: theme.ascii))
        } else if let total = state.indexing {
            // Counts of the opening articles alone would read as the corpus's.
            parts.append("building the index of \(total) articles · first \(state.model.articles.count) shown")
        } else {
            parts.append(Counts.text(result, of: state.model, tally: state.shownTally, filtered: state.filter.isActive))
        }
        if state.filter.pending != nil { parts.append("filtering…") }
        let left = parts.joined(separator: " │ ")
        let leftWidth = left.displayWidth

        // Hints go on the right. The pane's own give way first (last first) to the left part;
        // the global ones only when the left part would get fewer than 40 columns.
        var hints = Self.hints(for: state.focus, settings: state.settings)
        var droppable = hints.count - Self.hints(for: nil, settings: state.settings).count
        while droppable > 0, x + leftWidth + 1 + Self.width(of: hints) > area.maxX {
            hints.remove(at: droppable - 1)
            droppable -= 1
        }
        while !hints.isEmpty, area.maxX - x - Self.width(of: hints) - 1 < min(leftWidth, 40) {
            hints.removeLast()
        }
        let hintsWidth = Self.width(of: hints)
        let leftLimit = area.maxX - x - (hints.isEmpty ? 0 : hintsWidth + 1)

        x += grid.write(left, x: x, y: area.y, style: theme.statusBar, limit: leftLimit, ascii: theme.ascii)
        if let error = state.filter.error {
            grid.write(" ✗ \(error.description)", x: x, y: area.y, style: theme.error, limit: area.maxX - x, ascii: theme.ascii)
            return
        }
        if !hints.isEmpty {
            drawHints(hints, x: area.maxX - hintsWidth, y: area.y, into: &grid)
        }
    }

    private func drawHints(_ hints: [(key: String, word: String)], x: Int, y: Int, into grid: inout Grid) {
        var x = x
        for hint in hints {
            x += grid.write(hint.key, x: x, y: y, style: theme.hintKey, ascii: theme.ascii)
            x += grid.write(" \(hint.word) ", x: x, y: y, style: theme.statusBar, ascii: theme.ascii)
        }
    }

    /// The focused pane's hints then the global ones (only the global ones for no pane), keys
    /// read from the keymaps as the config file changed them; a command left without keys has no hint.
    static func hints(for pane: Pane?, settings: DashboardSettings = DashboardSettings()) -> [(key: String, word: String)] {
        let own = pane.map { Keymap.keymap(for: $0).hints } ?? []
        return (own + Keymap.global.hints).compactMap { command in
            var found: (binding: KeyBinding, keymap: Keymap)?
            if let pane, let binding = Keymap.keymap(for: pane).binding(for: command) {
                found = (binding, Keymap.keymap(for: pane))
            } else if let binding = Keymap.global.binding(for: command) {
                found = (binding, Keymap.global)
            }
            guard let found, let first = settings.keys(for: found.binding, in: found.keymap).first else { return nil }
            var key = KeyName.label(first)
            // Pairs of keys read as one hint while the first is still the built-in one.
            if first == found.binding.keys.first {
                switch command {
                case .moveDown: key = "j/k"
                case .searchNext: key = "n/N"
                case .cooperative, .conflictual: key = "+/-"
                default: break
                }
            }
            return (key, command.hint)
        }
    }

    /// The applied filter as typed, its actor and era chips by name (`kuril · actor: Russian
    /// foreign ministry`) rather than by the ids the query holds.
    static func shownFilter(_ state: AppState) -> String {
        let filter = state.filter
        guard filter.query == filter.applied, filter.actor != nil || filter.era != nil else { return filter.applied }
        var parts: [String] = []
        let typed = filter.text.trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty { parts.append(typed) }
        if let actor = filter.actor { parts.append("actor: " + state.actorName(actor)) }
        if let era = filter.era { parts.append("era: " + (state.model.eras.first { $0.id == era }?.label ?? era)) }
        if let polarity = filter.polarity { parts.append("pol:\(polarity.sign)") }
        return parts.joined(separator: " · ")
    }

    static func width(of hints: [(key: String, word: String)]) -> Int {
        hints.reduce(0) { $0 + $1.key.count + $1.word.count + 2 }
    }
}
