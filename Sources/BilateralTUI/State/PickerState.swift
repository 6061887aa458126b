import TerminalUI

/// The actor picker: the actors matching what was typed.
public struct PickerState: Sendable, Equatable {
    /// Actor ids; `nil` stands for "any actor".
    public var candidates: [String?] = []
    public var list = ListState()
    /// Indices into the saved filters, while `F` lists them.
    public var saved: [Int] = []
}
