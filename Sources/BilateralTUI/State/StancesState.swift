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
    /// Rows the evidence of stance `evidenceStance` is scrolled down by (`J`/`K`); any other
    /// stance's evidence shows from its top, so a new selection needs no reset.
    public var evidenceScroll = 0
    public var evidenceStance: Int?

    public var selected: Int? {
        indices.indices.contains(list.selected) ? indices[list.selected] : nil
    }

    /// How far the selected stance's evidence is scrolled.
    public var evidenceOffset: Int {
        evidenceStance != nil && evidenceStance == selected ? evidenceScroll : 0
    }
}
