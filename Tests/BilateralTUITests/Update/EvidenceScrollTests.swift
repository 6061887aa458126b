import Testing
@testable import BilateralTUI
import TerminalUI

/// Evidence longer than the block under the stance list scrolls with J/K and the wheel.
@Suite struct EvidenceScrollTests {
    /// The stances pane's rows of `state`'s frame.
    private func stanceRows(_ state: AppState) -> [String] {
        let grid = DashboardView.render(state)
        let pane = state.layout.panes[.stances] ?? grid.bounds
        return (pane.y..<pane.maxY).map { String(grid.row($0).dropFirst(pane.x).prefix(pane.width)) }
    }

    /// At 80×24, the rupture article's first stance: three lines of evidence, two shown.
    private func overflowing() -> AppState {
        var state = makeState(width: 80, height: 24)
        state.selectArticle(2)
        state.press(.character("3"))
        return state
    }

    @Test func jScrollsTheEvidenceAndTheRuleSaysWhichLinesShow() {
        var state = overflowing()
        #expect(stanceRows(state).contains { $0.contains(" 2/3 lines ") })
        state.press(.character("J"))
        let rows = stanceRows(state)
        #expect(rows.contains { $0.contains(" 2–3/3 lines ") }, "\(rows)")
        #expect(rows.contains { $0.contains("Ukraine.") })
        #expect(!rows.contains { $0.contains("Russia suspended peace") }, "the first line scrolled away")
        #expect(!rows.contains { $0.contains("…") }, "nothing more below")
        state.press(.character("J"))
        #expect(state.stances.evidenceOffset == 1, "not past the end")
        #expect(state.message == nil)
        state.press(.character("K"), .character("K"))
        #expect(state.stances.evidenceOffset == 0)
        #expect(stanceRows(state).contains { $0.contains(" 2/3 lines ") })
    }

    @Test func anotherStanceShowsItsEvidenceFromTheTop() {
        var state = overflowing()
        state.press(.character("J"), .character("j"))
        #expect(state.stances.evidenceOffset == 0)
        #expect(stanceRows(state).contains { $0.contains("The Russian foreign") })
    }

    @Test func theWheelOverTheEvidenceScrollsItAndOverTheListMovesTheSelection() {
        var state = overflowing()
        let detail = StancesLayout(inner: state.layout.inner(.stances)).detail
        state.press(.mouse(MouseEvent(action: .wheelDown, x: detail.x + 2, y: detail.y + 1)))
        #expect(state.stances.evidenceOffset == 1)
        #expect(state.stances.list.selected == 0, "the list did not move")
    }

    @Test func evidenceThatFitsSaysSo() {
        var state = makeState(width: 120, height: 40)
        state.press(.character("3"), .character("J"))
        #expect(state.stances.evidenceOffset == 0)
        #expect(state.message == "the evidence shows whole")
    }
}
