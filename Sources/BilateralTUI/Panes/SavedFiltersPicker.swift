import TerminalUI

/// The `F` popup: the named saved filters, narrowed by typing, Enter applies one.
struct SavedFiltersPicker: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let width = min(area.width - 4, 72)
        let height = min(area.height - 2, state.pickerViewport + 3)
        guard width > 16, height > 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
        grid.fill(box)
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: "Saved filters",
            titleStyle: theme.focusedTitle, trailing: "Enter apply · Esc cancel", ascii: theme.ascii
        ).render(in: box, into: &grid)
        let inner = Box.inner(box)
        var x = inner.x + grid.write("> ", x: inner.x, y: inner.y, style: theme.focusedTitle, ascii: theme.ascii)
        x += grid.write(state.input.text, x: x, y: inner.y, limit: inner.maxX - x - 1, ascii: theme.ascii)
        grid.write(" ", x: x, y: inner.y, style: Style(reverse: true))
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
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
