import BilateralCore
import TerminalUI

/// The `p` popup: every pair with its stance count, mean score and date span; Tab sorts, typing narrows.
struct PairPicker: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let popup = PickerPopup(
            title: "Pair · \(state.pairPicker.sort.label)", trailing: "Tab sort · Enter pick · Esc cancel",
            maxWidth: 72, chromeRows: 4, minWidth: 24
        )
        guard let below = popup.render(in: area, into: &grid, state: state, theme: theme) else { return }
        let header = Rect(x: below.x, y: below.y, width: below.width, height: 1)
        grid.write(Self.row(pair: "pair", stances: "stances", mean: "mean/st", span: "dates", width: below.width),
                   x: header.x, y: header.y, style: theme.faint, limit: header.width, ascii: theme.ascii)
        let list = Rect(x: below.x, y: below.y + 1, width: below.width, height: below.height - 1)
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
            // Names, or codes where the column is too narrow for them.
            let names = state.pairLabel(focal ? state.pair : summary.pair, columns: Self.nameWidth(line.width) - 2)
            let span = [summary.from, summary.to].compactMap { $0.map { String($0.iso.prefix(7)) } }.joined(separator: " – ")
            let text = Self.row(
                pair: (focal ? "* " : "  ") + names, stances: String(summary.stances),
                mean: TimelinePane.signed(summary.mean), span: span, width: line.width)
            grid.write(text, x: line.x, y: line.y, style: style, limit: line.width, ascii: theme.ascii)
        }.render(in: list, into: &grid)
    }

    /// The pair column's width in a row `width` wide: what the figures and the date span leave.
    static func nameWidth(_ width: Int) -> Int {
        let spanWidth = 18, numbers = 16
        return max(8, width - spanWidth - numbers - 1)
    }

    /// Columns: the pair's names, its stance count, mean score per stance, and its date span.
    static func row(pair: String, stances: String, mean: String, span: String, width: Int) -> String {
        let nameWidth = Self.nameWidth(width)
        let name = pair.displayWidth > nameWidth ? String(pair.prefix(nameWidth - 1)) + "…" : pair.padding(toColumns: nameWidth)
        let count = String(repeating: " ", count: max(0, 8 - stances.count)) + stances
        let score = String(repeating: " ", count: max(0, 8 - mean.count)) + mean
        return name + count + score + " " + span
    }
}
