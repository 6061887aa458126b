import Testing
@testable import BilateralCore

/// Issue 15, classes 2, 3 and 6, from the wrong stances read on the html-bench true texts: where another verb moves
/// someone is a place; a thing wished for or possible under a condition is not had; "both men" are not two persons
/// named paragraphs apart; urging a partner to resist a third party backs it. Each with look-alikes that keep their stance.
@Suite struct DestinationAndWishTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aDestinationOfAnotherVerbIsAPlace() {
        #expect(stances("Kabul freed three prisoners and sent them to Qatar.") == [])
        #expect(stances("Mexico deported 300 migrants who tried to sneak into the United States.") == [])
        // The cue's own "to": aid sent to Ukraine is aid to Ukraine.
        #expect(stances("Japan sent aid to Ukraine.") == ["JPN>UKR+"])
    }

    @Test func aThingWishedForIsNotHad() {
        #expect(stances("The meeting Narendra Modi wanted with Xi Jinping never took place.") == [])
        #expect(stances("Narendra Modi held a meeting with Xi Jinping.") == ["CHN>IND+", "IND>CHN+"])
    }

    @Test func aNounUnderAConditionedModalIsOnlyPossible() {
        #expect(stances("U.S. aid to Ukraine might be freed if Kyiv opens an inquiry.") == [])
        #expect(stances("U.S. aid to Ukraine was freed after Kyiv opened an inquiry.") == ["USA>UKR+"])
    }

    @Test func bothMenAreTwoPersonsNamedLately() {
        let met = "Narendra Modi met Xi Jinping in Wuhan."
        #expect(stances(met + " Both men praised the talks.") == ["CHN>IND+", "IND>CHN+"])
        // Named two paragraphs back, the two leaders are not who "both men" are (the article moved on to others).
        let later = met + "\n\nTwo engineers were kidnapped in Kabul.\n\nTrade fell sharply that year.\n\nBoth men asked their governments to help in their release."
        // Only the meeting itself: nothing from the last paragraph.
        #expect(ExtractionHarness.model([later], date: "2018-06-01").stances.map(\.line) == [1, 1])
    }

    @Test func urgingAPartnerToResistBacksIt() {
        #expect(stances("Esper urged Vietnam to push back against China.").contains("USA>VNM+"))
        #expect(stances("Moscow urged Kyiv to withdraw its troops.") == ["RUS>UKR-"])
    }

    @Test func whatAThingIsForIsNotDone() {
        #expect(stances("NATO has built a force to fight Russia.") == [])
        #expect(stances("Seoul and Tokyo lost the pressure to get the deal done.") == [])
        // Means put to use do the act; a decision or an attempt is itself an act.
        #expect(stances("Turkey sent a force to fight Syria.").contains("TUR>SYR-"))
        #expect(stances("Japan made a decision to expel Russian diplomats.") == ["JPN>RUS-"])
        #expect(stances("Seoul and Tokyo got the deal done.") == ["JPN>KOR+", "KOR>JPN+"])
    }

    @Test func aForumToldIsWhereAStatementIsMadeNotItsTarget() {
        #expect(stances("The American envoy told the Security Council that the seizure was outrageous.") == [])
        // A state told is the one the statement is about; so is an actor named inside it.
        #expect(stances("Washington told Moscow that its conduct was outrageous.") == ["USA>RUS-"])
        #expect(stances("Japan told NATO that Russia's drills were a threat.") == ["JPN>RUS-"])
    }

    @Test func heMeansTheTitledNameTheDataDoesNotKnow() {
        let earlier = "Vladimir Putin spoke in Moscow on Monday. "
        // "he" is the ambassador named just before, whom the data does not know: not Putin.
        #expect(stances(earlier + "Later, Ambassador John Carlow told reporters that he had criticised Japan.") == [])
        #expect(stances(earlier + "Later, Ambassador John Carlow told reporters that Putin had criticised Japan.") == ["RUS>JPN-"])
        #expect(stances("President Vladimir Putin told reporters that he had criticised Japan.") == ["RUS>JPN-"])
    }
}
