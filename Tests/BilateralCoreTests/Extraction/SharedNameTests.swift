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

    @Test func koreaAloneIsTheKoreaTheArticleNamesOtherwise() {
        // An article about the North that says "Korea" of the peninsula's people means the North, not Seoul.
        let north = "Tokyo and Pyongyang held talks on Monday.\n\nJapan apologised for its colonial rule over Korea, "
            + "and the two sides agreed to resume talks."
        #expect(!stances(north).contains { $0.hasPrefix("KOR>") || $0.hasPrefix("JPN>KOR") })
        #expect(stances(north).contains("JPN>PRK+"))
        // Both named: the one the article names more often.
        let both = "Japan protested to North Korea on Monday. North Korea denied it. The talks included the Republic of "
            + "Korea.\n\nJapan apologised for its colonial rule over Korea."
        #expect(stances(both).contains("JPN>PRK-") && !stances(both).contains { $0.hasPrefix("JPN>KOR") })
        // Look-alikes: with Seoul named, or nothing else, "Korea" is the South.
        let south = "Seoul recalled its envoy in July.\n\nKorea accused Japan of breaking the 1965 accord."
        #expect(stances(south).contains("KOR>JPN-"))
        #expect(stances("Korea accused Japan of breaking the 1965 accord.").contains("KOR>JPN-"))
    }

    @Test func theIndexListsOnlyNamesSeveralEntriesClaim() {
        let index = MentionIndex(gazetteer: ExtractionHarness.extractor.gazetteer)
        #expect(index.sharedNames["Congo"]?.map { SharedStrings.string($0.actorNumber) } == ["COD", "COG"])
        #expect(index.sharedNames["Korea"]?.map { SharedStrings.string($0.actorNumber) } == ["KOR", "PRK"])
        #expect(index.sharedNames["Kinshasa"] == nil && index.sharedNames["Brussels"] == nil)
    }
}
