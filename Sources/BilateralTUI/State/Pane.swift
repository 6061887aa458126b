/// The three panes of the dashboard, in focus order.
public enum Pane: Int, Sendable, Hashable, CaseIterable {
    case timeline, article, stances

    public var title: String {
        switch self {
        case .timeline: return "Timeline"
        case .article: return "Article"
        case .stances: return "Stances"
        }
    }

    /// The next pane in Tab order, wrapping around.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % 3) ?? .timeline }
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 3) ?? .timeline }
}

/// What the keyboard is talking to.
public enum Mode: Sendable, Hashable {
    case normal
    /// Typing in the filter line (`f` or `:`).
    case filter
    /// Typing an article search (`/`).
    case search
    /// Choosing an actor from the list (`a`).
    case actorPicker
    /// Choosing one of the named saved filters (`F`).
    case savedFilters
    /// Typing the file `w` writes the filtered view to.
    case write
    /// The `?` overlay.
    case help
    /// Typing the note on the article (`i`).
    case note
    /// Choosing the focal pair from a list (`p`).
    case pairPicker
    /// The pair's monthly trajectory chart (`t`).
    case trajectory
    /// The overview of pairs, eras and counts (`O`).
    case overview
}
