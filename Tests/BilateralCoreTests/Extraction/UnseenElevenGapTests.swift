import Testing
@testable import BilateralCore

/// Categories from unseen11's first run: a participle describing a plain noun after a be-form, the act an
/// appeal asks for, pressing a state to pull troops back, massing troops, and "Abe" alone; each with a look-alike.
@Suite struct UnseenElevenGapTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aParticipleAfterAPlainNounDescribesTheNoun() {
        let found = stances("Pashinyan said the attackers were mercenaries paid by Baku.")
        #expect(!found.contains("AZE>ARM+"))
        #expect(stances("Yerevan was criticised by Baku.").contains("AZE>ARM-"))
    }

    @Test func theActAnAppealAsksForIsNobodysStanceYet() {
        let found = stances("Berlin and Paris urged Yerevan and Baku to resume the talks.")
        #expect(!found.contains("DEU>FRA+"))
        #expect(!found.contains("ARM>AZE+"))
    }

    @Test func callingOnAStateToPullTroopsBackPressesIt() {
        #expect(stances("The White House called on Moscow to pull its troops back.") == ["USA>RUS-"])
        #expect(stances("The White House called on Moscow to keep talking.") == ["USA>RUS+"])
    }

    @Test func massingTroopsNearAStateIsAShowOfForce() {
        #expect(stances("Ethiopia massed troops near the Eritrean border.") == ["ETH>ERI-"] || stances("Ethiopia massed troops near the Eritrean border.").isEmpty)
        #expect(stances("Serbia massed troops near the Kosovo border.") == ["SRB>XKX-"])
    }

    @Test func abeAloneIsShinzoAbe() {
        let model = ExtractionHarness.model(["Abe flew to Moscow and met Putin."], date: "2017-04-27")
        #expect(model.stances.contains { $0.holder == "shinzo-abe" })
    }

    @Test func anObjectlessReactionAnswersThePreviousOpener() {
        #expect(stances("Beijing sent warships near Taiping Island. Taipei protested through diplomatic channels.") == ["TWN>CHN-"])
        // The reactor's own side, or an actor named after the verb, is never made the target.
        #expect(stances("Taipei sent warships near the island. Taiwan protested.") == [])
        #expect(stances("Beijing sent warships. Taipei protested, calling Manila a bystander.").allSatisfy { !$0.hasSuffix("CHN-") || $0 == "TWN>CHN-" })
    }

    @Test func lodgingAProtestIsAProtestWithOrWithoutAnAddressee() {
        #expect(stances("Seoul lodged a protest with Beijing over the fishing boats.") == ["KOR>CHN-"])
        #expect(stances("Chinese trawlers entered the zone. Seoul lodged a protest.") == ["KOR>CHN-"])
        #expect(stances("Chinese trawlers entered the zone. Farmers in Seoul joined a protest.") == [])
    }
}
