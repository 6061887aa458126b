import BilateralCore
import TerminalUI

/// The dashboard's run loop, written against `TerminalBackend` so it runs on curses or a fake.
public enum Dashboard {
    /// At most this many waiting keys are read before a frame is drawn, so a long paste still shows progress.
    static let keysPerFrame = 256

    /// Shows `model` on `backend` until the user quits or the terminal goes away.
    ///
    /// Each event goes through `update`; a frame is drawn after each and handed to the
    /// backend, which writes only what changed.
    /// - Parameters:
    ///   - memory: what was remembered about this corpus (history, saved filters, session).
    ///   - restoreSession: false starts fresh, ignoring the remembered session.
    ///   - settings: keys, colours and mouse from the user's config file.
    ///   - perform: does an effect (copy, open a URL, write the view) and says how it went.
    ///   - remember: called with the memory whenever history or saved filters change, and
    ///     at exit with the session; the caller keeps it (the run loop does no file I/O).
    ///   - save: called with each change to the user's marks and verdicts, for the corpus store; nil when there is none.
    ///   - editNote: runs the user's editor on a note, the terminal given to it meanwhile; nil where
    ///     there must be no editor (under `serve`), and C-x on the note line then says so.
    ///   - filterInBackgroundAbove: from this many articles on, each new query is worked out on a
    ///     `FilterWorker` while keys go on being read and frames drawn, and the newest query's result is
    ///     shown when it comes; a smaller corpus is filtered at once (well under a millisecond), with no
    ///     frame in between. Nil: always at once.
    ///   - provisionalAbove: from this many articles on, a model is first shown by its timeline's opening
    ///     articles (`TimelineSample`, `provisionalArticles` of them), drawn at once, while the whole
    ///     state (indexes, timeline, overview) is built on another thread and shown when ready, with what
    ///     the user did meanwhile. Nil: always the whole state at once.
    /// - Returns: the state at exit, for tests.
    @discardableResult
    public static func run(
        model: CorpusModel, on backend: TerminalBackend, corpusName: String = "corpus",
        memory: CorpusMemory = CorpusMemory(), restoreSession: Bool = true, startMessage: String? = nil,
        eraSources: EraSources = .builtIn, overviewFirst: Bool = false,
        settings: DashboardSettings = DashboardSettings(),
        perform: (Effect, AppState) -> String? = { _, _ in nil },
        remember: (CorpusMemory) -> Void = { _ in }, save: ((UserEdit, CorpusModel) -> Void)? = nil,
        loading: LoadingFeed? = nil,
        editNote: ((String) -> NoteEditResult)? = nil,
        filterInBackgroundAbove: Int? = nil,
        provisionalAbove: Int? = nil, provisionalArticles: Int = 2_000
    ) -> AppState {
        let size = backend.size
        let capabilities = backend.capabilities, tracksReading = save != nil, editorAvailable = editNote != nil
        // Made again when the corpus finishes opening: the indexes are built from the whole model.
        let makeState: @Sendable (CorpusModel, Int, Int, CorpusMemory) -> AppState = { model, width, height, memory in
            var state = AppState(
                model: model, width: width, height: height, capabilities: capabilities, corpusName: corpusName,
                eraSources: eraSources, overviewFirst: overviewFirst)
            state.memory = memory
            state.settings = settings
            // A restored filter is worked out off this thread too: the first frame does not wait for it.
            state.evaluatesInBackground = filterInBackgroundAbove.map { model.articles.count >= $0 } ?? false
            if restoreSession, let session = memory.session { state.restore(session) }
            state.tracksReading = tracksReading
            state.editorAvailable = editorAvailable
            return state
        }
        let hooks = RunLoopHooks.current
        let worker = filterInBackgroundAbove == nil ? nil : FilterWorker(beforeRun: hooks.beforeQuery)
        // The generation of the request last handed to the worker.
        var submitted: Int?
        let builder = provisionalAbove == nil ? nil : StateBuilder(beforeMake: hooks.beforeBuild)
        /// The whole model whose state `builder` is making, and the edits made on the provisional state meanwhile.
        var building: CorpusModel?
        var editsWhileBuilding = 0
        var sessionWhenProvisional: SessionSnapshot?
        /// The state to show for `model`: itself when small; else one of the timeline's opening articles,
        /// while the whole state is built in the background (seconds at 100,000 articles).
        func firstState(_ model: CorpusModel, width: Int, height: Int, memory: CorpusMemory) -> AppState {
            guard let builder, let threshold = provisionalAbove, model.articles.count >= threshold else {
                builder?.discard()
                building = nil
                return makeState(model, width, height, memory)
            }
            var provisional = makeState(TimelineSample.opening(of: model, count: provisionalArticles), width, height, memory)
            provisional.foldForExpectedSize(model.articles.count)
            provisional.indexing = model.articles.count
            sessionWhenProvisional = provisional.session
            building = model
            editsWhileBuilding = 0
            let textInBackground = worker != nil
            builder.start {
                var state = makeState(model, width, height, memory)
                // Seconds at 100,000 articles: worked out here, so that `O` on the opened corpus shows it at once.
                state.workOutOverview()
                if textInBackground { FilterIndex.cached(for: state.model).prepareTextInBackground() }
                return state
            }
            return provisional
        }
        var state = firstState(model, width: size.width, height: size.height, memory: memory)
        // The folded text comes while the first frames are drawn; text terms wait for it off this thread.
        if worker != nil, state.indexing == nil { FilterIndex.cached(for: state.model).prepareTextInBackground() }
        state.message = startMessage
        if loading != nil { state.loading = LoadProgress(done: 0, total: 0) }
        // What the user does while the corpus opens (focus, a filter typed) carries over to the opened corpus.
        let sessionAtStart = state.session
        var grid = Grid(width: size.width, height: size.height)
        var kept = state.memory
        var editsWhileLoading = LoadingEdits()
        /// What update asked for (copy, open, write, a note in the editor) is done here, outside it;
        /// the front end says how it went. The user's edits go to the store.
        func settle(_ state: inout AppState) {
            let effects = state.effects
            state.effects = []
            for effect in effects {
                if case .editNote(let article, let text) = effect {
                    if let editNote { update(&state, .noteEdited(article: article, editNote(text))) }
                } else if let outcome = perform(effect, state) {
                    state.message = outcome
                }
            }
            if !state.pendingEdits.isEmpty {
                for edit in state.pendingEdits {
                    if state.loading != nil || state.indexing != nil { editsWhileLoading.record(edit, in: state.model) }
                    if state.indexing != nil { editsWhileBuilding += 1 }
                    save?(edit, state.model)
                }
                state.pendingEdits.removeAll()
            }
        }
        while !state.shouldQuit {
            if grid.width != state.width || grid.height != state.height {
                grid = Grid(width: state.width, height: state.height)
            }
            // A query waiting with no worker on it (its job was dropped with the state it was asked on) is asked again:
            // the filter line must never read one query while the panes wait for nothing.
            if let worker, let pending = state.filter.pending, pending.generation != submitted || !worker.isBusy, let job = FilterJob(state) {
                worker.submit(job)
                submitted = pending.generation
            }
            DashboardView.render(state, into: &grid)
            backend.present(grid)
            // While the corpus opens, wait for keys a tenth of a second at a time, to show what arrived;
            // while a filter is worked out, a few milliseconds at a time, to show its result at once.
            // While the whole state is built, a twentieth of a second, to show it soon after it is ready.
            let filtering = worker?.isBusy ?? false
            let event = filtering ? backend.nextEvent(timeout: 4)
                : builder?.isBusy == true ? backend.nextEvent(timeout: 50)
                : state.loading == nil ? backend.nextEvent() : backend.nextEvent(timeout: 100)
            // Keys that arrived while the last frame was made are read together: a run of filter-line
            // edits is evaluated once, for the newest line, so typing never queues up stale queries.
            var keys: [Key] = []
            var after = event
            if case .key(let key) = event {
                keys.append(key)
                after = nil
                while keys.count < Self.keysPerFrame, let waiting = backend.pendingEvent() {
                    guard case .key(let key) = waiting else {
                        after = waiting
                        break
                    }
                    keys.append(key)
                }
            }
            var position = 0
            while position < keys.count, !state.shouldQuit {
                var end = position + 1
                if state.mode == .filter, AppState.isFilterLineEdit(keys[position]) {
                    while end < keys.count, AppState.isFilterLineEdit(keys[end]) { end += 1 }
                }
                update(&state, end - position > 1 ? .filterLineEdits(Array(keys[position..<end])) : .key(keys[position]))
                position = end
                // An effect (the editor, a copy) happens before the next key, as it would with keys read one by one.
                if position < keys.count { settle(&state) }
            }
            switch after {
            case .key(let key): update(&state, .key(key))
            case .resize(let width, let height): update(&state, .resize(width: width, height: height))
            case .closed: update(&state, .closed)
            case nil: break
            }
            if let outcome = worker?.take() { update(&state, .filterEvaluated(outcome)) }
            if let builder, var built = builder.take(), var whole = building {
                if editsWhileBuilding > 0 {
                    // The user marked or judged on the opening articles meanwhile: built again with those edits.
                    editsWhileLoading.apply(to: &whole)
                    editsWhileBuilding = 0
                    let (width, height, memory, textInBackground) = (state.width, state.height, state.memory, worker != nil)
                    let model = whole
                    building = model
                    builder.start {
                        let state = makeState(model, width, height, memory)
                        if textInBackground { FilterIndex.cached(for: state.model).prepareTextInBackground() }
                        return state
                    }
                } else {
                    let before = state
                    worker?.discard()
                    submitted = nil
                    building = nil
                    if built.width != before.width || built.height != before.height {
                        update(&built, .resize(width: before.width, height: before.height))
                    }
                    built.loading = before.loading
                    state = built
                    carry(from: before, into: &state, changedSince: sessionWhenProvisional)
                }
            }
            if let loading, state.loading != nil {
                let arrived = loading.take()
                if let progress = arrived.progress { update(&state, .loading(progress)) }
                // The articles opened so far, then the whole corpus: the panes fill as they arrive.
                if var model = arrived.model ?? arrived.partial {
                    let before = state
                    editsWhileLoading.apply(to: &model)
                    // Results asked of the last model are for nothing: the new one is numbered otherwise.
                    worker?.discard()
                    submitted = nil
                    if arrived.model == nil { builder?.discard() }
                    state = arrived.model == nil ? makeState(model, state.width, state.height, state.memory)
                        : firstState(model, width: state.width, height: state.height, memory: state.memory)
                    if arrived.model == nil, let total = before.loading?.total { state.foldForExpectedSize(total) }
                    if worker != nil, arrived.model != nil, state.indexing == nil { FilterIndex.cached(for: state.model).prepareTextInBackground() }
                    if arrived.model == nil { state.loading = before.loading }
                    carry(from: before, into: &state, changedSince: sessionAtStart)
                } else if loading.isFinished {
                    state.loading = nil
                }
            }
            settle(&state)
            if state.memory != kept {
                kept = state.memory
                remember(kept)
            }
        }
        builder?.discard()
        loading?.requestStop()
        var final = state.memory
        final.session = state.session
        remember(final)
        return state
    }

    /// What the user did on `before` carried to `state`, the state of another model of the corpus:
    /// the session when it changed since `changedSince` (focus, filter, folds), the selected row by
    /// what it shows (articles are numbered otherwise in each model), the mode and what is typed.
    private static func carry(from before: AppState, into state: inout AppState, changedSince: SessionSnapshot?) {
        // Only what the user changed: a session left as it was restored is the new state's own restore (which may
        // keep a filter the state before could not, e.g. an actor of a corpus not opened yet).
        if before.session != changedSince { state.restore(before.session) }
        if !before.model.articles.isEmpty { state.reselect(before.timelineAnchor, screenLine: before.timeline.list.selected - before.timeline.list.offset) }
        state.mode = before.mode
        if state.mode == .overview { state.workOutOverview() }
        state.input = before.input
        state.message = before.message
        state.shouldQuit = before.shouldQuit
        state.undoStack = before.undoStack
        state.redoStack = before.redoStack
    }
}
