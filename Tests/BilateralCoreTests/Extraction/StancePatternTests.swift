import Testing
@testable import BilateralCore

/// Stance rules on sentences written for these tests, through the bundled gazetteer and cue lexicon.
@Suite struct StancePatternTests {
    private func stances(_ text: String) -> [String] {
        ExtractionHarness.stances(text)
    }

    @Test func activeVerbFromSubjectToObject() {
        #expect(stances("Japan imposed sanctions on Russia over the war.").contains("JPN>RUS-"))
        #expect(stances("Moscow criticised Tokyo for its new defence budget.") == ["RUS>JPN-"])
        #expect(stances("China promised aid to Laos.").contains("CHN>LAO+"))
    }

    @Test func passiveVoiceTakesTheAgentAsHolder() {
        #expect(stances("New sanctions were imposed on Russia by Japan.") == ["JPN>RUS-"])
        #expect(stances("The plan was firmly opposed by China.") == [])
        #expect(stances("Australia's proposal was firmly opposed by China.") == ["CHN>AUS-"])
    }

    @Test func nominalCuesWithOwnersAndPairs() {
        #expect(stances("Japan's sanctions against Russia stay in place.") == ["JPN>RUS-"])
        #expect(stances("The Russia–China partnership keeps growing.") == ["CHN>RUS+", "RUS>CHN+"])
        #expect(stances("Officials praised military cooperation between Moscow and Beijing.") == ["CHN>RUS+", "RUS>CHN+"])
    }

    @Test func coordinatedActorsEachHoldTheStance() {
        #expect(stances("Moscow and Beijing condemned Washington.") == ["CHN>USA-", "RUS>USA-"])
    }

    @Test func reportedSpeechGivesTheSpeakerTheStance() {
        #expect(stances("Sergey Lavrov said Japan was hostile and unreliable.") == ["RUS>JPN-"])
        #expect(stances("Xi Jinping called Russia a reliable partner.") == ["CHN>RUS+"])
    }

    @Test func negationCancelsOrTurnsCooperationIntoRejection() {
        #expect(stances("Japan did not impose sanctions on Russia.") == [])
        #expect(stances("Japan refused to cooperate with Russia on the project.") == ["JPN>RUS-"])
        #expect(stances("Russia no longer supports Japan in the region.") == ["RUS>JPN-"])
        #expect(stances("Japan never threatened Russia.") == [])
    }

    @Test func targetsBehindPrepositionsButNotDeniedOnes() {
        #expect(stances("Germany protested not to Russia but to NATO.") == ["DEU>NATO-"])
        #expect(stances("Seoul pledged on Monday to Poland a batch of tanks.") == ["KOR>POL+"])
    }

    @Test func pronounsAndPairNounsFindTheirActors() {
        let text = "Shinzo Abe met Vladimir Putin in Sochi.\n\nHe later praised Russia warmly."
        #expect(stances(text).contains("JPN>RUS+"))
    }

    @Test func identicalTuplesFromOneSentenceOnce() {
        let model = ExtractionHarness.model(["Japan criticised and condemned Russia and blamed Russia."], date: "2020-01-01")
        let tuples = model.stances.map { "\($0.holder)>\($0.target)\($0.category)" }
        #expect(tuples.count == Set(tuples).count)
    }
}

@Suite struct StanceObjectTests {
    @Test func aCueNounAsObjectKeepsTheTargetInReach() {
        #expect(ExtractionHarness.stances("Russia suspended peace treaty talks with Japan.").contains("RUS>JPN-"))
    }

    @Test func coordinatedSubjectsOfACooperativeVerbHoldBothWays() {
        #expect(ExtractionHarness.stances("Japan and Russia agreed to speed up the talks.") == ["JPN>RUS+", "RUS>JPN+"])
        #expect(ExtractionHarness.stances("Japan and Russia condemned the attack.") == [])
    }
}

@Suite struct ReportedClauseTests {
    @Test func aCueVerbTakingAClauseAimsAtItsSubject() {
        #expect(ExtractionHarness.stances("Maria Zakharova warned that Tokyo would regret the decision.") == ["RUS>JPN-"])
    }

    @Test func aSubjectlessComplementActsForTheSpeaker() {
        #expect(ExtractionHarness.stances("Sergey Lavrov said that it would expel Japanese diplomats.") == ["RUS>JPN-"])
    }
}
