import Testing
@testable import BilateralCore

/// Categories from unseen7's first run: directives, lists kept by a joined clause's subject, reciprocal
/// "together", a pair noun opening a sentence, and an expressed regret; each with a look-alike.
@Suite struct JoinedClauseAndDirectiveTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func orderingAStateToActIsADemand() {
        #expect(stances("Canada ordered Iran's diplomats to leave within five days.") == ["CAN>IRN-"])
    }

    @Test func orderingGoodsOrOnesOwnForcesIsNoStance() {
        #expect(stances("India ordered forty helicopters from France to renew its fleet.") == [])
        #expect(stances("Beijing ordered the navy to hold drills.") == [])
    }

    @Test func aListAfterAClauseJoiningAndBelongsToThatClausesSubject() {
        let text = "Poland expelled Russian diplomats after the attack on Ukraine, and Moscow added Poland to its list of unfriendly states."
        let found = stances(text)
        #expect(found.contains("RUS>POL-"))
        #expect(!found.contains { $0.hasPrefix("UKR>") || $0 == "POL>UKR-" })
    }

    @Test func coordinatedKeepersOfAListStillHoldTogether() {
        #expect(stances("China and Russia added Japan to their list of unfriendly countries.") == ["CHN>JPN-", "RUS>JPN-"])
    }

    @Test func workingTogetherHoldsBetweenTheSubjectsNotTowardTheTopic() {
        #expect(stances("Brazil and Argentina said they would work together on Venezuela.") == ["ARG>BRA+", "BRA>ARG+"])
        #expect(stances("The farmers worked together on the harvest in Hokkaido.") == [])
    }

    @Test func aPairNounOpeningTheSentenceMeansTheTwoJustNamed() {
        let text = "Olaf Scholz phoned Fumio Kishida. Both men said they wanted to work together."
        #expect(stances(text) == ["DEU>JPN+", "JPN>DEU+"])
        #expect(stances("Both men were arrested in Osaka.") == [])
    }

    @Test func anExpressedRegretIsConciliatoryButRegrettingADecisionDisapproves() {
        #expect(stances("Seoul expressed regret to Tokyo over the remarks.") == ["KOR>JPN+"])
        #expect(stances("Tokyo regrets Seoul's decision to end the pact.") == ["JPN>KOR-"])
    }

    @Test func tighterControlsOnExportsToAStateAimAtIt() {
        #expect(stances("Finland tightened controls on exports to Belarus.") == ["FIN>BLR-"])
        #expect(stances("Canada will ease controls on exports to Mexico.") == ["CAN>MEX+"])
    }

    @Test func droppingAStateFromAListOfTrustedPartnersReducesRelations() {
        #expect(stances("Taiwan removed Panama from its list of reliable trading partners.") == ["TWN>PAN-"])
        #expect(stances("Chile struck Peru from its white list of trusted partners.") == ["CHL>PER-"])
        #expect(stances("Vietnam removed the tariff from its list of trade partners.") == [])
    }
}


/// Phrasal verbs whose particle comes after the object ("waved the protest off").
@Suite struct SeparatedParticleTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aParticleAfterTheObjectStillMakesTheCue() {
        #expect(stances("Hanoi brushed Beijing's objection aside.") == ["VNM>CHN-"])
        #expect(stances("Ankara turned Athens's offer down on Tuesday.") == ["TUR>GRC-"])
        #expect(stances("Ottawa waved the French complaint off.") == ["CAN>FRA-"])
    }

    @Test func aParticleTooFarOrAcrossAClauseIsNoCue() {
        #expect(stances("Poland turned the music down at the embassy party.") == [])
        #expect(stances("Norway pushed the deadline back by a week.") == [])
    }
}

/// Headlines where a capital's plural noun is its verb.
@Suite struct HeadlineMetonymVerbTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aCapitalsPluralNounBeforeAsAndAnActingActorIsItsVerb() {
        #expect(stances("Manila protests as Beijing builds runways on the reef") == ["PHL>CHN-"])
        #expect(stances("Warsaw protests after Minsk expels its consul") == ["POL>BLR-"])
    }

    @Test func aCapitalBeforeANounThatNamesAThingStaysSilent() {
        #expect(stances("Beijing sanctions after Washington visit") == [])
        #expect(stances("Moscow talks as Kyiv shells the border") == [])
    }
}

/// A passive in a clause joined by ", and" takes its own subject, not the sentence's first actor.
@Suite struct JoinedPassiveTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aJoinedPassiveAimsAtItsOwnSubject() {
        let found = stances("Chile met Peru on Monday, and Bolivian diplomats were expelled by Argentina.")
        #expect(found.contains("ARG>BOL-"))
        #expect(!found.contains("ARG>CHL-"))
    }

    @Test func aJoinedPassiveWithAPlainSubjectAimsAtNoEarlierActor() {
        #expect(!stances("Chile met Peru on Monday, and two diplomats were expelled by Argentina.").contains("ARG>CHL-"))
    }

    @Test func aSerialCommaStillListsThePassivesSubjects() {
        #expect(stances("Chile, Peru, and Bolivia were criticised by Argentina.") == ["ARG>BOL-", "ARG>CHL-", "ARG>PER-"])
    }
}

/// A topic behind "on" is no party to what coordinated subjects agree.
@Suite struct AgreedTopicTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func coordinatedSubjectsAgreeWithEachOtherNotWithTheTopic() {
        #expect(stances("Chile and Peru agreed to cooperate on Bolivia.") == ["CHL>PER+", "PER>CHL+"])
    }

    @Test func aPartyBehindWithStaysTheTarget() {
        #expect(stances("Chile agreed with Peru on fishing quotas.") == ["CHL>PER+", "PER>CHL+"])
    }
}

/// An object "it" after a reaction verb stands for the act the sentence before reported.
@Suite struct ReactionToItTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func itAfterAReactionVerbIsThePreviousAct() {
        #expect(stances("Norway closed its border to Russian trucks.\n\nMoscow denounced it the next day.").contains("RUS>NOR-"))
        #expect(stances("Peru shut its airspace to Chilean jets. Santiago protested it.").contains("CHL>PER-"))
    }

    @Test func anActTwoSentencesBackOrWithNoActorStaysSilent() {
        #expect(!stances("Norway closed its border.\n\nThe weather was mild.\n\nMoscow denounced it.").contains("RUS>NOR-"))
        #expect(stances("The new bridge opened on Friday. Russia praised it.") == [])
    }
}
