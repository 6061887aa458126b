import BilateralCore
import Foundation
import Testing
@testable import BilateralTUI
import TerminalUI

/// A terminal that keeps every frame and, with a time limit, hands out its next event only once
/// `ready(lastFrame)` holds (waiting that long with nothing otherwise), closing after `patience` waits.
final class FrameWatchingTerminal: TerminalBackend {
    let size: (width: Int, height: Int) = (120, 40)
    let capabilities = TerminalCapabilities(unicode: true, colors: 256)
    var events: [TerminalEvent]
    var frames: [Grid] = []
    private let ready: (String) -> Bool
    private var patience = 400

    init(events: [TerminalEvent], ready: @escaping (String) -> Bool) {
        self.events = events
        self.ready = ready
    }

    func nextEvent() -> TerminalEvent {
        events.isEmpty ? .closed : events.removeFirst()
    }

    func nextEvent(timeout milliseconds: Int) -> TerminalEvent? {
        let last = frames.last.map { $0.rows.joined(separator: "\n") } ?? ""
        guard ready(last) || patience <= 0 else {
            patience -= 1
            Thread.sleep(forTimeInterval: Double(min(milliseconds, 10)) / 1000)
            return nil
        }
        return nextEvent()
    }

    func present(_ grid: Grid) { frames.append(grid) }
}

@Suite struct ProvisionalStateTests {
    private static let building = "building the index"

    @Test func aLargeCorpusIsFirstDrawnFromItsOpeningArticlesThenWhole() throws {
        let model = FixtureModel.model()
        let terminal = FrameWatchingTerminal(events: [.key(.character("q"))]) { !$0.contains(Self.building) }
        let state = Dashboard.run(
            model: model, on: terminal, corpusName: "fixture", filterInBackgroundAbove: 1, provisionalAbove: 1, provisionalArticles: 2)
        let first = try #require(terminal.frames.first).rows.joined(separator: "\n")
        #expect(first.contains("building the index of \(model.articles.count) articles · first 2 shown"))
        // The sample's timeline opens where the whole one does.
        let whole = AppState(model: model, width: 120, height: 40, corpusName: "fixture")
        #expect(state.indexing == nil)
        #expect(state.model == whole.model)
        #expect(state.timeline.rows == whole.timeline.rows)
        #expect(state.shownTally == whole.shownTally)
        let firstArticle = try #require(whole.timeline.rows.first { if case .article = $0 { return true } else { return false } })
        guard case .article(let index) = firstArticle else { return }
        #expect(first.contains(String(model.articles[index].title.prefix(20))))
    }

    @Test func aFilterTypedWhileTheIndexIsBuiltIsAppliedToTheWholeCorpus() {
        let model = FixtureModel.model()
        let keys: [TerminalEvent] = [.key(.character("f"))] + "treaty".map { .key(.character($0)) } + [.key(.enter)]
        let total = AppState(model: model, width: 120, height: 40).shownTally.articles.total
        // The keys go in at once, while the whole state may still be building; q once the whole
        // corpus is shown with the filter's counts (x/total articles).
        var handed = 0
        let terminal = FrameWatchingTerminal(events: keys + [.key(.character("q"))]) { frame in
            handed += 1
            return handed <= keys.count || (!frame.contains(Self.building) && frame.contains("/\(total) article"))
        }
        let state = Dashboard.run(
            model: model, on: terminal, corpusName: "fixture", filterInBackgroundAbove: 1, provisionalAbove: 1, provisionalArticles: 1)
        var direct = AppState(model: model, width: 120, height: 40, corpusName: "fixture")
        direct.press(.character("f"))
        direct.type("treaty")
        direct.press(.enter)
        #expect(state.indexing == nil)
        #expect(state.filter.applied == "treaty")
        #expect(state.filter.result == direct.filter.result)
        #expect(state.timeline.rows == direct.timeline.rows)
    }
}
