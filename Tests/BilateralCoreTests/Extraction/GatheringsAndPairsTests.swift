import Testing
@testable import BilateralCore

/// Session 11, issue 15: a body's summit with its own members is no stance of the body; "both sides" after a passing
/// comparison in the paragraph before, and "the two countries" whose relations a side of the article's pair broke off,
/// mean the pair the article is about.
@Suite struct GatheringsAndPairsTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    // MARK: - A body's gathering of its members

    @Test func aBodysSummitWithItsMembersIsNoStanceOfTheBody() {
        let summit = stances("Albanese flew to Osaka for the G20 summit with the leaders of India, Brazil and Indonesia.")
        #expect(!summit.contains { $0.hasPrefix("G20>") || $0.contains(">G20") })
        let meeting = stances("Stoltenberg chaired the NATO meeting with the defence ministers of Poland and Norway on Tuesday.")
        #expect(!meeting.contains { $0.hasPrefix("NATO>") || $0.contains(">NATO") })
    }

    @Test func aBodyStillActsTowardItsMembersAndMeetsOutsiders() {
        // Not a meeting: the body's criticism of a member stands.
        #expect(stances("NATO criticised Turkey over the purchase of Russian missiles.").contains("NATO>TUR-"))
        // A meeting the body holds with a state that is no member is a stance between them.
        let outsider = stances("The EU held a summit with China in Brussels on Thursday.")
        #expect(outsider.contains("EU>CHN+"))
    }

    // MARK: - "Both sides" and "the two countries"

    @Test func bothSidesAfterAPassingComparisonAreTheArticlesPair() {
        let text = """
            Guyana and Venezuela have argued over the Essequibo for a century. Caracas claims the land, and Georgetown \
            took the case to the International Court of Justice. Venezuela rejected the court's jurisdiction.

            Other claims in the region are older, between Belize and Guatemala and between Bolivia and Chile, but \
            those are before the judges already.

            Both sides say they are open to talks, but not to the same talks.
            """
        let found = stances(text)
        #expect(!found.contains { ["BLZ>", "GTM>", "BOL>", "CHL>"].contains(String($0.prefix(4))) })
        #expect(found.contains("GUY>VEN+") && found.contains("VEN>GUY+"))
    }

    @Test func theTwoCountriesWhoseTiesASideBrokeOffIncludeThatSide() {
        let text = """
            Algeria cut diplomatic ties with Morocco in August. Rabat called the decision absurd, and Algiers closed its \
            airspace to Moroccan planes.

            Tunisia said it would keep its ties with Morocco. Relations between the two countries, which Algiers cut in \
            August, have not been restored.
            """
        let found = stances(text)
        #expect(!found.contains("DZA>TUN-"))
        #expect(found.contains("DZA>MAR-"))
    }

    // MARK: - A relative clause set apart by commas

    @Test func anAppositiveRelativeClauseIsNotTheSubject() {
        // The speaker is the state the clause describes, not the body named inside it.
        #expect(stances("Chile, which joined the OAS in 1948, described the vote as a betrayal by Peru.") == ["CHL>PER-"])
        #expect(stances("Chile, which joined NATO in 1948, said Peru's vote was a betrayal.") == ["CHL>PER-"])
        #expect(stances("Kenya, who hosted the AU talks last year, said Uganda's decision was a provocation.") == ["KEN>UGA-"])
        // Look-alike: a relative clause that ends the sentence is still its own act.
        #expect(stances("Peru condemned Chile, which rejected the protest.").contains("PER>CHL-"))
    }

    @Test func aRelativeClauseHoldsTheNounItsSupportVerbTakes() {
        #expect(stances("Turkey, which signed a defence agreement with Somalia in February, was the go-between.").contains("TUR>SOM+"))
        // A second verb of the same clause, after "and".
        #expect(stances("Qatar, which funds Gaza's hospitals and signed a trade agreement with Egypt last year, hosted the talks.")
            .contains("QAT>EGY+"))
    }
}
