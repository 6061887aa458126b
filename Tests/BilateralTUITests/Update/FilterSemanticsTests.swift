import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

/// Filters that mean what they say: one rule for `actor:` in every pane, unknown values as
/// errors, Enter that never applies something else, keys that agree with the language.
@Suite struct FilterSemanticsTests {
    private func filtered(_ text: String) -> AppState {
        var state = makeState()
        state.press(.character("f"))
        state.type(text)
        return state
    }

    @Test func actorNarrowsTheStancesToThoseItHoldsOrIsTheTargetOf() {
        let state = filtered("actor:USA")
        #expect(state.filter.error == nil)
        // a-sochi mentions the United States and holds two stances; only one involves it.
        #expect(state.stances.indices == [1])
        // b-singapore mentions "American bases": an article is kept by what it mentions.
        #expect(state.filter.result.articles == [0, 1])
        #expect(state.filter.result.events.isEmpty)
    }

    @Test func actorTakesInWhoActsForTheActor() {
        let state = filtered("actor:JPN")
        // The Japanese Foreign Ministry's stance counts as Japan's.
        #expect(state.stances.indices.contains(3))
        let byMinistry = filtered("actor:mofa-japan")
        #expect(byMinistry.stances.indices == [3], "a ministry's filter does not take in its state")
    }

    @Test func thePickerAppliesTheSameRule() {
        var state = makeState()
        state.press(.character("a"))
        state.type("united")
        state.press(.enter)
        #expect(state.filter.actor == "USA")
        #expect(state.stances.indices == [1])
    }

    @Test func anUnknownActorIsAnErrorAndTheLastGoodResultStays() {
        var state = filtered("pol:- actor:US")
        let good = state.filter.result
        #expect(state.filter.error == nil)
        state.press(.backspace, .backspace)
        state.type("XYZ")
        #expect(state.filter.error?.message.hasPrefix("unknown actor 'XYZ'") == true)
        #expect(state.filter.result == good)
        #expect(state.filter.applied == "pol:- actor:US")
        state.press(.backspace, .backspace, .backspace)
        state.type("NTO")
        #expect(state.filter.error?.message.contains("did you mean NATO") == true)
    }

    @Test func anUnknownEraIsAnError() {
        let state = filtered("era:nonexistent")
        #expect(state.filter.error?.message.contains("unknown era 'nonexistent'") == true)
        #expect(state.filter.applied == "era:n", "the last good result: 'n' is in an era's label")
        let status = DashboardView.render(state).row(state.height - 1)
        #expect(status.contains("unknown era"))
    }

    @Test func enterOnAnInvalidLineOnlyShowsTheError() {
        var state = filtered("kuril foo:")
        #expect(state.filter.error != nil)
        state.press(.enter)
        #expect(state.mode == .filter, "the line stays open")
        #expect(state.filter.applied == "kuril foo", "what was last good is still what is applied")
        state.press(.backspace, .backspace, .backspace, .backspace, .enter)
        #expect(state.mode == .normal)
        #expect(state.filter.applied == "kuril")
    }

    @Test func equalsIsNeutralAsPolEqualsIsAndAgainMeansAny() {
        var state = makeState()
        state.press(.character("="))
        #expect(state.filter.polarity == .neutral)
        #expect(state.filter.applied == "pol:=")
        #expect(state.stances.indices.isEmpty, "the fixture has no neutral stance")
        state.press(.character("="))
        #expect(state.filter.polarity == nil)
        state.press(.character("-"), .character("-"))
        #expect(state.filter.polarity == nil)
    }

    @Test func countsAreShownAgainstTotals() {
        let state = filtered("actor:USA")
        let line = DashboardView.render(state).row(state.height - 1)
        #expect(line.contains("2/4 articles · 0/3 events · 1/7 stances"), "\(line)")
        let model = FixtureModel.model()
        let one = FilteredModel(articles: [0], events: [], stances: [1, 2])
        #expect(Counts.text(one, of: model, tally: ShownTally(model: model, result: one, copies: CopyFlags(model: model, articleIndexByID: [:]),
                                                                countedStances: model.countedStances.count), filtered: false) == "1 article · 0 events · 2 stances")
    }

    @Test func textWordsAreHighlightedInTheArticle() {
        var state = filtered("sochi")
        state.press(.enter)
        #expect(state.article.index == 0)
        let matches = state.article.filterMatches
        #expect(!matches.isEmpty)
        #expect(matches.allSatisfy { match in
            let line = Array(state.model.articles[0].lines[match.line - 1])
            return String(line[match.column..<(match.column + match.length)]).lowercased() == "sochi"
        })
        let grid = DashboardView.render(state)
        let theme = Theme(capabilities: state.capabilities)
        #expect(grid.cells.contains { $0.style == theme.match })
        state.press(.character("f"), .ctrl("u"), .enter)
        #expect(state.article.filterMatches.isEmpty)
    }

    /// The words of the open article that the query's text matches, lower-cased.
    private func highlightedWords(_ state: AppState) -> [String] {
        guard let index = state.article.index else { return [] }
        return state.article.filterMatches.map { match in
            let line = Array(state.model.articles[index].lines[match.line - 1])
            return String(line[match.column..<(match.column + match.length)]).lowercased()
        }
    }

    @Test func highlightsFollowTheQueryWhetherTheOpenArticleChangesOrStays() {
        // a-sochi is open first and has no "trea": the filter opens b-singapore, highlighted there.
        var state = filtered("trea")
        #expect(state.article.index == 1)
        #expect(!highlightedWords(state).isEmpty)
        #expect(highlightedWords(state).allSatisfy { $0 == "trea" })
        // The same articles stay, so b-singapore stays open: its highlights follow the longer word.
        state.type("ty")
        #expect(state.article.index == 1)
        #expect(!highlightedWords(state).isEmpty)
        #expect(highlightedWords(state).allSatisfy { $0 == "treaty" })
    }

    @Test func thePickerMatchesFuzzily() {
        var state = makeState()
        state.press(.character("a"))
        state.type("pt")
        #expect(state.picker.candidates.first == "vladimir-putin")
        state.press(.ctrl("u"))
        state.type("jfm")
        #expect(state.picker.candidates.first == "mofa-japan")
    }

    @Test func aTildeTermIsFuzzyInTheFilterLine() {
        let state = filtered("~kurl")
        #expect(state.filter.error == nil)
        #expect(state.filter.result.articles == [0, 3])
    }
}
