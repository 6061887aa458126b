@testable import BilateralCore
@testable import BilateralTUI
import TerminalUI
import Testing

/// What a pane says about its own selection: the timeline's position, and verdicts only on a stance the user is looking at.
@Suite struct PaneLeftoversTests {
    /// The timeline pane's top border line.
    private func timelineTitle(_ state: AppState) throws -> String {
        var grid = Grid(width: state.width, height: state.height)
        DashboardView.render(state, into: &grid)
        let area = try #require(state.layout.panes[.timeline])
        return (area.x..<area.maxX).map { grid[$0, area.y].text }.joined()
    }

    @Test func aFilterKeepingNothingShowsNoPositionAmongTheEraHeaders() throws {
        var state = makeState()
        #expect(try timelineTitle(state).contains("\(state.timeline.list.selected + 1)/\(state.timeline.rows.count)"))
        state.press(.character("f"))
        state.type("zzqqxx")
        state.press(.enter)
        #expect(state.timeline.isEmpty)
        #expect(!state.timeline.rows.isEmpty, "the era headers are still rows")
        let title = try timelineTitle(state)
        #expect(!title.contains("/\(state.timeline.rows.count)"), "title \(title)")
    }

    @Test func aVerdictKeyOutsideTheStancesPaneSaysWhyAndChangesNothing() {
        var state = makeState()
        state.press(.character("3"))
        let selected = state.stances.selected
        #expect(selected != nil)
        for pane in ["1", "2"] {
            state.press(.character(Character(pane)))
            state.press(.character("x"))
            #expect(state.model.stances.allSatisfy { $0.verdict == nil }, "pane \(pane)")
            #expect(state.pendingEdits.isEmpty)
            #expect(state.message?.contains("3 focuses the stances pane") == true)
            state.press(.character("c"))
            #expect(state.model.stances.allSatisfy { $0.verdict == nil })
        }
        state.press(.character("3"))
        #expect(state.stances.selected == selected)
        state.press(.character("x"))
        #expect(selected.map { state.model.stances[$0].verdict } == .rejected)
    }
}
