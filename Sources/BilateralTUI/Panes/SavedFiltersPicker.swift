import TerminalUI

/// The `F` popup: the named saved filters, narrowed by typing, Enter applies one.
struct SavedFiltersPicker: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let popup = PickerPopup(title: "Saved filters", trailing: "Enter apply · Esc cancel", maxWidth: 72, chromeRows: 3)
        guard let list = popup.render(in: area, into: &grid, state: state, theme: theme) else { return }
        let shown = state.picker.saved
        guard !shown.isEmpty else {
            grid.note("no saved filter matches", in: list, style: theme.faint, ascii: theme.ascii)
            return
        }
        let nameWidth = min(20, max(6, shown.map { state.memory.saved[$0].name.displayWidth }.max() ?? 6))
        ListView(count: shown.count, state: state.picker.list) { index, line, isSelected, grid in
            let saved = state.memory.saved[shown[index]]
            let style = isSelected ? theme.selection : Style.plain
            grid.fill(line, with: Cell(" ", style: style))
            let name = Clip.text(saved.name, to: nameWidth).padding(toColumns: nameWidth)
            var x = line.x + 1
            x += grid.write(name + "  ", x: x, y: line.y, style: isSelected ? style : theme.eraHeader, limit: line.maxX - x, ascii: theme.ascii)
            grid.write(Clip.text(saved.query, to: line.maxX - x - 1), x: x, y: line.y, style: isSelected ? style : theme.faint, limit: line.maxX - x, ascii: theme.ascii)
        }.render(in: list, into: &grid)
    }
}
