import BilateralCore
import TerminalUI

/// The timeline pane: the sections built from the filter's result, flattened into rows.
public struct TimelineState: Sendable, Equatable {
    public var sections: [Timeline.Section] = []
    public var rows: [TimelineRow] = []
    public var list = ListState()

    public var selectedRow: TimelineRow? {
        rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }
}
