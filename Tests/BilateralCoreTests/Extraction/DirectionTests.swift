import Testing
@testable import BilateralCore

/// Issue 15, class 7: a symmetric act (meet, agree with, clash, hold talks) holds both ways; a directed act (accuse,
/// sanction, invite, praise, summon) holds one way, never with its reverse. Own sentences, each with a look-alike.
@Suite struct DirectionTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aMeetingHoldsBothWays() {
        #expect(stances("Narendra Modi met Xi Jinping in Wuhan on Friday.") == ["CHN>IND+", "IND>CHN+"])
        #expect(stances("Japan's prime minister met the Australian leader in Canberra.") == ["AUS>JPN+", "JPN>AUS+"])
        // A visit is done by one side to the other.
        #expect(stances("Narendra Modi visited Japan in October.") == ["IND>JPN+"])
    }

    @Test func talksAndAgreementWithAPartnerHoldBothWays() {
        #expect(stances("India held talks with China in Beijing.") == ["CHN>IND+", "IND>CHN+"])
        #expect(stances("Seoul agreed with Tokyo on a currency swap.") == ["JPN>KOR+", "KOR>JPN+"])
        #expect(stances("Oslo negotiated with Reykjavik over fishing quotas.") == ["ISL>NOR+", "NOR>ISL+"])
        // Agreeing to another's demand is one side giving way.
        #expect(stances("Ottawa agreed to Riyadh's demand.").contains("SAU>CAN+") == false)
    }

    @Test func aClashHoldsBothWays() {
        #expect(stances("Indian troops clashed with Chinese troops in the Galwan valley.") == ["CHN>IND-", "IND>CHN-"])
        #expect(stances("Peru and Chile clashed over water rights.") == ["CHL>PER-", "PER>CHL-"])
    }

    @Test func aDirectedActHoldsOneWay() {
        #expect(stances("China accused India of trespassing.") == ["CHN>IND-"])
        #expect(stances("Washington sanctioned Tehran over its missile programme.") == ["USA>IRN-"])
        #expect(stances("Japan invited India to the talks.") == ["JPN>IND+"])
        #expect(stances("India praised Japan for its help.") == ["IND>JPN+"])
        #expect(stances("Beijing summoned the Indian ambassador.") == ["CHN>IND-"])
        #expect(stances("Turkey criticised Sweden for harbouring militants.") == ["TUR>SWE-"])
        #expect(stances("Pakistan condemned India's decision.") == ["PAK>IND-"])
    }
}
