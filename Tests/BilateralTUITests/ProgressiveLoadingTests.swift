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

/// A scripted terminal that calls `before(n)` just before handing out its `n`th event.
final class HookedTerminal: TerminalBackend {
    let size: (width: Int, height: Int) = (100, 30)
    let capabilities = TerminalCapabilities(unicode: true, colors: 256)
    var events: [TerminalEvent]
    var frames: [Grid] = []
    private var handedOut = 0
    private let before: (Int) -> Void

    init(events: [TerminalEvent], before: @escaping (Int) -> Void) {
        self.events = events
        self.before = before
    }

    func nextEvent() -> TerminalEvent {
        before(handedOut)
        handedOut += 1
        return events.isEmpty ? .closed : events.removeFirst()
    }

    func present(_ grid: Grid) { frames.append(grid) }
}

@Suite struct PartialModelTests {
    @Test func thePanesFillWithWhatHasArrivedAndTheSelectionStaysOnItsArticle() throws {
        let full = FixtureModel.model()
        // Two of the four articles so far, numbered 0 and 1 here (1 and 2 in the whole corpus).
        let partial = try Filter.parse("'Singapore | 'NATO").apply(to: full).narrowing(full)
        #expect(partial.articles.map(\.id) == ["b-singapore.md", "c-rupture.txt"])
        let feed = LoadingFeed()
        feed.report(done: 2, total: 4)
        feed.offer(partial: partial)
        let terminal = HookedTerminal(events: [.key(.character("j")), .key(.character("j")), .resize(width: 100, height: 30), .key(.character("q"))]) { n in
            if n == 2 { feed.finish(full) }
        }
        let state = Dashboard.run(model: CorpusModel(), on: terminal, corpusName: "fixture", loading: feed)
        // The frame drawn from the partial model: its articles listed, still opening.
        let partialFrame = terminal.frames[1].rows.joined(separator: "\n")
        #expect(partialFrame.contains("Talks on the"))
        #expect(!partialFrame.contains("Abe and Putin meet"))
        #expect(partialFrame.contains("opening 2/4"))
        // j on the partial model moved to the Singapore event; the whole corpus keeps that row selected.
        #expect(state.model.articles.count == 4)
        #expect(state.loading == nil)
        #expect(state.timeline.selectedRow == .event(1))
        #expect(state.article.index == 1)
    }
}
