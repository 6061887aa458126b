import BilateralCore
import TerminalUI

/// The `p` popup: every pair with its stance count, mean score and date span; Tab sorts, typing narrows.
struct PairPicker: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let width = min(area.width - 4, 72)
        let height = min(area.height - 2, state.pickerViewport + 4)
        guard width > 24, height > 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
        grid.fill(box)
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: "Pair · \(state.pairPicker.sort.label)",
            titleStyle: theme.focusedTitle, trailing: "Tab sort · Enter pick · Esc cancel", ascii: theme.ascii
        ).render(in: box, into: &grid)
        let inner = Box.inner(box)
        var x = inner.x + grid.write("> ", x: inner.x, y: inner.y, style: theme.focusedTitle, ascii: theme.ascii)
        x += grid.write(state.input.text, x: x, y: inner.y, limit: inner.maxX - x - 1, ascii: theme.ascii)
        grid.write(" ", x: x, y: inner.y, style: Style(reverse: true))
        let header = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1)
        grid.write(Self.row(pair: "pair", stances: "stances", mean: "mean/st", span: "dates", width: inner.width),
                   x: header.x, y: header.y, style: theme.faint, limit: header.width, ascii: theme.ascii)
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        let rows = state.pairPicker.rows
        if rows.isEmpty {
            grid.note("no pair matches", in: list, style: theme.faint, ascii: theme.ascii)
            return
        }
        ListView(count: rows.count, state: state.pairPicker.list) { index, line, isSelected, grid in
            let summary = state.pairPicker.pairs[rows[index]]
            let focal = Set(summary.pair) == Set(state.pair)
            let style = isSelected ? theme.selection : Style.plain
            grid.fill(line, with: Cell(" ", style: style))
            let names = (focal ? state.pair : summary.pair).map(state.actorName).joined(separator: " – ")
            let span = [summary.from, summary.to].compactMap { $0.map { String($0.iso.prefix(7)) } }.joined(separator: " – ")
            let text = Self.row(
                pair: (focal ? "* " : "  ") + names, stances: String(summary.stances),
                mean: TimelinePane.signed(summary.mean), span: span, width: line.width)
            grid.write(text, x: line.x, y: line.y, style: style, limit: line.width, ascii: theme.ascii)
        }.render(in: list, into: &grid)
    }

    /// Columns: the pair's names, its stance count, mean score per stance, and its date span.
    static func row(pair: String, stances: String, mean: String, span: String, width: Int) -> String {
        let spanWidth = 18, numbers = 16
        let nameWidth = max(8, width - spanWidth - numbers - 1)
        let name = pair.displayWidth > nameWidth ? String(pair.prefix(nameWidth - 1)) + "…" : pair.padding(toColumns: nameWidth)
        let count = String(repeating: " ", count: max(0, 8 - stances.count)) + stances
        let score = String(repeating: " ", count: max(0, 8 - mean.count)) + mean
        return name + count + score + " " + span
    }
}
