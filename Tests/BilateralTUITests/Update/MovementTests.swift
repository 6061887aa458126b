import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

@Suite struct MovementTests {
    @Test func startsOnTheFirstArticleWithItOpen() {
        let state = makeState()
        #expect(state.timeline.selectedRow == .article(0))
        #expect(state.article.index == 0)
    }

    @Test func jAndKStopOnEraHeadersSkipTheScoreLineAndOpenWhatIsSelected() {
        var state = makeState()
        let rows = state.timeline.rows
        state.press(.character("j"))
        #expect(state.timeline.selectedRow == .event(0))
        #expect(state.article.index == 0)
        // The next era's header (where Space folds it); the article stays open meanwhile.
        state.press(.character("j"))
        #expect(state.timeline.selectedRow == .header(1))
        #expect(state.article.index == 0)
        state.press(.character("j"))
        #expect(state.timeline.selectedRow == .article(1))
        #expect(state.article.index == 1)
        #expect(rows[state.timeline.list.selected - 1] == .summary(1))
        state.press(.character("k"), .character("k"), .character("k"))
        #expect(state.timeline.selectedRow == .article(0))
        state.press(.up)
        #expect(state.timeline.selectedRow == .header(0))
        #expect(state.timeline.list.offset == 0)
    }

    @Test func anEventHighlightsItsSentenceAndEnterJumpsThere() throws {
        var state = makeState(width: 100, height: 16)
        for _ in 0..<8 where state.timeline.selectedRow != .event(2) { state.press(.character("j")) }
        #expect(state.timeline.selectedRow == .event(2))
        #expect(state.article.index == 2)
        let highlight = try #require(state.article.highlight)
        #expect(highlight.start == TextPosition(line: 1, column: 0))
        state.press(.enter)
        #expect(state.focus == .article)
        let row = try #require(state.article.document?.row(containing: highlight.start))
        #expect(row >= state.article.scroll && row < state.article.scroll + state.articleViewport)
    }

    @Test func gAndGGoToTheEnds() {
        var state = makeState()
        state.press(.character("G"))
        #expect(state.timeline.list.selected == state.timeline.rows.count - 1)
        #expect(state.timeline.selectedRow?.isHeader == false)
        state.press(.character("g"))
        #expect(state.timeline.selectedRow == .article(0))
        state.press(.end)
        #expect(state.timeline.list.selected == state.timeline.rows.count - 1)
    }

    @Test func pagingMovesByAViewportAndStopsAtTheEnd() {
        var state = makeState(width: 120, height: 12)
        state.press(.pageDown)
        #expect(state.timeline.list.selected > 1)
        state.press(.pageDown, .pageDown, .pageDown)
        #expect(state.timeline.list.selected == state.timeline.rows.count - 1)
        state.press(.pageUp, .pageUp, .pageUp, .pageUp)
        #expect(state.timeline.selectedRow == .article(0))
    }

    @Test func articleScrollsWithTheSameKeys() {
        var state = makeState(width: 80, height: 16)
        state.press(.character("2"))
        #expect(state.article.scroll == 0)
        state.press(.character("j"))
        #expect(state.article.scroll == 1)
        state.press(.ctrl("d"))
        #expect(state.article.scroll == 1 + state.articleViewport / 2 || state.article.scroll == state.maxArticleScroll)
        state.press(.character("G"))
        #expect(state.article.scroll == state.maxArticleScroll)
        #expect(state.maxArticleScroll > 0)
        state.press(.character("j"))
        #expect(state.article.scroll == state.maxArticleScroll)
        state.press(.ctrl("u"), .character("g"))
        #expect(state.article.scroll == 0)
        state.press(.character("k"))
        #expect(state.article.scroll == 0)
    }

    @Test func stancesMoveAndHighlightTheirEvidence() {
        var state = makeState()
        state.press(.character("3"))
        #expect(state.stances.indices == [0, 1])
        let first = state.article.highlight
        #expect(first?.start.line == 4)
        state.press(.character("j"))
        #expect(state.stances.selected == 1)
        #expect(state.article.highlight?.start.line == 6)
        #expect(state.article.highlight != first)
    }

    @Test func enterOnAStanceFocusesTheArticleAtItsSentence() {
        var state = makeState(width: 100, height: 14)
        state.press(.character("3"), .character("j"), .enter)
        #expect(state.focus == .article)
        guard let highlight = state.article.highlight,
              let row = state.article.document?.row(containing: highlight.start) else {
            Issue.record("no highlight")
            return
        }
        #expect(row >= state.article.scroll && row < state.article.scroll + state.articleViewport)
    }

    @Test func enterOnAnArticleFocusesTheArticlePane() {
        var state = makeState()
        state.press(.enter)
        #expect(state.focus == .article)
        #expect(state.article.index == 0)
        state.press(.character("h"))
        #expect(state.focus == .timeline)
    }

    @Test func boilerplateIsHiddenUntilB() {
        var state = makeState()
        let hidden = state.article.document?.rows.contains { $0.role == .boilerplate } ?? true
        #expect(!hidden)
        state.press(.character("b"))
        #expect(state.article.showBoilerplate)
        #expect(state.article.document?.rows.contains { $0.role == .boilerplate } == true)
        state.press(.character("b"))
        #expect(state.article.document?.rows.contains { $0.role == .boilerplate } == false)
    }
}
