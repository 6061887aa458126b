import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

/// Keys that arrive together: a run of filter-line edits is evaluated once, and nothing is
/// lost or reordered (`Action.filterLineEdits`, and the run loop's reading of waiting keys).
@Suite struct FilterLineBatchTests {
    static let edits: [Key] = Array("treaty").map(Key.character) + [.backspace, .backspace, .character("t"), .character("y"),
        .character(" "), .character("p"), .character("u"), .ctrl("w"), .character("!"), .character("k"), .left, .character("x")]

    @Test func editsTogetherLeaveTheStateKeysOneByOneLeave() {
        var oneByOne = makeState()
        oneByOne.press(.character("f"))
        for key in Self.edits { oneByOne.press(key) }
        var together = makeState()
        together.press(.character("f"))
        update(&together, .filterLineEdits(Self.edits))
        #expect(together.input == oneByOne.input)
        #expect(together.filter.text == oneByOne.filter.text)
        #expect(together.filter.applied == oneByOne.filter.applied)
        #expect(together.filter.result == oneByOne.filter.result)
        #expect(together.filter.error == oneByOne.filter.error)
        #expect(!together.filterDeferred && !together.deferringFilter)
    }

    @Test func aLineLeftUnparsedShowsItsErrorAfterTheRun() {
        var state = makeState()
        state.press(.character("f"))
        update(&state, .filterLineEdits(Array("actor:").map(Key.character)))
        #expect(state.filter.error != nil)
        #expect(state.filter.applied.isEmpty)
    }

    @Test func onlyLineEditsAreRunTogether() {
        #expect(AppState.isFilterLineEdit(.character("a")))
        #expect(AppState.isFilterLineEdit(.backspace))
        #expect(AppState.isFilterLineEdit(.ctrl("w")))
        for key: Key in [.enter, .escape, .up, .down, .pageDown, .ctrl("p"), .ctrl("c"), .tab, .resize] {
            #expect(!AppState.isFilterLineEdit(key), "\(key)")
        }
    }

    @Test func theRunLoopReadsWaitingKeysTogetherInOrder() {
        // f, a query, Enter, then j and Space: the moves must act on the applied filter's timeline.
        let keys: [Key] = [.character("f")] + Array("abe | treaty").map(Key.character) + [.backspace, .character("y"), .enter,
            .character("j"), .character("j")]
        let oneByOne = ScriptedTerminal(width: 120, height: 40, events: keys.map(TerminalEvent.key))
        let expected = Dashboard.run(model: FixtureModel.model(), on: oneByOne, restoreSession: false)
        let waiting = WaitingTerminal(width: 120, height: 40, events: keys.map(TerminalEvent.key))
        let state = Dashboard.run(model: FixtureModel.model(), on: waiting, restoreSession: false)
        #expect(state.filter.applied == "abe | treaty")
        #expect(state.filter.applied == expected.filter.applied)
        #expect(state.filter.result == expected.filter.result)
        #expect(state.timeline.selectedRow == expected.timeline.selectedRow)
        #expect(state.mode == .normal)
        // The keys were all there at once: one frame for them, not one per key.
        #expect(waiting.frames.count < oneByOne.frames.count)
    }

    @Test func keysAfterQuitAreNotActedOn() {
        let waiting = WaitingTerminal(width: 120, height: 40, events: [.key(.character("q")), .key(.character("f")), .key(.character("x"))])
        let state = Dashboard.run(model: FixtureModel.model(), on: waiting, restoreSession: false)
        #expect(state.shouldQuit)
        #expect(state.mode == .normal)
    }
}

/// A terminal whose scripted events have all arrived already: the run loop may read them without waiting.
final class WaitingTerminal: TerminalBackend {
    var size: (width: Int, height: Int)
    let capabilities = TerminalCapabilities(unicode: true, colors: 256)
    var events: [TerminalEvent]
    var frames: [Grid] = []

    init(width: Int, height: Int, events: [TerminalEvent]) {
        size = (width, height)
        self.events = events
    }

    func nextEvent() -> TerminalEvent {
        events.isEmpty ? .closed : events.removeFirst()
    }

    func pendingEvent() -> TerminalEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    func present(_ grid: Grid) {
        frames.append(grid)
    }
}
