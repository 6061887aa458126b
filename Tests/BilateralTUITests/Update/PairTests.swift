import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

/// The pair picker (`p`), the trajectory chart (`t`) and the overview (`O`), through `update` and the grid.
@Suite struct PairTests {
    private func screen(_ state: AppState) -> String {
        DashboardView.render(state).rows.joined(separator: "\n")
    }

    @Test func thePickerListsEveryPairWithTheFocalOneSelected() {
        var state = makeState()
        state.press(.character("p"))
        #expect(state.mode == .pairPicker)
        let keys = state.pairPicker.rows.map { state.pairPicker.pairs[$0].pair.sorted().joined(separator: "-") }
        #expect(keys.first == "JPN-RUS")
        #expect(Set(keys) == ["JPN-RUS", "JPN-USA", "JPN-NATO"])
        #expect(state.pairPicker.list.selected == 0)
        let text = screen(state)
        #expect(text.contains("Pair · by stances"))
        #expect(text.contains("* Japan – Russia") || text.contains("* Russia – Japan"))
        #expect(text.contains("2016-05 – 2022-03"))
    }

    @Test func tabSortsByScoreAndTypingNarrows() {
        var state = makeState()
        state.press(.character("p"), .tab)
        #expect(state.pairPicker.sort == .score)
        #expect(state.pairPicker.pairs[state.pairPicker.rows[0]].pair.contains("NATO"))
        #expect(screen(state).contains("Pair · by score"))
        state.type("unit")
        #expect(state.pairPicker.rows.count == 1)
        #expect(state.pairPicker.pairs[state.pairPicker.rows[0]].pair.contains("USA"))
        state.type("zzz")
        #expect(state.pairPicker.rows.isEmpty)
        #expect(screen(state).contains("no pair matches"))
    }

    @Test func choosingAPairRefocusesTheTitleTheErasAndTheScores() {
        var state = makeState()
        state.press(.character("p"))
        state.type("usa")
        state.press(.enter)
        #expect(state.mode == .normal)
        #expect(Set(state.pair) == ["JPN", "USA"])
        #expect(state.model.eras.allSatisfy { $0.source == .detected })
        let grid = DashboardView.render(state)
        #expect(grid.rows[0].contains("Japan – United States") || grid.rows[0].contains("United States – Japan"))
        #expect(grid.rows.contains { $0.contains("detected 2016-05") })
        let scored = state.timeline.sections.filter { $0.era != nil }
        #expect(scored.map(\.stanceCount).reduce(0, +) == 1)
        #expect(scored.first?.meanScore == -1)
        // And back in two keystrokes, the catalogue eras again.
        state.press(.character("p"))
        state.type("rus")
        state.press(.enter)
        #expect(Set(state.pair) == ["RUS", "JPN"])
        #expect(state.model.eras.map(\.id) == ["sochi-2016", "treaty-2018", "rupture-2023"])
    }

    @Test func eCyclesAndFiltersDetectedErasLikeCatalogueOnes() {
        var state = makeState()
        state.press(.character("p"))
        state.type("usa")
        state.press(.enter)
        let detected = state.model.eras.map(\.id)
        #expect(!detected.isEmpty && detected.allSatisfy { $0.hasPrefix("detected-") })
        state.press(.character("e"))
        #expect(state.filter.era == detected.first)
        #expect(state.filter.error == nil)
        // The dated articles all fall in the detected span; the undated one is left out by the era filter.
        #expect(state.filter.result.articles.count == 3)
        #expect(DashboardView.render(state).rows[0].contains("era: "))
    }

    @Test func escapeLeavesThePairAsItWas() {
        var state = makeState()
        state.press(.character("p"), .down, .escape)
        #expect(state.mode == .normal)
        #expect(state.pair == ["RUS", "JPN"])
    }

    @Test func theSummaryLineShowsTheMeanPerStanceAndTheCounts() {
        let state = makeState()
        let rupture = state.timeline.sections.first { $0.era?.id == "rupture-2023" }
        #expect(rupture?.stanceCount == 2)
        #expect(rupture?.conflictual == 2)
        #expect(rupture?.meanScore == -5)
        #expect(screen(state).contains("-5.0/st 2 st 0+ 2-"))
    }

    @Test func theChartShowsTheMonthsTheErasAndTheSelectedMonthsEvents() {
        var state = makeState()
        state.press(.character("t"))
        #expect(state.mode == .trajectory)
        var text = screen(state)
        #expect(text.contains("Trajectory · Russia – Japan · net score per month"))
        #expect(text.contains("2016-05 · net +4.0 · 1 stances (1+ 0-)"))
        #expect(text.contains("• 2016-05-06 Shinzo Abe flew to Sochi to meet Vladimir Putin."))
        #expect(text.contains("The Sochi warming"))
        state.press(.right)
        text = screen(state)
        #expect(text.contains("2018-11 · net +1.0 · 2 stances (1+ 1-)"))
        #expect(text.contains("era: Peace-treaty talks"))
        state.press(.character("G"))
        #expect(screen(state).contains("2022-03 · net -10.0"))
        state.press(.escape)
        #expect(state.mode == .normal)
    }

    @Test func theChartIsAGrid() {
        var state = makeState(width: 100, height: 30)
        state.press(.character("t"))
        assertSnapshot(DashboardView.render(state), named: "trajectory-100x30")
        let grid = DashboardView.render(state)
        let zero = grid.rows.firstIndex { $0.contains("     0 ") }
        #expect(zero != nil)
        // The rupture's -10 reaches the bottom of the scale; the Sochi +4 stays above the zero line.
        #expect(grid.rows.contains { $0.contains("-10.0") })
    }

    @Test func theOverviewComparesPairsAndShowsTheErasSummaries() {
        var state = makeState()
        state.press(.character("O"))
        #expect(state.mode == .overview)
        let text = screen(state)
        #expect(text.contains("Russia – Japan: 5 of 7 stances (71%)"))
        #expect(text.contains("Top pairs"))
        #expect(text.contains("* Japan – Russia") || text.contains("* Russia – Japan"))
        #expect(text.contains("Eras of Russia – Japan"))
        #expect(text.contains("The Sochi warming 2016–2017 · 1 st · +4.0/st · 1+ 0-"))
        assertSnapshot(DashboardView.render(state), named: "overview-120x40")
        state.press(.escape)
        #expect(state.mode == .normal)
    }

    @Test func aCorpusOfSeveralMajorPairsOpensOnTheOverview() {
        let single = AppState(model: FixtureModel.model(), width: 120, height: 40, overviewFirst: true)
        #expect(single.mode == .normal)
        let model = FixtureModel.modelWithASecondMajorPair()
        let several = AppState(model: model, width: 120, height: 40, overviewFirst: true)
        #expect(several.mode == .overview)
    }
}
