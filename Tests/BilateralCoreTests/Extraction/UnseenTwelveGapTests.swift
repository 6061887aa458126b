import Testing
@testable import BilateralCore

/// Gaps from unseen12's first run and from earlier sets' leftovers: a call made "on" an actor by coordinated
/// subjects, national adjectives on the goods a measure hits, threatened and vowed acts, denied propositions,
/// an earlier act called arbitrary, goods measures in the passive, trade nouns, visits and side-taking; each with a
/// look-alike that must stay as it is.
@Suite struct UnseenTwelveGapTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    private func categories(_ text: String) -> [String] {
        ExtractionHarness.model([text], date: "2018-06-01").stances.map(\.category).sorted()
    }

    @Test func coordinatedSubjectsCallOnTheActorAfterTheirCue() {
        #expect(stances("Tokyo and Seoul called on Pyongyang to halt its missile tests.") == ["JPN>PRK-", "KOR>PRK-"])
        // A topic after "on" is still no party: the subjects act toward each other.
        let topic = stances("Tokyo and Seoul agreed to cooperate on Pyongyang.")
        #expect(topic.contains("JPN>KOR+") && !topic.contains { $0.contains("PRK") })
    }

    @Test func aNationalAdjectiveOnTheGoodsOfAMeasureNamesItsTarget() {
        #expect(stances("Canberra slapped duties on Chinese steel and wine.") == ["AUS>CHN-"])
        #expect(stances("Chile halted imports of Bolivian beef.") == ["CHL>BOL-"])
        // The adjective is no target when it only says who spoke, or when no one imposes the measure.
        #expect(stances("Chile imposed tariffs on steel, a Bolivian minister said.") == [])
        #expect(stances("Duties on Chinese steel were debated in Canberra.") == [])
    }

    @Test func aThreatenedActScoresAsTheThreat() {
        #expect(categories("Chile threatened to cut off aid to Bolivia.") == ["13 Threaten"])
        #expect(categories("Chile cut off aid to Bolivia.") == ["16 Reduce relations"])
    }

    @Test func aVowedReprisalIsTheReprisalAlone() {
        #expect(categories("Peru vowed to retaliate against Chile.") == ["13 Threaten"])
        #expect(stances("Peru vowed to deepen its cooperation with Chile.") == ["PER>CHL+"])
    }

    @Test func aDeniedPropositionRejectsNobody() {
        #expect(stances("Brazil denied that Togo had been consulted.") == [])
        #expect(stances("Brazil denied Togo had been consulted.") == [])
        #expect(stances("Brazil denied Togo a seat at the table.") == ["BRA>TGO-"])
    }

    @Test func callingAnEarlierActArbitraryDisapprovesOfItsAgent() {
        #expect(stances("Peru detained two Canadians last week. Ottawa called the detentions arbitrary.") == ["CAN>PER-"])
        #expect(stances("Ottawa called the border line arbitrary.") == [])
    }

    @Test func aMeasureOnGoodsAnnouncedInThePassiveIsTheSpeakers() {
        #expect(stances("Canberra announced that duties on Indonesian palm oil would be raised.") == ["AUS>IDN-"])
        // No speaker outside the passive, or a measure lifted: nobody holds it.
        #expect(stances("Duties on Indonesian palm oil would be raised, a report said.") == [])
        #expect(stances("Canberra said that duties on Indonesian palm oil had been lifted.") == [])
    }

    @Test func aVerbFormBeforeATradeNounModifiesIt() {
        #expect(categories("Chile halted arms sales to Bolivia.") == ["16 Reduce relations"])
        #expect(stances("Chile arms Bolivia.") == ["CHL>BOL+"])
    }

    @Test func flyingOrTravellingToACapitalIsAVisit() {
        #expect(stances("Singapore's foreign minister flew to Bangkok.") == ["SGP>THA+"])
        #expect(stances("Singapore's foreign minister travelled to Bangkok.") == ["SGP>THA+"])
        // Flying home from a capital visits nobody.
        #expect(stances("Singapore's foreign minister flew home from Bangkok.") == [])
    }

    @Test func putIsASupportVerbForAMeasure() {
        #expect(stances("Ottawa put sanctions on Venezuela's interior minister.") == ["CAN>VEN-"])
        #expect(stances("Ottawa put the question to a vote.") == [])
    }

    @Test func takingAnActorsSideSupportsIt() {
        #expect(stances("Portugal took Athens's side in the quarrel.") == ["PRT>GRC+"])
        #expect(stances("Portugal did not take Athens's side.") == [])
        // "side" without a taker is no cue: a delegation, or one side of a border.
        #expect(stances("The Greek side rejected the offer.") == [])
        #expect(stances("Ankara says Athens's side of the border is calm.") == [])
    }

    @Test func theTwoGovernmentsAreTheLastTwoStatesNamed() {
        let found = stances("Norway annoyed Iceland over fishing. The two governments later agreed to cooperate.")
        #expect(found.contains("NOR>ISL+") && found.contains("ISL>NOR+"))
        // With only one state named before, "the two governments" stands for nobody.
        #expect(!stances("Norway held an election. The two governments later agreed to cooperate.").contains { $0.hasSuffix("+") })
    }

    @Test func aQuarrelPutBehindItsPartiesIsSettled() {
        #expect(stances("Oslo and Reykjavik agreed to put the fishing dispute behind them.") == ["ISL>NOR+", "NOR>ISL+"])
        #expect(stances("Oslo and Reykjavik put the fishing dispute on hold.") == ["ISL>NOR-", "NOR>ISL-"])
    }

    @Test func sellingToAStateIsMaterialCooperation() {
        #expect(stances("Israel sold drones to Azerbaijan.") == ["ISR>AZE+"])
        #expect(stances("Israel stopped selling drones to Azerbaijan.") == ["ISR>AZE-"])
        #expect(stances("Israel sold its stake in the port.") == [])
    }

    @Test func aQuarrelASpeakerLaysAtAnotherSidesDoorIsHeldAgainstIt() {
        #expect(stances("Moscow said Tokyo had chosen confrontation.") == ["RUS>JPN-"])
        // An observer with no state, or a quarrel ended, holds nothing.
        #expect(stances("Analysts said Tokyo had chosen confrontation.") == [])
        #expect(stances("Moscow said Tokyo had ended the confrontation.").allSatisfy { $0.hasSuffix("+") })
    }

    @Test func aStateDetainsThoseHeldOnItsSoil() {
        #expect(stances("Two Canadians were detained in China.") == ["CHN>CAN-"])
        #expect(stances("A Japanese businessman was arrested in Beijing.") == ["CHN>JPN-"])
        // No state where they are held, or nobody foreign held: no stance.
        #expect(stances("Two Canadians were detained in Toronto.") == [])
        #expect(stances("Protesters were detained in Moscow.") == [])
    }

    @Test func anInsultASpeakerUsesOfAnotherDisapproves() {
        #expect(stances("Tehran called Washington a bully.") == ["IRN>USA-"])
        #expect(stances("The former dictator's son visited Tokyo.") == [])
    }

    @Test func aNationalAdjectiveOnTheGoodsAVerbBansOrBuysNamesTheirState() {
        #expect(stances("India banned 59 Chinese apps.") == ["IND>CHN-"])
        #expect(stances("Warsaw refused to buy Russian gas.") == ["POL>RUS-"])
        // Goods behind another verb, or a passive with no state acting, name nobody.
        #expect(stances("India welcomed 59 Chinese students.") == [])
        #expect(stances("The road was blocked by Chinese trucks.") == [])
        // "imports" after a ban is the banned noun, not a verb of trade.
        #expect(stances("Japan banned imports of Russian coal.") == ["JPN>RUS-"])
    }

    @Test func blockingAnotherStatesBidRejectsIt() {
        #expect(stances("Ankara blocked Sweden's NATO bid.").contains("TUR>SWE-"))
        #expect(stances("Ankara blocked the road to the airport.") == [])
    }

    @Test func anInterceptionIsAimedAtItsObject() {
        #expect(stances("Russian jets intercepted a Japanese plane.") == ["RUS>JPN-"])
        // A deployment's object is only what it moves.
        #expect(stances("Moscow deployed Russian missiles.") == [])
    }

    @Test func aHyphenatedModifierKeepsTheCueNounInReach() {
        #expect(stances("Seoul suspended the intelligence-sharing pact with Tokyo.") == ["KOR>JPN-"])
        #expect(stances("Seoul suspended the sharing pact with Tokyo.") == ["KOR>JPN-"])
    }

    @Test func upgradingRelationsIsCooperation() {
        #expect(stances("Hanoi and Washington upgraded their relations.") == ["USA>VNM+", "VNM>USA+"])
        #expect(stances("Hanoi upgraded its air defences.") == [])
    }

    @Test func theAgentOfAnActReachesPastItsOfPhrase() {
        #expect(stances("Tokyo welcomed the release of the Japanese fishermen by Russia.") == ["JPN>RUS+"])
        #expect(stances("Tokyo condemned the seizure of Japanese boats by Russia.").contains("JPN>RUS-"))
        // A second preposition, or an actor that is no adjective, ends the reach.
        #expect(!stances("Tokyo welcomed the report of the panel in Seoul by Russia.").contains("JPN>RUS+"))
    }
}
