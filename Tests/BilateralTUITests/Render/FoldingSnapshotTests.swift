import Testing
@testable import BilateralTUI
import TerminalUI

/// The folded timeline as drawn at 80×24.
@Suite struct FoldingSnapshotTests {
    @Test func oneEraAndOneArticleFolded() {
        var state = makeState(width: 80, height: 24)
        // The Sochi era folded from its header; the Singapore article's event folded under it.
        state.press(.character("k"), .character(" "))
        state.selectArticle(1)
        state.press(.character(" "))
        let grid = DashboardView.render(state)
        assertSnapshot(grid, named: "folding-80x24")
        let timeline = grid.rows.map { String($0.prefix(30)) }.joined(separator: "\n")
        #expect(timeline.contains("▸ The Sochi warming"))
        #expect(!timeline.contains("Abe and Putin"))
        #expect(timeline.contains("▸1 ev"))
        #expect(!timeline.contains("In Singapore"))
    }

    @Test func everythingFolded() {
        var state = makeState(width: 80, height: 24)
        state.press(.character("["))
        let grid = DashboardView.render(state)
        assertSnapshot(grid, named: "folding-all-80x24")
        let timeline = grid.rows.map { String($0.prefix(30)) }.joined(separator: "\n")
        #expect(timeline.contains("▸ The rupture"))
        #expect(timeline.contains("▸ No era"))
        // Each era's score line still counts what it holds.
        #expect(timeline.contains("+4.0/st 1 st"))
    }

    @Test func foldedInASCII() {
        var state = makeState(width: 80, height: 24, unicode: false, colors: 8)
        state.press(.character("["))
        let timeline = DashboardView.render(state).rows.map { String($0.prefix(30)) }.joined(separator: "\n")
        #expect(timeline.contains("+ The Sochi warming"))
        let ascii = timeline.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii)
    }
}
