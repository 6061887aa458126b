import Testing
@testable import BilateralCore

/// Categories from unseen8's first run: "it" right after a state's own speech word, a qualified pair
/// ("the two Baltic states") meaning the states the article joined, cutting off supplies, a bid to join an alliance, stopping purchases, words of disgust, a demanded apology, a noun opposed behind "against", and a reaction to an act by a state;
/// each with a look-alike that must stay silent or keep its old reading.
@Suite struct SpeakerPairAndCutOffTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func itAfterAStatesOwnSpeechWordIsThatState() {
        let found = stances("Chile voiced alarm about the vote, and Brazil said it would back Argentina.")
        #expect(found.contains("BRA>ARG+"))
        #expect(!found.contains("CHL>ARG+"))
    }

    @Test func itAfterAParticipleStillMeansTheOpener() {
        #expect(stances("Chile condemned the vote, saying it would punish Peru.").contains("CHL>PER-"))
    }

    @Test func aQualifiedPairMeansTheStatesTheArticleJoined() {
        let text = "Norway and Denmark opened a joint cable line. Germany later criticised Poland over coal. The two Nordic states were praised by Canada."
        let found = stances(text)
        #expect(found.contains("CAN>NOR+"))
        #expect(found.contains("CAN>DNK+"))
        #expect(!found.contains("CAN>POL+"))
    }

    @Test func aQualifiedPairWithOnlyOneStateNamedStaysSilent() {
        #expect(stances("Norway hosted the meeting. The two Nordic states were praised by Canada.") == [])
    }

    @Test func cuttingOffSuppliesToAStateIsReducingRelations() {
        #expect(stances("Moscow cut off electricity supplies to Lithuania in the spring.") == ["RUS>LTU-"])
        #expect(stances("The storm cut off the ferry route to the island.") == [])
    }

    @Test func aBidToJoinAnAllianceIsCooperationButJoiningPartnersIsNot() {
        #expect(stances("Ukraine renewed its bid to join the EU.") == ["UKR>EU+"])
        #expect(stances("Georgia applied to join NATO in 2008.") == ["GEO>NATO+"])
        #expect(stances("Ten farmers sent applications to join the cooperative.") == [])
        #expect(stances("Italy's decision to join its EU partners was criticised at home.") == [])
    }

    @Test func stoppingPurchasesFromAStateReducesRelations() {
        #expect(stances("India warned that it would stop importing Malaysian palm oil.") == ["IND>MYS-"])
        #expect(stances("Shoppers in Tokyo stopped buying umbrellas.") == [])
    }

    @Test func reactingToAnActByAStateIsAimedAtThatState() {
        #expect(stances("Japan condemned the missile launch by North Korea.") == ["JPN>PRK-"])
        #expect(stances("Tokyo welcomed the offer by Moscow.") == ["JPN>RUS+"])
    }

    @Test func aPassiveAgentStillHoldsTheAct() {
        #expect(stances("Japan was criticised by China.") == ["CHN>JPN-"])
        #expect(stances("The sanctions were imposed by Japan on Russia.") == ["JPN>RUS-"])
    }

    @Test func callingAnActRepugnantDisapprovesOfItsActor() {
        #expect(stances("China tested a missile. Japan called the move deeply repugnant.") == ["JPN>CHN-"])
        #expect(stances("The chef called the dish repugnant.") == [])
    }

    @Test func demandingAnApologyFromAStateIsADemandOnIt() {
        #expect(stances("Ottawa demanded an apology from Beijing.") == ["CAN>CHN-"])
        #expect(stances("Japan welcomed the apology from Seoul.") == ["KOR>JPN+"])
        #expect(stances("The students demanded an apology from the university.") == [])
    }

    @Test func aNounOpposedBehindAgainstIsNotAimedAtTheSubject() {
        #expect(stances("Washington said it stood with Manila against pressure by Beijing.") == ["USA>PHL+"])
        #expect(stances("Japan pressed ahead amid criticism from China.") == ["CHN>JPN-"])
    }

    @Test func aReactionToAnActReachesTheActsAgent() {
        #expect(stances("Wellington pushed back against pressure from Beijing.") == ["NZL>CHN-"])
        #expect(stances("Tokyo protested at the decision by Moscow.") == ["JPN>RUS-"])
        #expect(stances("Seoul complained about the weather in Tokyo.") == [])
    }

    @Test func aByAfterATopicPhraseIsNoPassiveAgent() {
        #expect(stances("Canada imposed sanctions on Minsk over the crackdown by Belarus.") == ["CAN>BLR-"])
    }

    @Test func retaliatoryStepsAgainstAStateCoerceIt() {
        #expect(stances("Lavrov warned that Moscow would take retaliatory steps against Oslo.") == ["RUS>NOR-"])
        #expect(stances("Moscow took the first steps against the virus.") == [])
    }

    @Test func whoeverLabelsAnActHoldsTheLabelTowardItsAgent() {
        let found = stances("London said it stood with Oslo against what it called coercion by Moscow.")
        #expect(found.contains("GBR>RUS-"))
        #expect(!found.contains("GBR>NOR-"))
        #expect(stances("Seoul condemned what it termed provocation by Pyongyang.") == ["KOR>PRK-"])
    }
}
