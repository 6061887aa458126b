import Testing
@testable import BilateralCore

/// Session 12, issue 15 class 5 (precision): a name two entries claim ("Congo") means the one the article names
/// otherwise; with neither named, the first entry in actors.json that claims it.
@Suite struct SharedNameTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aSharedNameFollowsTheStateTheArticleNamesOtherwise() {
        let brazzaville = "Angola and Brazzaville signed a river transport pact in May.\n\nLater Congo accused Angola of closing the ferry."
        #expect(stances(brazzaville).contains("COG>AGO-"))
        #expect(!stances(brazzaville).contains("COD>AGO-"))
        let kinshasa = "Kinshasa and Kigali traded charges all spring.\n\nIn June Congo accused Rwanda of arming the rebels."
        #expect(stances(kinshasa).contains("COD>RWA-"))
        #expect(!stances(kinshasa).contains("COG>RWA-"))
    }

    @Test func aSharedNameAloneIsItsFirstClaimer() {
        #expect(stances("Congo broke off diplomatic relations with Rwanda in January.").contains("COD>RWA-"))
        // Look-alike: the full names are not shared and keep their own state in any article.
        let full = "Kinshasa protested.\n\nThe Republic of the Congo accused Angola of closing the ferry."
        #expect(stances(full).contains("COG>AGO-"))
    }

    @Test func theIndexListsOnlyNamesSeveralEntriesClaim() {
        let index = MentionIndex(gazetteer: ExtractionHarness.extractor.gazetteer)
        #expect(index.sharedNames["Congo"]?.map { SharedStrings.string($0.actorNumber) } == ["COD", "COG"])
        #expect(index.sharedNames["Kinshasa"] == nil && index.sharedNames["Brussels"] == nil)
    }
}
