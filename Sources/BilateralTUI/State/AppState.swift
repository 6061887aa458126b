import BilateralCore
import TerminalUI

/// Everything the dashboard shows, as a value: `update` changes it, the view draws it.
public struct AppState: Sendable, Equatable {
    /// The corpus, focused on `pair`: choosing another pair refocuses it (eras, article eras); the user's
    /// verdicts on stances change it too.
    public internal(set) var model: CorpusModel
    /// Shown in the title and status lines (`seeds`).
    public let corpusName: String
    /// The two actors whose relation the timeline scores.
    public internal(set) var pair: [String]
    /// Where eras come from when the pair changes.
    public let eraSources: EraSources
    public var width: Int
    public var height: Int
    public var capabilities: TerminalCapabilities

    public var focus: Pane = .timeline
    public var maximised = false
    public var mode: Mode = .normal
    /// The text being typed in the filter line, the search line or the picker.
    public var input = TextInput()
    public var filter: FilterState
    public var timeline = TimelineState()
    public var stances = StancesState()
    public var article = ArticleState()
    public var search = SearchState()
    public var picker = PickerState()
    public var pairPicker = PairPickerState()
    public var trajectory = TrajectoryState()
    /// The overview's figures for the focal pair, worked out when the overview is shown
    /// (`workOutOverview`); empty until then.
    public internal(set) var overview = OverviewFigures()
    /// False when `overview` was not worked out for the current model and pair.
    var overviewIsCurrent = false
    /// How far the `?` screen is scrolled when it does not fit.
    public var helpScroll = 0
    /// A one-off note for the status line, cleared by the next key.
    public var message: String?
    /// History, saved filters and the session: what outlives a run (kept by the executable).
    public var memory = CorpusMemory()
    /// Filter settings before each change, newest last (`U` goes back one).
    public var undoStack: [FilterSnapshot] = []
    /// Settings undone, newest last (`R` goes forward again).
    public var redoStack: [FilterSnapshot] = []
    /// What `update` asked the front end to do (copy, open, write), taken by the run loop.
    public var effects: [Effect] = []
    /// The pane Enter came from, where `h`/Left goes back to.
    public var enteredFrom: Pane?
    /// Places jumped from (Enter, g, G), oldest first; `C-o` goes back, `C-t` forward.
    public var jumps: [JumpPoint] = []
    /// Where in `jumps` the user is: `jumps.count` when not walking the list.
    public var jumpIndex = 0
    /// Keys, colours and mouse from the user's config file.
    public var settings = DashboardSettings()
    /// The filter as it was when the filter line opened: Esc in the line puts it back.
    var promptOrigin = FilterSnapshot()
    /// Which history entry Up/Down recalled into the filter line, and what was typed before.
    var historyIndex: Int?
    var historyDraft = ""
    public var shouldQuit = false
    /// Read marks, bookmarks and notes by `Article.marksKey`; kept apart from `model` so a mark does not rebuild its index.
    public var marks: [String: ArticleMarks]
    /// True when marks are kept (a store is open): unread articles are then shown bold.
    public var tracksReading = false
    /// True when notes may be written in the user's editor (C-x on the note line); never under `serve`.
    public var editorAvailable = false
    /// The user's edits not yet saved: the run loop hands them to the store after each update.
    public var pendingEdits: [UserEdit] = []
    /// The articles, events and counted stances the filter keeps and in all, for the status line.
    public internal(set) var shownTally = ShownTally()
    /// While the corpus opens in the background: how far it has got (the status line shows a progress bar).
    public var loading: LoadProgress?
    /// While the whole corpus's state is built in the background (`Dashboard.run`'s `provisionalAbove`):
    /// how many articles it has. This state then holds only the timeline's opening articles.
    public var indexing: Int?
    /// True while a run of filter-line edits is applied (`Action.filterLineEdits`): the filter waits for the last.
    var deferringFilter = false
    /// True when an edit left the filter unevaluated while `deferringFilter`; false once `update` returns.
    var filterDeferred = false
    /// True when a new query is evaluated off the update thread: `applyFilter` leaves a
    /// `filter.pending` request, the run loop hands it to a `FilterWorker`, and the answer comes
    /// back as `Action.filterEvaluated`. False in tests and benches, which evaluate at once.
    public var evaluatesInBackground = false
    /// Raised whenever `model` changes (a verdict, another pair): a filter asked of an older model is asked again.
    var modelRevision = 0

    // MARK: - Indexes built once

    let articleIndexByID: [String: Int]
    let actorKinds: [String: Actor.Kind]
    /// The model's actors by id: drawing names a row's actors without searching the list.
    let actorsByID: [String: Actor]
    /// Actor ids by how often the corpus mentions them, most first, for the picker.
    let actorsByMentions: [String]
    let stancesByArticle: [Int: [Int]]
    let copyFlags: CopyFlags
    /// How many of the model's stances count (`CorpusModel.counts`): the status line's total, kept
    /// here because a verdict changes it and counting at every keystroke is a pass over the corpus.
    var countedStanceTotal = 0
    /// Per stance, whether it counts (`CorpusModel.counts`), kept with the verdicts: a keystroke's
    /// counts and lists read these flags instead of copying each `Stance` out of the model.
    var stanceCounts: [Bool]
    /// Per stance, whether it comes from a near-duplicate copy (listed once, from the canonical article).
    let stanceFromCopy: [Bool]
    var timelines: TimelineCache
    /// Where the search started, so Esc can put the article back.
    var searchOrigin = 0
    /// The timeline row the search started on: showing a match may unfold rows above it.
    var searchOriginRow: TimelineRow?
    /// The timeline's folds when the search started: while the query is typed only the current
    /// match is unfolded, and Esc puts them back.
    var searchOriginFolds: TimelineFolds?

    public init(
        model: CorpusModel, width: Int, height: Int,
        capabilities: TerminalCapabilities = TerminalCapabilities(unicode: true, colors: 256),
        corpusName: String = "corpus", pair: (String, String)? = nil, eraSources: EraSources = .builtIn,
        overviewFirst: Bool = false
    ) {
        var model = model
        if let pair, Set([pair.0, pair.1]) != Set(model.pair) {
            RelationshipFocus.apply(to: &model, pair: [pair.0, pair.1], sources: eraSources)
        }
        self.model = model
        self.corpusName = corpusName
        self.pair = pair.map { [$0.0, $0.1] } ?? (model.pair.count == 2 ? model.pair : ["RUS", "JPN"])
        self.eraSources = eraSources
        self.width = width
        self.height = height
        self.capabilities = capabilities
        self.filter = FilterState(result: Filter.all.apply(to: model))
        self.marks = model.marks

        var byID: [String: Int] = [:]
        for (index, article) in model.articles.enumerated() where byID[article.id] == nil { byID[article.id] = index }
        articleIndexByID = byID
        actorKinds = Dictionary(model.actors.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        actorsByID = Dictionary(model.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var totals: [String: Int] = [:]
        for analysis in model.analyses {
            for (actor, count) in analysis.mentionCounts { totals[actor, default: 0] += count }
        }
        actorsByMentions = model.actors.map(\.id).sorted { (totals[$0] ?? 0, $1) > (totals[$1] ?? 0, $0) }
        var byArticle: [Int: [Int]] = [:]
        for (index, stance) in model.stances.enumerated() {
            if let article = byID[stance.article] { byArticle[article, default: []].append(index) }
        }
        stancesByArticle = byArticle
        copyFlags = CopyFlags(model: model, articleIndexByID: byID)
        stanceCounts = model.stances.map(model.counts)
        stanceFromCopy = model.stances.map(\.fromCopy)
        countedStanceTotal = stanceCounts.reduce(0) { $0 + ($1 ? 1 : 0) }
        timelines = TimelineCache(model: model, pair: self.pair)
        // A corpus about several relationships opens where they are compared (see the README).
        if overviewFirst, OverviewFigures.hasSeveralMajorPairs(model) { showOverview() }

        timeline.folds = .initial(articleCount: model.articles.count)
        rebuildTimeline()
    }

    public var layout: ScreenLayout {
        ScreenLayout(width: width, height: height, focus: focus, maximised: maximised)
    }

    /// Rows of the article pane's viewport.
    var articleViewport: Int { max(1, articleTextArea.height) }
    var timelineViewport: Int { max(1, layout.inner(.timeline).height) }
    /// Rows of the stance list, above the evidence of the selected stance.
    var stancesViewport: Int { StancesLayout(inner: layout.inner(.stances)).list.height }

    public var ascii: Bool { !capabilities.unicode }

    /// The name of actor `id` (`Japan`), or the id when the model does not know it.
    public func actorName(_ id: String) -> String {
        actorsByID[id]?.name ?? id
    }

    /// Actor `id`'s name, or its short form where `columns` is too narrow (`ActorLabel`).
    func actorLabel(_ id: String, columns: Int = .max) -> String {
        ActorLabel.text(actorsByID[id], id: id, columns: columns)
    }

    /// The pair's names, or their short forms where `columns` is too narrow.
    func pairLabel(_ ids: [String], columns: Int = .max) -> String {
        ActorLabel.pair(ids.map { actorsByID[$0] }, ids: ids, columns: columns)
    }
}
