import Testing
@testable import BilateralTUI
import TerminalUI

/// Whole screens at the sizes the issue names, compared with `Snapshots/*.txt`.
@Suite struct SnapshotTests {
    @Test(arguments: [Pane.timeline, .article, .stances])
    func panesAt120x40(focus: Pane) {
        var state = makeState(width: 120, height: 40)
        state.press(.character(Character(String(focus.rawValue + 1))))
        assertSnapshot(DashboardView.render(state), named: "dashboard-120x40-\(focus.title.lowercased())")
    }

    @Test(arguments: [Pane.timeline, .article, .stances])
    func panesAt80x24(focus: Pane) {
        var state = makeState(width: 80, height: 24)
        state.press(.character(Character(String(focus.rawValue + 1))))
        assertSnapshot(DashboardView.render(state), named: "dashboard-80x24-\(focus.title.lowercased())")
    }

    @Test func cjkArticle() {
        var state = makeState(width: 100, height: 30)
        state.selectArticle(2)
        state.press(.enter)
        assertSnapshot(DashboardView.render(state), named: "cjk-100x30")
        let grid = DashboardView.render(state)
        #expect(grid.rows.contains { $0.contains("日本とロシアの関係") })
    }

    @Test func tooSmallScreen() {
        let grid = DashboardView.render(makeState(width: 30, height: 8))
        assertSnapshot(grid, named: "too-small-30x8")
        #expect(grid.rows.joined().contains("too small"))
        #expect(grid.rows.joined().contains("40×10"))
    }

    @Test func asciiMode() {
        var state = makeState(width: 100, height: 30, unicode: false, colors: 8)
        state.selectArticle(2)
        let grid = DashboardView.render(state)
        assertSnapshot(grid, named: "ascii-100x30")
        for row in grid.rows {
            #expect(row.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII in \(row)")
        }
        #expect(grid.rows.contains { $0.contains("\"openly unfriendly\" - a sharp") })
        #expect(grid.row(1).hasPrefix("#= 1 Timeline"))
        #expect(grid.row(1).contains("+- 2 Article -"))
    }

    @Test func oneNarrowPane() {
        var state = makeState(width: 60, height: 20)
        state.press(.tab)
        assertSnapshot(DashboardView.render(state), named: "narrow-60x20-article")
    }

    @Test func helpOverlay() {
        var state = makeState(width: 120, height: 40)
        state.press(.character("?"))
        let grid = DashboardView.render(state)
        assertSnapshot(grid, named: "help-120x40")
        let text = grid.rows.joined(separator: "\n")
        for keymap in Keymap.all {
            for binding in keymap.bindings {
                #expect(text.contains(binding.command.help), "help lacks \(binding.command)")
            }
        }
    }

    @Test func helpOverlayOnASmallScreen() {
        var state = makeState(width: 80, height: 24)
        state.press(.character("?"))
        assertSnapshot(DashboardView.render(state), named: "help-80x24")
        state.press(.character("G"))
        let end = DashboardView.render(state)
        assertSnapshot(end, named: "help-80x24-end")
        #expect(end.rows.joined().contains(Command.quit.help))
    }

    @Test func actorPicker() {
        var state = makeState(width: 100, height: 30)
        state.press(.character("a"))
        state.type("a")
        assertSnapshot(DashboardView.render(state), named: "actor-picker-100x30")
    }

    @Test func filterLineWhileTyping() {
        var state = makeState(width: 100, height: 30)
        state.press(.character("f"))
        state.type("pol:-")
        let grid = DashboardView.render(state)
        assertSnapshot(grid, named: "filter-line-100x30")
        #expect(grid.row(29).hasPrefix(" filter: pol:-"))
    }

    @Test func searchHighlightsMatches() {
        var state = makeState(width: 100, height: 30)
        state.press(.character("G"), .character("2"), .character("/"))
        state.type("Kuril")
        let grid = DashboardView.render(state)
        assertSnapshot(grid, named: "search-100x30")
        #expect(grid.row(29).contains("1/3 matches"))
    }
}

/// Drawing that does not mislead, at 80×24: ellipses on every cut, evidence that says it goes on.
@Suite struct ClippingSnapshotTests {
    @Test func evidenceThatDoesNotFitEndsWithAnEllipsisAndALineCount() {
        var state = makeState(width: 80, height: 24)
        state.selectArticle(2)
        state.press(.character("3"))
        let grid = DashboardView.render(state)
        assertSnapshot(grid, named: "evidence-overflow-80x24")
        let pane = state.layout.panes[.stances] ?? grid.bounds
        let rows = (pane.y..<pane.maxY).map { grid.row($0) }
        #expect(rows.contains { $0.contains("lines") && $0.contains("/") }, "the rule says how many lines show")
        #expect(rows.contains { $0.contains("…") })
    }

    @Test func clippedTextEndsWithAnEllipsisNeverInsideAYear() {
        let grid = DashboardView.render(makeState(width: 80, height: 24))
        assertSnapshot(grid, named: "ellipses-80x24")
        let text = grid.rows.joined(separator: "\n")
        #expect(!text.contains("2016–201"), "an era's years are never cut inside")
        #expect(!text.contains("the 195"), "nor a number in a title")
        #expect(text.contains("…"))
    }

    @Test func anUnfocusedSelectedStanceKeepsItsPolarityColour() {
        var state = makeState(width: 120, height: 40)
        state.press(.character("3"), .character("j"), .character("1"))
        let grid = DashboardView.render(state)
        let theme = Theme(capabilities: state.capabilities)
        let list = StancesLayout(inner: state.layout.inner(.stances)).list
        let y = list.y + state.stances.list.selected - state.stances.list.offset
        let score = (list.x..<list.maxX).map { grid[$0, y] }.first { $0.text == "-" || $0.text == "+" }
        #expect(score?.style.foreground == theme.polarity(.conflictual).foreground)
        #expect(score?.style.background == theme.inactiveSelection.background)
    }

    @Test func bodiesShowTheirNamesNotTheirIds() {
        var state = makeState(width: 120, height: 40)
        state.selectArticle(1)
        let text = DashboardView.render(state).rows.joined(separator: "\n")
        #expect(!text.contains("mofa-japan"))
        #expect(text.contains("Japanese Fo"))
    }
}

@Suite struct CorpusWideStanceTests {
    @Test func aFilteredListShowsTheDateAndTheArticle() {
        var state = makeState(width: 200, height: 40)
        state.press(.character("-"))
        let text = DashboardView.render(state).rows.joined(separator: "\n")
        #expect(text.contains("2018-11 "), "the article's date beside the score")
        #expect(text.contains("Moscow halts peace-treaty talks"), "the article's title at the right end")
    }
}
