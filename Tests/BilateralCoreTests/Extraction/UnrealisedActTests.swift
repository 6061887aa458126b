import Testing
@testable import BilateralCore

/// Issue 15, classes 1, 3, 4 and 5: acts that did not happen give no stance; de-escalation yields; not doing a
/// cooperative act rejects; nobody holds a stance toward its own state. Each with a look-alike that keeps its stance.
@Suite struct UnrealisedActTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    private func categories(_ text: String) -> [String] {
        ExtractionHarness.model([text], date: "2018-06-01").stances.map(\.category).sorted()
    }

    @Test func anActInsideAConditionalClauseIsOnlySupposed() {
        #expect(stances("If Beijing decided to strike Moscow, the war would spread.") == [])
        #expect(stances("Chile would be at risk unless Peru agreed to share the water.") == [])
        // The condition after the act only hedges the report.
        #expect(stances("Beijing struck Moscow, if reports are right.") == ["CHN>RUS-"])
    }

    @Test func theConsequenceOfAConditionIsOnlySupposed() {
        #expect(stances("Oslo could sign a fishing deal with Reykjavik next week if the talks go well.") == [])
        #expect(stances("Oslo will sign a fishing deal with Reykjavik next week, officials said.") == ["ISL>NOR+", "NOR>ISL+"])
    }

    @Test func aQuestionAsksAndReportsNoAct() {
        #expect(stances("What would happen if China invaded Taiwan?") == [])
        #expect(stances("Would Cairo ever bomb the dam Addis Ababa built?") == [])
        #expect(stances("China invaded Taiwan.") == ["CHN>TWN-"])
    }

    @Test func anAbilityOrAWishIsNoAct() {
        #expect(stances("Paris wants a European force able to fight Russia.") == [])
        #expect(stances("Seoul would rather not sanction Tokyo.") == [])
        #expect(stances("Warsaw would have objected to Kyiv's plan.") == [])
        #expect(stances("Paris backed a European force that fought Russia.").contains("FRA>RUS-") == false)
        #expect(stances("Seoul sanctioned Tokyo.") == ["KOR>JPN-"])
    }

    @Test func aPossibilityReportedIsNoAct() {
        #expect(stances("Japan might impose sanctions on Russia.") == [])
        #expect(stances("Canberra could also expel Chinese diplomats.") == [])
        #expect(stances("Japan will impose sanctions on Russia.") == ["JPN>RUS-"])
        #expect(stances("Tariffs led Mexico and Canada to concessions they might not otherwise have agreed to.") == [])
    }

    @Test func aMarkerBeforeAVerbReachesItsNounCue() {
        #expect(stances("Japan was unable to reschedule its meeting with China.") == [])
        #expect(stances("Japan held a meeting with China.") == ["CHN>JPN+", "JPN>CHN+"])
    }

    @Test func aDeniedActDidNotHappen() {
        #expect(stances("Turkey denied planning to attack Greece.") == [])
        #expect(stances("Ankara denied that its jets had struck Armenia.") == [])
        // Denying someone something is itself a rejection.
        #expect(stances("Turkey denied Greece a visa.") == ["TUR>GRC-"])
    }

    @Test func pullingBackOrReleasingYields() {
        #expect(stances("China and India agreed to pull back troops from the border.") == ["CHN>IND+", "IND>CHN+"])
        #expect(categories("Russia withdrew forces from the standoff with Ukraine.") == ["08 Yield"])
        #expect(stances("Iran released detained British sailors.") == ["IRN>GBR+"])
        #expect(stances("Pakistan handed over the Indian pilot.") == ["PAK>IND+"])
        #expect(stances("Iran released the British-flagged tanker.") == ["IRN>GBR+"])
        // Withdrawing from a pact still reduces relations, and seizing a ship is no release.
        #expect(categories("Russia withdrew from the treaty with Ukraine.") == ["16 Reduce relations"])
        #expect(stances("Iran seized the British-flagged tanker.") == ["IRN>GBR-"])
    }

    @Test func notDoingACooperativeActRejects() {
        #expect(stances("India did not send a delegation to the forum hosted by China.") == ["IND>CHN-"])
        #expect(stances("Japan stayed away from the summit hosted by China.") == ["JPN>CHN-"])
        #expect(stances("Japan did not praise India.") == ["JPN>IND-"])
        // Pending, added to, or urged not to: no rejection.
        #expect(stances("Japan has not yet agreed to a deal with China.") == [])
        #expect(stances("Japan not only praised India but also sent aid.") == ["JPN>IND+"])
        #expect(!stances("Washington urged Tokyo not to travel to Moscow.").contains("JPN>RUS-"))
        // Not doing a hostile act is no cooperation.
        #expect(stances("Poland did not condemn Hungary.") == [])
    }

    @Test func nobodyHoldsAStanceTowardItsOwnState() {
        let model = ExtractionHarness.model(["Biden and the United States agreed to deepen ties with Japan.",
                                             "Abe and Japan welcomed the deal with China."], date: "2018-06-01")
        let gazetteer = ExtractionHarness.extractor.gazetteer
        #expect(!model.stances.isEmpty)
        #expect(model.stances.allSatisfy { gazetteer.principal(of: $0.holder) != gazetteer.principal(of: $0.target) })
    }
}
