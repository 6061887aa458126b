import BilateralCore
import Foundation
import Testing
@testable import BilateralTUI
import TerminalUI

/// A terminal that plays a script: events to hand out, things to do (offer a model, open a gate),
/// and waits until the last frame shows something. The run loop's threads are held at fixed points
/// by `RunLoopHooks`, so each test makes one ordering of the hand-overs happen every time.
final class HandOverScript: TerminalBackend {
    enum Step {
        case event(TerminalEvent)
        case act(() -> Void)
        case waitFor(String, (String) -> Bool)
    }

    let size: (width: Int, height: Int) = (120, 40)
    let capabilities = TerminalCapabilities(unicode: true, colors: 256)
    var steps: [Step]
    var frames: [Grid] = []
    /// What the script was waiting for when it ran out of patience; nil when it played to the end.
    var stuckAt: String?
    private var patience = 1_500

    init(_ steps: [Step]) {
        self.steps = steps
    }

    private var lastFrame: String { frames.last.map { $0.rows.joined(separator: "\n") } ?? "" }

    func nextEvent() -> TerminalEvent {
        while true {
            if let event = nextEvent(timeout: 10) { return event }
        }
    }

    func nextEvent(timeout milliseconds: Int) -> TerminalEvent? {
        while let step = steps.first {
            switch step {
            case .act(let action):
                steps.removeFirst()
                action()
            case .event(let event):
                steps.removeFirst()
                return event
            case .waitFor(let what, let ready):
                guard ready(lastFrame) else {
                    patience -= 1
                    if patience <= 0 {
                        stuckAt = what
                        steps = []
                        return .closed
                    }
                    Thread.sleep(forTimeInterval: 0.005)
                    return nil
                }
                steps.removeFirst()
            }
        }
        return .closed
    }

    func present(_ grid: Grid) { frames.append(grid) }
}

/// A gate a background thread waits at until the test opens it (open from the start: no wait).
final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var isOpen: Bool
    private var arrived = 0

    init(open: Bool = false) { isOpen = open }

    func pass() {
        condition.lock()
        arrived += 1
        condition.broadcast()
        while !isOpen { condition.wait() }
        condition.unlock()
    }

    func open() {
        condition.lock()
        isOpen = true
        condition.broadcast()
        condition.unlock()
    }

    /// How many times a thread came to the gate.
    var arrivals: Int {
        condition.lock()
        defer { condition.unlock() }
        return arrived
    }
}

/// A filter typed while a large corpus opens (the loading hand-over of a partial and the whole model,
/// the sample's query in the background, the whole state's build) is the filter the whole corpus shows.
@Suite struct HandOverRaceTests {
    private static let building = "building the index"
    private let model = FixtureModel.model()

    private var filterKeys: [HandOverScript.Step] {
        [.event(.key(.character("f")))] + "treaty".map { .event(.key(.character($0))) }
    }

    /// The whole corpus filtered by "treaty", as typed with no background at all.
    private func direct() -> AppState {
        var state = AppState(model: model, width: 120, height: 40, corpusName: "fixture")
        state.press(.character("f"))
        state.type("treaty")
        return state
    }

    /// True once the whole corpus is drawn, filtered or not (in the filter line too, which shows no "building").
    private func wholeIsShown(_ frame: String) -> Bool {
        !frame.contains(Self.building) && frame.contains("\(direct().shownTally.articles.total) article")
    }

    private func wholeIsShownFiltered(_ frame: String) -> Bool {
        !frame.contains(Self.building) && frame.contains("/\(direct().shownTally.articles.total) article") && !frame.contains("filtering…")
    }

    private func run(_ terminal: HandOverScript, hooks: RunLoopHooks, loading: LoadingFeed? = nil, memory: CorpusMemory = CorpusMemory()) -> AppState {
        RunLoopHooks.$current.withValue(hooks) {
            Dashboard.run(
                model: loading == nil ? model : CorpusModel(), on: terminal, corpusName: "fixture", memory: memory,
                loading: loading, filterInBackgroundAbove: 1, provisionalAbove: 3, provisionalArticles: 1)
        }
    }

    private func expectFiltered(_ state: AppState, _ terminal: HandOverScript, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = direct()
        #expect(terminal.stuckAt == nil, "waited in vain for: \(terminal.stuckAt ?? "")", sourceLocation: sourceLocation)
        #expect(state.indexing == nil, sourceLocation: sourceLocation)
        #expect(state.model.articles.count == model.articles.count, sourceLocation: sourceLocation)
        #expect(state.filter.applied == "treaty", sourceLocation: sourceLocation)
        #expect(state.filter.pending == nil, sourceLocation: sourceLocation)
        #expect(state.filter.result == expected.filter.result, sourceLocation: sourceLocation)
        #expect(state.timeline.rows == expected.timeline.rows, sourceLocation: sourceLocation)
        #expect(state.shownTally == expected.shownTally, sourceLocation: sourceLocation)
    }

    @Test func theSamplesQueryStillRunningWhenTheWholeStateArrives() {
        // The sample's query is held until the whole state has replaced the sample.
        let sampleQuery = Gate()
        let hooks = RunLoopHooks(beforeQuery: { articles in if articles == 1 { sampleQuery.pass() } })
        let terminal = HandOverScript([.waitFor("the sample", { $0.contains(Self.building) })] + filterKeys + [
            .waitFor("the whole state", wholeIsShown),
            .act { sampleQuery.open() },
            .waitFor("the whole corpus filtered", wholeIsShownFiltered),
            .event(.key(.enter)), .event(.key(.character("q"))),
        ])
        let state = run(terminal, hooks: hooks)
        expectFiltered(state, terminal)
    }

    @Test func theWholeStateArrivesInTheIterationThatTakesTheKeys() {
        // The build waits for the keys; it is let go as they are handed out, so it may finish while they are acted on.
        let build = Gate()
        let hooks = RunLoopHooks(beforeBuild: { build.pass() })
        let terminal = HandOverScript([.waitFor("the sample", { $0.contains(Self.building) })]
            + [.event(.key(.character("f"))), .act { build.open() }] + "treaty".map { .event(.key(.character($0))) } + [
            .waitFor("the whole corpus filtered", wholeIsShownFiltered),
            .event(.key(.enter)), .event(.key(.character("q"))),
        ])
        let state = run(terminal, hooks: hooks)
        expectFiltered(state, terminal)
    }

    @Test func keysTypedBeforeTheCorpusArrivesThroughPartialAndWholeModels() {
        // Typed on the empty screen; then a partial model, then the whole one; the sample's query held until the whole state is in.
        let feed = LoadingFeed()
        let partial = TimelineSample.opening(of: model, count: 2)
        let sampleQuery = Gate()
        let hooks = RunLoopHooks(beforeQuery: { articles in if articles == 1 { sampleQuery.pass() } })
        let model = self.model
        let terminal = HandOverScript(filterKeys + [
            .act { feed.offer(partial: partial) },
            .waitFor("the partial model", { $0.contains("/2 article") }),
            .act { feed.finish(model) },
            .waitFor("the sample's query", { _ in sampleQuery.arrivals > 0 }),
            .waitFor("the whole state", wholeIsShown),
            .act { sampleQuery.open() },
            .waitFor("the whole corpus filtered", wholeIsShownFiltered),
            .event(.key(.enter)), .event(.key(.character("q"))),
        ])
        let state = run(terminal, hooks: hooks, loading: feed)
        expectFiltered(state, terminal)
    }

    @Test func theRememberedFilterTypedAgainWhileTheCorpusOpens() {
        // The last session ended on "treaty"; this one clears it and types it again while the sample's query is held.
        var memory = CorpusMemory()
        var session = AppState(model: model, width: 120, height: 40).session
        session.filter = FilterSnapshot(text: "treaty")
        memory.session = session
        let feed = LoadingFeed()
        let sampleQuery = Gate()
        let hooks = RunLoopHooks(beforeQuery: { articles in if articles == 1 { sampleQuery.pass() } })
        let model = self.model
        let terminal = HandOverScript([.act { feed.finish(model) }, .waitFor("the sample", { $0.contains(Self.building) })]
            + [.event(.key(.character("f"))), .event(.key(.ctrl("u")))] + "treaty".map { .event(.key(.character($0))) } + [
            .waitFor("the whole state", wholeIsShown),
            .act { sampleQuery.open() },
            .waitFor("the whole corpus filtered", wholeIsShownFiltered),
            .event(.key(.enter)), .event(.key(.character("q"))),
        ])
        let state = run(terminal, hooks: hooks, loading: feed, memory: memory)
        expectFiltered(state, terminal)
    }
}
