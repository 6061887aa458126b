import TerminalUI

/// The top line: the program, the pair, the corpus, and the filter's chips.
struct TitleLine: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        grid.fill(area, with: Cell(" ", style: theme.titleBar))
        let pair = state.pair.map(state.actorName).joined(separator: " – ")
        let left = " bilateral · \(pair) · \(state.corpusName)"
        let used = grid.write(left, x: area.x, y: area.y, style: theme.titleBar, limit: area.width, ascii: theme.ascii)
        var chips: [String] = []
        if let era = state.filter.era {
            chips.append("era: " + (state.model.eras.first { $0.id == era }?.label ?? era))
        }
        if let polarity = state.filter.polarity { chips.append("pol: \(polarity.sign)") }
        if let actor = state.filter.actor { chips.append("actor: \(state.actorName(actor))") }
        let right = (chips.isEmpty ? "" : chips.joined(separator: " · ") + "  ") + "? help "
        grid.writeRight(right, maxX: area.maxX, minX: area.x + used + 1, y: area.y, style: theme.titleBar, ascii: theme.ascii)
    }
}
