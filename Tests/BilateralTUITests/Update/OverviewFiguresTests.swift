@testable import BilateralCore
@testable import BilateralTUI
import TerminalUI
import Testing

/// The overview's figures read every stance several times over (a second or more at 100,000 articles):
/// they are worked out when `O` shows them, and again after a verdict or another pair changed them.
@Suite struct OverviewFiguresTests {
    private func fresh(_ state: AppState) -> OverviewFigures {
        OverviewFigures(model: state.model, pair: state.pair, sources: state.eraSources)
    }

    @Test func aStateIsMadeWithoutTheFiguresAndOWorksThemOut() {
        var state = makeState()
        #expect(state.overview == OverviewFigures())
        #expect(fresh(state) != OverviewFigures())
        state.press(.character("O"))
        #expect(state.mode == .overview)
        #expect(state.overview == fresh(state))
    }

    @Test func aVerdictAfterTheOverviewWasShownIsInItWhenShownAgain() throws {
        var state = makeState()
        state.press(.character("O"), .escape)
        let before = state.overview
        // A stance between the pair, rejected from the stances pane.
        state.selectArticle(0)
        state.press(.enter, .character("3"))
        let pair = Set(["RUS", "JPN"])
        var onPair = false
        for _ in 0..<state.stances.indices.count where !onPair {
            if let selected = state.stances.selected, pair.contains(state.model.stances[selected].holder),
               pair.contains(state.model.stances[selected].target) {
                onPair = true
            } else {
                state.press(.character("j"))
            }
        }
        try #require(onPair)
        state.press(.character("x"))
        state.press(.character("O"))
        #expect(state.overview == fresh(state))
        #expect(state.overview != before)
    }

    @Test func aCorpusOpeningOnTheOverviewHasItsFigures() {
        let model = FixtureModel.modelWithASecondMajorPair()
        let state = AppState(model: model, width: 120, height: 40, overviewFirst: true)
        #expect(state.mode == .overview)
        #expect(state.overview == fresh(state))
    }
}
