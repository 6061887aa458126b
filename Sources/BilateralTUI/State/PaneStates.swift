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

/// The stances pane: which stances it lists and which is selected.
public struct StancesState: Sendable, Equatable {
    /// Indices into `CorpusModel.stances`.
    public var indices: [Int] = []
    public var list = ListState()
    /// True when the list is every stance the filter keeps, false when it is the open article's.
    public var spansFilter = false

    public var selected: Int? {
        indices.indices.contains(list.selected) ? indices[list.selected] : nil
    }
}

/// The article pane: what is open, how it is laid out and where it is scrolled to.
public struct ArticleState: Sendable, Equatable {
    /// Index into `CorpusModel.articles`.
    public var index: Int?
    public var document: ArticleDocument?
    /// The first document row on screen.
    public var scroll = 0
    public var highlight: Highlight?
    public var showBoilerplate = false
}

/// The actor picker: the actors matching what was typed.
public struct PickerState: Sendable, Equatable {
    /// Actor ids; `nil` stands for "any actor".
    public var candidates: [String?] = []
    public var list = ListState()
}
