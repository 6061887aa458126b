import BilateralCore
import TerminalUI

/// The timeline pane: the sections built from the filter's result, flattened into rows.
public struct TimelineState: Sendable, Equatable {
    public var sections: [Timeline.Section] = []
    public var rows: [TimelineRow] = []
    public var list = ListState()
    /// What is folded (kept in the session).
    public var folds = TimelineFolds()
    /// Per folded article on screen, how many of its events it hides (drawn at the row's end).
    public var hiddenEvents = HiddenEventCounts()
    /// Per event shown once for several repeats of it, how many the filter kept (`×3`).
    public var eventCopies: [Int: Int] = [:]

    /// True when the filter keeps no article or event (folded ones count as kept).
    public var isEmpty: Bool { sections.allSatisfy(\.entries.isEmpty) }

    public var selectedRow: TimelineRow? {
        rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }
}
