import BilateralCore
import TerminalUI

/// The `a` popup: actors by how often they are mentioned, narrowed by typing.
struct ActorPicker: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let width = min(area.width - 4, 56)
        let height = min(area.height - 2, state.pickerViewport + 3)
        guard width > 16, height > 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
        grid.fill(box)
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: "Actor",
            titleStyle: theme.focusedTitle, trailing: "Enter pick · Esc cancel", ascii: theme.ascii
        ).render(in: box, into: &grid)
        let inner = Box.inner(box)
        var x = inner.x + grid.write("> ", x: inner.x, y: inner.y, style: theme.focusedTitle, ascii: theme.ascii)
        x += grid.write(state.input.text, x: x, y: inner.y, limit: inner.maxX - x - 1, ascii: theme.ascii)
        grid.write(" ", x: x, y: inner.y, style: Style(reverse: true))
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        if state.picker.candidates.isEmpty {
            grid.note("no actor matches", in: list, style: theme.faint, ascii: theme.ascii)
            return
        }
        ListView(count: state.picker.candidates.count, state: state.picker.list) { index, line, isSelected, grid in
            let style = isSelected ? theme.selection : Style.plain
            grid.fill(line, with: Cell(" ", style: style))
            guard let id = state.picker.candidates[index] else {
                grid.write(" (any actor)", x: line.x, y: line.y, style: style, limit: line.width, ascii: theme.ascii)
                return
            }
            let actor = state.model.actor(id)
            let kind = actor?.kind.rawValue ?? ""
            let name = actor?.name ?? id
            var x = line.x
            x += grid.write(" " + id.padding(toColumns: 12) + " ", x: x, y: line.y, style: isSelected ? style : theme.mention(actor?.kind, over: .plain), limit: line.width, ascii: theme.ascii)
            grid.write(name, x: x, y: line.y, style: style, limit: line.maxX - x - kind.count - 2, ascii: theme.ascii)
            grid.writeRight(kind + " ", maxX: line.maxX, minX: x, y: line.y, style: isSelected ? style : theme.faint, ascii: theme.ascii)
        }.render(in: list, into: &grid)
    }
}
