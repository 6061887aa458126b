import Testing
@testable import BilateralTUI
import TerminalUI

/// A terminal that replays events and keeps every frame.
final class ScriptedTerminal: TerminalBackend {
    var size: (width: Int, height: Int)
    let capabilities: TerminalCapabilities
    var events: [TerminalEvent]
    var frames: [Grid] = []

    init(width: Int, height: Int, events: [TerminalEvent], unicode: Bool = true) {
        size = (width, height)
        capabilities = TerminalCapabilities(unicode: unicode, colors: 256)
        self.events = events
    }

    func nextEvent() -> TerminalEvent {
        events.isEmpty ? .closed : events.removeFirst()
    }

    func present(_ grid: Grid) {
        frames.append(grid)
    }
}

@Suite struct DashboardRunTests {
    @Test func drawsAFramePerEventAndStopsOnQ() {
        let terminal = ScriptedTerminal(width: 100, height: 30, events: [
            .key(.character("j")), .resize(width: 80, height: 24), .key(.character("q")), .key(.character("j")),
        ])
        let state = Dashboard.run(model: FixtureModel.model(), on: terminal, corpusName: "fixture")
        #expect(state.shouldQuit)
        #expect(terminal.frames.count == 3)
        #expect(terminal.frames[0].width == 100)
        #expect(terminal.frames[2].width == 80 && terminal.frames[2].height == 24)
        #expect(terminal.events.count == 1)
    }

    @Test func stopsWhenTheTerminalCloses() {
        let terminal = ScriptedTerminal(width: 100, height: 30, events: [.key(.character("j")), .closed])
        Dashboard.run(model: FixtureModel.model(), on: terminal)
        #expect(terminal.frames.count == 2)
    }

    @Test func runsOnAnEmptyCorpus() {
        let terminal = ScriptedTerminal(width: 80, height: 24, events: [
            .key(.character("j")), .key(.character("3")), .key(.enter), .key(.character("/")), .key(.character("x")),
        ])
        Dashboard.run(model: .init(), on: terminal)
        #expect(terminal.frames.count == 6)
        #expect(terminal.frames[0].rows.joined().contains("nothing matches"))
    }
}
