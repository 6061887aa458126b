import TerminalUI

/// What can happen to the dashboard: keys and terminal events, or a named command.
public enum Action: Sendable, Hashable {
    case key(Key)
    /// Edits of the filter line that arrived together, faster than frames are drawn (typed
    /// quickly or pasted): each is applied in order, and the filter is evaluated once, for the
    /// line as the last leaves it, instead of for every stale line in between.
    case filterLineEdits([Key])
    case command(Command)
    case resize(width: Int, height: Int)
    /// The terminal went away.
    case closed
    /// The corpus is still opening: how far it has got.
    case loading(LoadProgress)
    /// The user's editor gave back the note of article `article` (see `Effect.editNote`).
    case noteEdited(article: Int, NoteEditResult)
    /// A filter's result worked out off the update thread (`FilterWorker`): shown only when it
    /// answers the newest request.
    case filterEvaluated(FilterOutcome)
}
