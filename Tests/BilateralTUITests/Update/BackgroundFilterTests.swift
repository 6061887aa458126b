import BilateralCore
import Foundation
import Testing
@testable import BilateralTUI
import TerminalUI

/// Filters evaluated off the update thread (`AppState.evaluatesInBackground`, `FilterWorker`): the
/// newest request's result is shown, older ones are dropped, and keys are acted on in order meanwhile.
@Suite struct BackgroundFilterTests {
    @Test func aResultForAnOlderQueryIsDroppedAndTheNewestShowsWhatTheUpdateThreadWould() throws {
        var state = makeState()
        state.evaluatesInBackground = true
        state.press(.character("f"))
        state.type("tr")
        let older = try #require(FilterJob(state)).run()
        state.type("eaty")
        let newest = try #require(FilterJob(state)).run()
        #expect(newest.generation > older.generation)
        // Nothing is shown until the answer comes: the timeline is the whole corpus's.
        let whole = makeState()
        #expect(state.filter.applied.isEmpty)
        #expect(state.timeline.rows == whole.timeline.rows)

        update(&state, .filterEvaluated(older))
        #expect(state.filter.applied.isEmpty, "a result for 'tr' came after 'treaty' was asked for")
        #expect(state.filter.pending?.generation == newest.generation)

        update(&state, .filterEvaluated(newest))
        var direct = makeState()
        direct.press(.character("f"))
        direct.type("treaty")
        #expect(state.filter.pending == nil)
        #expect(state.filter.applied == "treaty")
        #expect(state.filter.result == direct.filter.result)
        #expect(state.filter.result != whole.filter.result)
        #expect(state.timeline.rows == direct.timeline.rows)
        #expect(state.timeline.selectedRow == direct.timeline.selectedRow)
        #expect(state.stances.indices == direct.stances.indices)
        #expect(state.shownTally == direct.shownTally)
    }

    @Test func typingBackToTheShownQueryWithdrawsTheRequest() throws {
        var state = makeState()
        state.evaluatesInBackground = true
        state.press(.character("f"))
        state.type("x")
        let stale = try #require(FilterJob(state)).run()
        state.press(.backspace)
        #expect(state.filter.pending == nil)
        update(&state, .filterEvaluated(stale))
        #expect(state.filter.applied.isEmpty)
        #expect(state.filter.result == makeState().filter.result)
    }

    @Test func aVerdictWhileAFilterIsPendingAsksForItAgainOnTheChangedModel() throws {
        var state = makeState()
        state.evaluatesInBackground = true
        state.press(.character("3"))
        #expect(state.stances.selected != nil)
        state.press(.character("f"))
        state.type("treaty")
        state.press(.enter)
        let before = try #require(FilterJob(state)).run()
        state.press(.character("x"))
        let again = try #require(state.filter.pending)
        #expect(again.generation > before.generation)
        // The answer worked out on the model before the verdict is not shown.
        update(&state, .filterEvaluated(before))
        #expect(state.filter.applied.isEmpty)
        update(&state, .filterEvaluated(try #require(FilterJob(state)).run()))
        #expect(state.filter.pending == nil)
        #expect(state.filter.applied == "treaty")
    }

    @Test func theWorkerReportsOnlyTheNewestRequest() throws {
        var state = makeState()
        state.evaluatesInBackground = true
        state.press(.character("f"))
        let worker = FilterWorker()
        var submitted: [Int] = []
        for character in "treaty" {
            state.type(String(character))
            let job = try #require(FilterJob(state))
            worker.submit(job)
            submitted.append(job.request.generation)
        }
        var outcome: FilterOutcome?
        for _ in 0..<2_000 where worker.isBusy {
            if let taken = worker.take() { outcome = taken }
            Thread.sleep(forTimeInterval: 0.002)
        }
        if let taken = worker.take() { outcome = taken }
        #expect(!worker.isBusy)
        #expect(outcome?.generation == submitted.last)
        #expect(outcome?.query == "treaty")
    }

    @Test func theRunLoopActsOnEveryKeyInOrderWhileFiltersRunAndShowsTheLastQuery() {
        // Keys arrive one at a time with pauses between them, while results come from the worker.
        let keys: [Key] = [.character("f")] + Array("abe | treaty").map(Key.character) + [.backspace, .character("y"), .enter,
            .character("j"), .character("j"), .character("f"), .ctrl("u")] + Array("russia").map(Key.character) + [.enter, .character("j")]
        let direct = Dashboard.run(model: FixtureModel.model(), on: WaitingTerminal(width: 120, height: 40, events: keys.map(TerminalEvent.key)),
                                   restoreSession: false)
        let slow = PausingTerminal(width: 120, height: 40, events: keys.map(TerminalEvent.key))
        let state = Dashboard.run(model: FixtureModel.model(), on: slow, restoreSession: false, filterInBackgroundAbove: 0)
        #expect(state.filter.applied == "russia")
        #expect(state.filter.pending == nil)
        #expect(state.filter.result == direct.filter.result)
        #expect(state.timeline.rows == direct.timeline.rows)
        #expect(state.filter.text == direct.filter.text)
        #expect(state.mode == .normal)
        #expect(slow.events.isEmpty)
    }
}

/// A terminal whose keys come one at a time, each after a short wait with nothing (as typing does):
/// waiting with a limit returns nil in between, and once the keys are spent it closes.
final class PausingTerminal: TerminalBackend {
    var size: (width: Int, height: Int)
    let capabilities = TerminalCapabilities(unicode: true, colors: 256)
    var events: [TerminalEvent]
    private var pauseNext = true

    init(width: Int, height: Int, events: [TerminalEvent]) {
        size = (width, height)
        self.events = events
    }

    func nextEvent() -> TerminalEvent {
        events.isEmpty ? .closed : events.removeFirst()
    }

    func nextEvent(timeout milliseconds: Int) -> TerminalEvent? {
        if events.isEmpty || pauseNext {
            pauseNext = false
            Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
            return nil
        }
        pauseNext = true
        return events.removeFirst()
    }

    func present(_ grid: Grid) {}
}
