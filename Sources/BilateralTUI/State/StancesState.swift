import TerminalUI

/// The stances pane: which stances it lists and which is selected.
public struct StancesState: Sendable, Equatable {
    /// Indices into `CorpusModel.stances`.
    public var indices: [Int] = []
    public var list = ListState()
    /// True when the list is every stance the filter keeps, false when it is the open article's.
    public var spansFilter = false
    /// How the list is ordered (`s` cycles).
    public var order = StanceOrder.listed

    public var selected: Int? {
        indices.indices.contains(list.selected) ? indices[list.selected] : nil
    }
}
