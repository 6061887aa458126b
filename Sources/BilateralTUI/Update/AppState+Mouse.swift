import TerminalUI

extension AppState {
    /// Rows a wheel notch scrolls.
    static let wheelStep = 3

    /// A wheel turn scrolls the pane under the pointer; a click focuses that pane and, in
    /// a list, selects the row clicked (a click on the selected row opens it, as Enter).
    mutating func mouse(_ event: MouseEvent) {
        guard let pane = layout.panes.first(where: { $0.value.contains(x: event.x, y: event.y) })?.key else { return }
        switch event.action {
        case .wheelUp, .wheelDown:
            // Over the evidence under the stance list, the wheel scrolls the evidence.
            if pane == .stances, event.y >= StancesLayout(inner: layout.inner(.stances)).detail.y {
                scrollEvidence(by: event.action == .wheelUp ? -Self.wheelStep : Self.wheelStep)
                return
            }
            let command: Command = event.action == .wheelUp ? .moveUp : .moveDown
            let previous = focus
            focus = pane
            for _ in 0..<Self.wheelStep { move(command) }
            focus = previous
        case .press(button: 0):
            if pane != focus { setFocus(pane) }
            click(in: pane, y: event.y)
        default:
            return
        }
    }

    private mutating func click(in pane: Pane, y: Int) {
        switch pane {
        case .timeline:
            let row = timeline.list.offset + (y - layout.inner(.timeline).y)
            guard timeline.rows.indices.contains(row), timeline.rows[row].isSelectable else { return }
            if row == timeline.list.selected { return }
            timeline.list.select(row, count: timeline.rows.count, height: timelineViewport)
            timelineSelectionChanged()
        case .stances:
            let list = StancesLayout(inner: layout.inner(.stances)).list
            let row = stances.list.offset + (y - list.y)
            guard y < list.maxY, stances.indices.indices.contains(row), row != stances.list.selected else { return }
            stances.list.select(row, count: stances.indices.count, height: stancesViewport)
            stanceSelectionChanged()
        case .article:
            return
        }
    }
}
