import Testing
@testable import BilateralCore

/// Categories from unseen10's first run: a pair named by a sentence's opening subjects means the two before
/// them, an appeal with no addressee joins no subjects, a subordinate clause's own subject, a base verb form
/// used as a noun, a measure a relative clause imposes, and goods traded "from" a state; each with a look-alike.
@Suite struct UnseenTenGapTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aPairAfterItsSentencesOpeningSubjectsMeansTheTwoBefore() {
        let text = "Armenia and Azerbaijan traded fire overnight. Paris and Moscow both urged the two small-scale neighbours to talk."
        let found = stances(text)
        #expect(!found.contains("FRA>RUS+"))
        #expect(!found.contains("RUS>FRA+"))
        // A pair that is the sentence's own actors keeps them.
        #expect(stances("Talks between Paris and Moscow ended. Cooperation between the two countries grew.").contains("FRA>RUS+"))
    }

    @Test func anAppealWithNoAddresseeIsNoStanceBetweenItsSubjects() {
        #expect(stances("Oslo and Helsinki urged calm.") == [])
        #expect(stances("Oslo and Helsinki agreed to cooperate.").contains("NOR>FIN+"))
    }

    @Test func aSubordinateClauseHasItsOwnSubject() {
        let found = stances("Hanoi protested a day after Chinese vessels rammed a fishing boat near Vietnamese waters.")
        #expect(!found.contains("VNM>VNM-"))
        #expect(stances("Seoul warned Pyongyang after Japanese officials met Chinese envoys.").contains("KOR>PRK-"))
    }

    @Test func aBaseVerbFormAfterAnArticleAndModifierIsANoun() {
        #expect(stances("Cairo announced a total ban on Sudanese cattle.") == ["EGY>SDN-"])
        #expect(stances("Russia mirrors the blanket ban that Kazakhstan imposed in May.").allSatisfy { !$0.hasPrefix("KAZ>RUS") })
    }

    @Test func goodsTradedFromAStateNameItAsTarget() {
        #expect(stances("Kyiv banned imports of sugar and fish from Belarus.") == ["UKR>BLR-"])
        #expect(stances("Kyiv banned the export of sugar from its ports.") == [])
    }

    @Test func moreLeadersAreKnownWithTheirStates() {
        #expect(stances("Kyriakos Mitsotakis accused Turkey of provocations.") == ["GRC>TUR-"])
        #expect(stances("Imran Khan praised China for its help.").contains("PAK>CHN+"))
    }

    @Test func urgingOnesOwnSideToActAsOneIsAnAppealNotADemand() {
        #expect(stances("Latvia urged the rest of NATO to stand as one against Moscow.").contains("LVA>NATO+"))
        #expect(stances("Latvia urged Moscow to withdraw its troops.").contains("LVA>RUS-"))
    }

    @Test func itAfterAnnouncedThatIsTheAnnouncer() {
        #expect(stances("Norway's fisheries agency announced this week that it would ban imports of crab from Russia.") == ["NOR>RUS-"])
        #expect(stances("The agency announced this week that it would ban imports of crab from Russia.") == [])
    }

    @Test func aReactionReachesTheAgentOfARelativeClauseOnItsObject() {
        #expect(stances("Vilnius protested against the exercises that Minsk staged near the border.") == ["LTU>BLR-"])
        #expect(stances("Vilnius protested against the exercises that took place near the border.") == [])
    }
}
