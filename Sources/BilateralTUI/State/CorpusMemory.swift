import Foundation

/// What the dashboard remembers about one corpus between runs: filter history, named saved
/// filters and where the user was. The executable keeps it in a file; the state only holds it.
public struct CorpusMemory: Sendable, Hashable, Codable {
    /// Filters applied with Enter, oldest first, no repeats.
    public var history: [String] = []
    /// Named filters (`:save NAME`), in the order they were saved.
    public var saved: [SavedFilter] = []
    /// Where the user was when the dashboard last closed on this corpus.
    public var session: SessionSnapshot?

    public static let historyLimit = 200

    public init(history: [String] = [], saved: [SavedFilter] = [], session: SessionSnapshot? = nil) {
        self.history = history
        self.saved = saved
        self.session = session
    }

    /// Adds `query` as the newest history entry, dropping an earlier copy.
    public mutating func remember(_ query: String) {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        history.removeAll { $0 == trimmed }
        history.append(trimmed)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }

    /// Saves `query` under `name`, replacing a filter of that name.
    public mutating func save(_ query: String, as name: String) {
        saved.removeAll { $0.name == name }
        saved.append(SavedFilter(name: name, query: query))
    }
}

/// A filter kept under a name, like newsboat's query feeds.
public struct SavedFilter: Sendable, Hashable, Codable {
    public var name: String
    public var query: String

    public init(name: String, query: String) {
        self.name = name
        self.query = query
    }
}

/// The position, filter, chips, focused pane, zoom, stance order and search, to reopen a corpus
/// where it was left.
public struct SessionSnapshot: Sendable, Hashable, Codable {
    public var filter: FilterSnapshot
    public var focus: Int
    public var maximised: Bool
    /// The selected timeline entry: `article` or `event`, and its index in the model.
    public var timelineKind: String?
    public var timelineIndex: Int?
    public var articleScroll: Int
    /// The selected stance's index in the model.
    public var stance: Int?
    /// What the user folded in the timeline; nil when it is the corpus size's default.
    public var folds: TimelineFolds?
    /// How the stances were sorted (`StanceOrder`'s name); nil in files written before it was kept.
    public var stanceOrder: String?
    /// The `/` search and the pane it searched (`Pane`'s number).
    public var search: String?
    public var searchPane: Int?

    public init(
        filter: FilterSnapshot, focus: Int, maximised: Bool, timelineKind: String?, timelineIndex: Int?,
        articleScroll: Int, stance: Int?, folds: TimelineFolds? = nil, stanceOrder: String? = nil,
        search: String? = nil, searchPane: Int? = nil
    ) {
        self.filter = filter
        self.focus = focus
        self.maximised = maximised
        self.timelineKind = timelineKind
        self.timelineIndex = timelineIndex
        self.articleScroll = articleScroll
        self.stance = stance
        self.folds = folds
        self.stanceOrder = stanceOrder
        self.search = search
        self.searchPane = searchPane
    }
}
