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
            // By name, coloured by kind; the kind at the right end.
            let actor = state.actorsByID[id]
            let kind = actor?.kind.rawValue ?? ""
            let nameWidth = max(1, line.width - kind.count - 3)
            grid.write(" " + state.actorLabel(id, columns: nameWidth), x: line.x, y: line.y,
                       style: isSelected ? style : theme.mention(actor?.kind, over: .plain), limit: nameWidth + 1, ascii: theme.ascii)
            grid.writeRight(kind + " ", maxX: line.maxX, minX: line.x + 2, y: line.y, style: isSelected ? style : theme.faint, ascii: theme.ascii)
        }.render(in: list, into: &grid)
    }
}
