import Testing
@testable import BilateralCore

/// News-wire sentences written for these tests: datelines, bodies, gerunds, adjectives that stand for states.
@Suite struct WireStyleTests {
    private func stances(_ text: String) -> [String] {
        ExtractionHarness.stances(text, date: "2022-04-01")
    }

    @Test func nationalAdjectivesStandForTheStateBeforeRepresentativeNouns() {
        #expect(stances("TOKYO (Reuters) - Japan on Friday imposed new sanctions on Russian banks.") == ["JPN>RUS-"])
        #expect(stances("Moscow expelled eight Japanese diplomats in retaliation.") == ["RUS>JPN-"])
        #expect(stances("Japan pledged help for Russian culture.") == [])
    }

    @Test func nounCuesReachTheirTargetThroughOf() {
        #expect(stances("Kishida condemned Moscow's invasion of Ukraine.") == ["JPN>RUS-", "RUS>UKR-"])
    }

    @Test func aPlaceAfterAVerbIsNoTarget() {
        #expect(stances("Vladimir Putin negotiated in Singapore with Shinzo Abe.") == ["JPN>RUS+", "RUS>JPN+"])
    }

    @Test func aGerundAfterAPrepositionActsForTheActorBeforeIt() {
        #expect(stances("Beijing has repeatedly warned Washington against arming Taiwan.") == ["CHN>USA-", "USA>TWN+"])
    }

    @Test func coordinatedSubjectsShareAPairNounAndAimDrillsAtTheirTarget() {
        #expect(stances("China and Russia held joint naval drills near Japan.") == ["CHN>JPN-", "CHN>RUS+", "RUS>CHN+", "RUS>JPN-"])
    }

    @Test func bodiesActForTheirState() {
        #expect(stances("Russia's foreign ministry said it was suspending peace treaty talks with Japan.") == ["RUS>JPN-"])
    }

    @Test func aRelationshipThatChangesHoldsBetweenItsParties() {
        #expect(stances("Relations between Moscow and Tokyo have deteriorated sharply.") == ["JPN>RUS-", "RUS>JPN-"])
    }

    @Test func fromAfterANounNamesItsHolder() {
        #expect(stances("Russia's invasion of Ukraine drew condemnation from Japan.") == ["JPN>RUS-", "RUS>UKR-"])
    }

    @Test func passivesOfNominalProposals() {
        #expect(stances("Japan's proposal was rejected by Russia.") == ["RUS>JPN-"])
        #expect(stances("Sanctions against Russia were imposed by Japan and the European Union.") == ["EU>RUS-", "JPN>RUS-"])
    }

    @Test func aQuoteBeforeItsSpeakerGivesTheSpeakerThePredicate() {
        #expect(stances("“Japan’s sanctions are unacceptable,” Maria Zakharova said.") == ["RUS>JPN-"])
        #expect(stances("“Tokyo is a reliable partner,” said Sergey Lavrov.") == ["RUS>JPN+"])
    }

    @Test func verbsOfJudgementWorkLikeSpeech() {
        #expect(stances("Moscow considers Tokyo's plan a threat to its security.") == ["RUS>JPN-"])
    }

    @Test func anAgentAfterTheTargetOfANoun() {
        #expect(stances("New sanctions against Russia by Japan took effect on Monday.") == ["JPN>RUS-"])
    }

    @Test func aPossessiveRightAfterSpeechIsTheSpeakers() {
        #expect(stances("Japan said its sanctions against Russia would stay.") == ["JPN>RUS-"])
        #expect(stances("Russia said it would expel Japanese diplomats.") == ["RUS>JPN-"])
    }
}
