import Testing
@testable import BilateralCore

/// Issue 15, class 6: an unqualified "the two countries" or "both sides" means the pair the paragraph, else the
/// article, is about; a list of third states named in passing does not change it.
@Suite struct ArticlePairTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aListOfThirdStatesDoesNotChangeThePair() {
        let text = "India and China ended the standoff. Modi will meet Xi next week. Pakistan, Nepal and Sri Lanka watched "
            + "closely. Diplomats said the two neighbours want to cooperate."
        #expect(stances(text).filter { $0.hasSuffix("+") } == ["CHN>IND+", "IND>CHN+"])
    }

    @Test func theArticlesPairOutweighsAForumNamedLast() {
        let text = "Trump imposed tariffs on China. Beijing retaliated against Washington.\n\nTrump and Xi met at the G20 in Osaka."
            + "\n\nThe two countries have held eleven rounds of talks."
        #expect(!stances(text).contains { $0.contains("G20") })
        #expect(stances(text).contains("USA>CHN+"))
    }

    @Test func aParagraphAboutAnotherPairKeepsItsOwn() {
        let text = "Japan protested to Russia. Tokyo summoned the Russian envoy.\n\nGermany criticised France over the budget. "
            + "The two countries later agreed to cooperate."
        #expect(stances(text).contains("DEU>FRA+") && stances(text).contains("FRA>DEU+"))
        #expect(!stances(text).contains("JPN>RUS+"))
    }
}
