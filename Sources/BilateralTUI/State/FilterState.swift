import Foundation
import BilateralCore

/// The active filter: what was typed, the chips set by keys, and the last result that parsed.
public struct FilterState: Sendable, Equatable {
    /// The filter language as typed in the filter line.
    public var text: String = ""
    /// Set by the actor picker (`a`).
    public var actor: String?
    /// Set by cycling eras (`e`).
    public var era: String?
    /// Set by `+`, `-` and `=` (as `pol:+`, `pol:-`, `pol:=`); the same key again clears it.
    public var polarity: Stance.Polarity?
    /// The chips set, oldest first, so Esc can take off the last one.
    public var chips: [FilterSnapshot.Chip] = []
    /// Why the current text does not parse; the result stays the last good one.
    public var error: FilterError?
    /// The query that produced `result`.
    public var applied: String = ""
    /// `applied`, parsed: what the article pane highlights.
    public var parsed: Filter = .all
    public var result: FilteredModel
    /// The query asked of the background and not answered yet (`AppState.evaluatesInBackground`).
    public var pending: PendingFilter?
    /// The last request's number: every request takes the next, so an answer to an older one is known.
    var generation = 0

    public init(result: FilteredModel) {
        self.result = result
    }

    /// The typed text with the chips appended as fields.
    public var query: String {
        var parts: [String] = []
        let typed = text.trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty { parts.append(typed) }
        if let actor { parts.append("actor:\(actor)") }
        if let era { parts.append("era:\(era)") }
        if let polarity { parts.append("pol:\(polarity.sign)") }
        return parts.joined(separator: " ")
    }

    /// True when the result is narrower than the whole model.
    public var isActive: Bool { !applied.isEmpty }
}
