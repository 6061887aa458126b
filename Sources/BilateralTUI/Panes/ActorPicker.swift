import BilateralCore
import TerminalUI

/// The `a` popup: actors by how often they are mentioned, narrowed by typing.
struct ActorPicker: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let popup = PickerPopup(title: "Actor", trailing: "Enter pick · Esc cancel", maxWidth: 56, chromeRows: 3)
        guard let list = popup.render(in: area, into: &grid, state: state, theme: theme) else { return }
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
