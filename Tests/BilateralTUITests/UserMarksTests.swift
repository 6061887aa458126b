@testable import BilateralCore
@testable import BilateralTUI
import TerminalUI
import Testing

@Suite struct UserMarksTests {
    /// The state with the stances pane focused on a stance between the pair, whose score the timeline counts.
    private func stateOnAPairStance() throws -> (AppState, Int) {
        var state = makeState()
        state.selectArticle(0)
        state.press(.enter, .character("3"))
        let pair = Set(["RUS", "JPN"])
        for _ in 0..<state.stances.indices.count {
            if let selected = state.stances.selected, pair.contains(state.model.stances[selected].holder) || pair.contains(state.model.stances[selected].target) {
                return (state, selected)
            }
            state.press(.character("j"))
        }
        Issue.record("no stance of the pair in the first article")
        throw CancellationError()
    }

    private func netScores(_ state: AppState) -> [Double] {
        state.timelines.whole.sections.map(\.netScore)
    }

    @Test func xRejectsTheStanceOutOfTheScoresAndXAgainRestoresIt() throws {
        var (state, index) = try stateOnAPairStance()
        let before = netScores(state)
        state.press(.character("x"))
        #expect(state.model.stances[index].verdict == .rejected)
        #expect(!state.model.counts(state.model.stances[index]))
        #expect(state.pendingEdits == [.verdict(stance: index, .rejected)])
        #expect(netScores(state) != before)
        state.press(.character("x"))
        #expect(state.model.stances[index].verdict == nil)
        #expect(netScores(state) == before)
        state.press(.character("c"))
        #expect(state.model.stances[index].verdict == .confirmed)
        #expect(netScores(state) == before)
    }

    @Test func aRejectedStanceIsDrawnDimWithACross() throws {
        var (state, index) = try stateOnAPairStance()
        state.press(.character("x"), .character("j"))
        var grid = Grid(width: state.width, height: state.height)
        DashboardView.render(state, into: &grid)
        let area = try #require(state.layout.panes[.stances])
        // The list has a one-column margin inside the border.
        let row = (area.y..<area.maxY).first { y in grid[area.x + 2, y].text == "✗" }
        let found = try #require(row, "no row starts with ✗")
        #expect(grid[area.x + 4, found].style.dim)
        #expect(state.model.stances[index].verdict == .rejected)
    }

    @Test func uMarksReadMBookmarksAndINotesTheSelectedArticle() {
        var state = makeState()
        state.selectArticle(1)
        let path = state.model.articles[1].path
        state.press(.character("u"), .character("m"), .character("i"))
        #expect(state.mode == .note)
        state.type("  check the date ")
        state.press(.enter)
        #expect(state.marks[path] == ArticleMarks(read: true, bookmarked: true, note: "check the date"))
        #expect(state.pendingEdits.count == 3)
        state.press(.character("u"), .character("m"), .character("i"))
        for _ in 0..<20 { state.press(.backspace) }
        state.press(.enter)
        #expect(state.marks[path] == nil)
    }

    @Test func openingAnArticleMarksItReadAndUnreadOnesAreBold() throws {
        var state = makeState()
        state.tracksReading = true
        state.selectArticle(2)
        var grid = Grid(width: state.width, height: state.height)
        DashboardView.render(state, into: &grid)
        let area = try #require(state.layout.panes[.timeline])
        let y = state.timeline.list.selected - state.timeline.list.offset + 1 + area.y
        #expect(grid[area.x + 15, y].style.bold)
        state.press(.enter)
        #expect(state.marks[state.model.articles[2].path]?.read == true)
    }
}
