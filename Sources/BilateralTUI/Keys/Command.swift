/// Everything a key can ask the dashboard to do, each with the words the help screen shows.
public enum Command: String, Sendable, Hashable, CaseIterable {
    case quit, help, clear, clearAll, undo, redo, savedFilters
    case focusNext, focusPrevious, focusTimeline, focusArticle, focusStances, maximise
    case moveUp, moveDown, top, bottom, pageUp, pageDown, halfPageUp, halfPageDown
    case open
    case filter, search, searchNext, searchPrevious
    case pickActor, cycleEra, cycleEraBack, cooperative, conflictual, neutral
    case toggleBoilerplate
    case toggleRead, toggleBookmark, editNote, rejectStance, confirmStance
    case pickPair, trajectory, overview
    case sortStances, yank, openURL, writeView, back, jumpBack, jumpForward
    case toggleFold, foldAll, unfoldAll
    case evidenceDown, evidenceUp

    /// One line for the `?` screen.
    public var help: String {
        switch self {
        case .quit: return "quit"
        case .help: return "show or hide this help"
        case .clear: return "back a layer: search, last chip, filter"
        case .clearAll: return "clear the search, filter and every chip"
        case .undo: return "undo the last filter change"
        case .redo: return "redo the filter change undone"
        case .savedFilters: return "pick a saved filter (:save NAME saves)"
        case .focusNext: return "focus the next pane"
        case .focusPrevious: return "focus the previous pane"
        case .focusTimeline: return "focus the timeline"
        case .focusArticle: return "focus the article"
        case .focusStances: return "focus the stances"
        case .maximise: return "maximise the focused pane, or restore"
        case .moveUp: return "up one line"
        case .moveDown: return "down one line"
        case .top: return "go to the top"
        case .bottom: return "go to the bottom"
        case .pageUp: return "up one page"
        case .pageDown: return "down one page"
        case .halfPageUp: return "up half a page"
        case .halfPageDown: return "down half a page"
        case .open: return "open the article or sentence; era: fold"
        case .filter: return "open the filter line (words and fields)"
        case .search: return "search the focused pane as you type"
        case .searchNext: return "next match"
        case .searchPrevious: return "previous match"
        case .pickActor: return "pick an actor from a list"
        case .cycleEra: return "next era (then all eras)"
        case .cycleEraBack: return "previous era"
        case .cooperative: return "cooperative only (pol:+; again: any)"
        case .conflictual: return "conflictual only (pol:-; again: any)"
        case .neutral: return "neutral only (pol:=; again: any)"
        case .toggleBoilerplate: return "show or hide boilerplate (dimmed)"
        case .toggleRead: return "mark the article read or unread"
        case .toggleBookmark: return "bookmark the article (again: remove)"
        case .editNote: return "write a note on the article"
        case .rejectStance: return "mark the stance wrong (again: restore)"
        case .confirmStance: return "mark the stance confirmed (again: undo)"
        case .pickPair: return "choose the pair the timeline scores"
        case .trajectory: return "chart the pair's net score per month"
        case .overview: return "overview: top pairs, eras, counts"
        case .sortStances: return "sort stances: score, date, holder, target"
        case .yank: return "copy the evidence with its citation"
        case .openURL: return "open the article's URL in the browser"
        case .writeView: return "write the filtered view to a file"
        case .back: return "back to the pane Enter came from"
        case .jumpBack: return "back in the jump list"
        case .jumpForward: return "forward in the jump list"
        case .toggleFold: return "fold/unfold this era or article"
        case .foldAll: return "fold every era and article"
        case .unfoldAll: return "unfold everything"
        case .evidenceDown: return "scroll the stance's evidence down"
        case .evidenceUp: return "scroll the stance's evidence up"
        }
    }

    /// A word or two for the status-line hints.
    public var hint: String {
        switch self {
        case .quit: return "quit"
        case .help: return "help"
        case .clear: return "back"
        case .clearAll: return "clear all"
        case .undo: return "undo"
        case .redo: return "redo"
        case .savedFilters: return "saved"
        case .focusNext, .focusPrevious: return "pane"
        case .focusTimeline: return "timeline"
        case .focusArticle: return "article"
        case .focusStances: return "stances"
        case .maximise: return "zoom"
        case .moveUp, .moveDown: return "move"
        case .top, .bottom: return "top/end"
        case .pageUp, .pageDown, .halfPageUp, .halfPageDown: return "page"
        case .open: return "open"
        case .filter: return "filter"
        case .search: return "search"
        case .searchNext, .searchPrevious: return "next"
        case .pickActor: return "actor"
        case .cycleEra, .cycleEraBack: return "era"
        case .cooperative, .conflictual, .neutral: return "polarity"
        case .toggleBoilerplate: return "boilerplate"
        case .toggleRead: return "read"
        case .toggleBookmark: return "bookmark"
        case .editNote: return "note"
        case .rejectStance: return "wrong"
        case .confirmStance: return "confirm"
        case .pickPair: return "pair"
        case .trajectory: return "chart"
        case .overview: return "overview"
        case .sortStances: return "sort"
        case .yank: return "copy"
        case .openURL: return "open URL"
        case .writeView: return "write"
        case .back: return "back"
        case .jumpBack, .jumpForward: return "jump"
        case .toggleFold, .foldAll, .unfoldAll: return "fold"
        case .evidenceDown, .evidenceUp: return "evidence"
        }
    }
}
