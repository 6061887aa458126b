import BilateralCore
@testable import BilateralTUI
import Foundation
import TerminalUI
import Testing

@Suite struct ProgressiveLoadingTests {
    private func text(_ grid: Grid, row: Int) -> String {
        (0..<grid.width).map { grid[$0, row].text }.joined()
    }

    @Test func theFirstFrameComesBeforeTheModelWithAProgressBarAndKeysWork() {
        let feed = LoadingFeed()
        let terminal = ScriptedTerminal(width: 100, height: 30, events: [
            .key(.character("2")), .key(.character("j")), .key(.character("q")),
        ])
        feed.report(done: 0, total: 4, now: Date(timeIntervalSince1970: 0))
        feed.report(done: 2, total: 4, now: Date(timeIntervalSince1970: 1))
        let state = Dashboard.run(model: CorpusModel(), on: terminal, corpusName: "fixture", loading: feed)
        // Frame 1: nothing yet; frame 2: the progress that arrived; the model arrives later.
        #expect(text(terminal.frames[0], row: 29).contains("opening 0/0"))
        #expect(text(terminal.frames[1], row: 29).contains("opening 2/4"))
        #expect(text(terminal.frames[1], row: 29).contains("2/s · 1 s left"))
        #expect(state.focus == .article)
        #expect(state.model.articles.isEmpty)
        #expect(feed.stopRequested)
    }

    @Test func thePanesFillWhenTheModelArrives() {
        let feed = LoadingFeed()
        let terminal = ScriptedTerminal(width: 100, height: 30, events: [.key(.character("j")), .key(.character("j")), .key(.character("q"))])
        feed.report(done: 4, total: 4)
        feed.finish(FixtureModel.model())
        let state = Dashboard.run(model: CorpusModel(), on: terminal, corpusName: "fixture", loading: feed)
        #expect(state.model.articles.count == FixtureModel.articles.count)
        #expect(state.loading == nil)
        #expect(!text(terminal.frames.last ?? Grid(width: 1, height: 1), row: 29).contains("opening"))
        #expect(!state.timeline.rows.isEmpty)
    }

    @Test func progressTextInASCII() {
        let text = StatusLine.progressText(LoadProgress(done: 5, total: 10, rate: 12.4, secondsLeft: 0.4), ascii: true, barWidth: 4)
        #expect(text == "opening 5/10 ##.. 12/s · 1 s left")
    }
}

@Suite struct ProgressiveQuitTests {
    @Test func qPressedAsTheModelArrivesStillQuits() {
        let feed = LoadingFeed()
        feed.finish(FixtureModel.model())
        // Nothing after q: a q lost to the arriving model would leave the loop reading .closed instead.
        let terminal = ScriptedTerminal(width: 100, height: 30, events: [.key(.character("q")), .key(.character("j"))])
        let state = Dashboard.run(model: CorpusModel(), on: terminal, corpusName: "fixture", loading: feed)
        #expect(state.shouldQuit)
        #expect(terminal.events.count == 1, "the j after q must not be read")
    }
}
