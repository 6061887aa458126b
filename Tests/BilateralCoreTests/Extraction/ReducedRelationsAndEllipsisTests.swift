import Testing
@testable import BilateralCore

/// Issue 15, recall (session 9): reducing and restoring relations in other wordings (envoys recalled from where they
/// were posted, contracts torn up, permission withheld, relations established), elliptical repeats ("Kuwait did the
/// same"), evaluative speech ("called the decision a betrayal").
/// Own sentences, each with look-alikes that must stay silent.
@Suite struct ReducedRelationsAndEllipsisTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    private func categories(_ text: String) -> [String] {
        ExtractionHarness.model([text], date: "2019-05-01").stances.map(\.category).sorted()
    }

    @Test func anEnvoyIsRecalledFromWhereItWasPosted() {
        #expect(stances("Ottawa recalled the Canadian envoys from Lima and Quito after the vote.") == ["CAN>ECU-", "CAN>PER-"])
        #expect(stances("Mexico withdrew its diplomats from Bolivia on Monday.") == ["MEX>BOL-"])
        #expect(categories("Mexico withdrew its diplomats from Bolivia on Monday.") == ["16 Reduce relations"])
        // A memory recalled, a candidate withdrawn, goods from a state: no envoy, no stance.
        #expect(stances("The ambassador recalled his childhood in Lima.") == [])
        #expect(stances("Mexico withdrew its candidate from the race.") == [])
        #expect(stances("Canada recalled the cars it had imported from Peru.") == [])
    }

    @Test func aContractTornUpOrPermissionWithheldReducesRelations() {
        #expect(stances("Poland tore up its gas contract with Russia.") == ["POL>RUS-"])
        #expect(stances("Egypt delayed permission for the Israeli plane to land.") == ["EGY>ISR-"])
        #expect(stances("Brazil tore up the old stadium in Rio.") == [])
        #expect(stances("The weather delayed the flight from Cairo to Amman.") == [])
    }

    @Test func establishingRelationsOrAnEmbassyIsCooperative() {
        #expect(stances("Sudan established relations with Israel in October.") == ["ISR>SDN+", "SDN>ISR+"])
        #expect(stances("Kenya opened an embassy in Tel Aviv.") == ["KEN>ISR+"])
        #expect(stances("Kenya opened a new hospital in Nairobi.") == [])
    }

    @Test func anEllipticalClauseRepeatsTheActBeforeIt() {
        #expect(stances("Saudi Arabia expelled the Lebanese ambassador. Kuwait did the same on Saturday.") == ["KWT>LBN-", "SAU>LBN-"])
        #expect(stances("Bahrain recalled its envoy from Beirut, and Kuwait followed suit a day later.") == ["BHR>LBN-", "KWT>LBN-"])
        #expect(stances("Britain imposed sanctions on Iran. So did France.") == ["FRA>IRN-", "GBR>IRN-"])
        #expect(stances("Bahrain expelled the Qatari ambassador. The Emirates and Egypt soon followed.")
                == ["ARE>QAT-", "BHR>QAT-", "EGY>QAT-"])
        #expect(categories("Britain imposed sanctions on Iran. So did France.") == ["17 Coerce", "17 Coerce"])
    }

    @Test func aRepeatWithSomethingElseAfterItOrNoActBeforeItIsSilent() {
        #expect(stances("India won the match. Pakistan did the same.") == [])
        #expect(stances("Bahrain expelled the Qatari ambassador. Kuwait did the same thing in its own election.") == ["BHR>QAT-"])
        #expect(stances("Bahrain expelled the Qatari ambassador. Kuwait followed the debate closely.") == ["BHR>QAT-"])
        // The target itself repeating the act is no stance toward itself.
        #expect(stances("Britain imposed sanctions on Iran. Iran did the same.") == ["GBR>IRN-"])
    }

    @Test func callingAnActABetrayalDisapprovesOfWhoeverDidIt() {
        #expect(stances("The French foreign minister called Australia's decision a stab in the back.") == ["FRA>AUS-"])
        #expect(stances("Moscow called Washington's claims a pack of lies.") == ["RUS>USA-"])
        #expect(stances("Seoul described Tokyo's apology as a courageous step.") == ["KOR>JPN+"])
        #expect(stances("The French minister called the football final a stab in the back for fans.") == [])
        #expect(stances("The islands lie between Japan and Russia.") == [])
    }

    @Test func aJudgedActIsHeldAgainstItsDoersNotItsVictims() {
        #expect(stances("Iran's foreign ministry calls the agreement an act of strategic stupidity by Abu Dhabi and Tel Aviv.")
                == ["IRN>ARE-", "IRN>ISR-"])
        #expect(stances("Tehran described the Emirati move as a betrayal of the Palestinians.") == ["IRN>ARE-"])
        // With no speaker, whoever owns the judged conduct holds nothing.
        #expect(stances("Le Drian said there was no need, since everyone knew Britain's permanent opportunism.") == [])
    }

    @Test func aMeetingCalledOffOrPutOffRejectsTheOtherSide() {
        #expect(stances("Argentina called off talks with Britain.") == ["ARG>GBR-"])
        #expect(stances("Chile put off its visit to Peru.") == ["CHL>PER-"])
        #expect(categories("Chile put off its visit to Peru.") == ["12 Reject"])
        // Calling for talks is no stop.
        #expect(stances("Argentina called for talks with Britain.") == ["ARG>GBR+", "GBR>ARG+"])
    }

    @Test func anAdverbInsideAPhrasalCueKeepsIt() {
        #expect(stances("NATO stood firmly behind Washington.") == ["NATO>USA+"])
        #expect(stances("Germany stands squarely with Kyiv.") == ["DEU>UKR+"])
        #expect(stances("Germany stands quietly in the rain near Kyiv.") == [])
    }

    @Test func airspaceMissionsAndRecognitionNameTheirState() {
        #expect(stances("Iran opened its airspace to Qatari airlines.") == ["IRN>QAT+"])
        #expect(stances("Venezuela closed its airspace to American planes.") == ["VEN>USA-"])
        #expect(stances("India said it would upgrade its technical mission in Kabul to a full embassy.") == ["IND>AFG+"])
        #expect(stances("Caracas closed its embassy in Lima.") == ["VEN>PER-"])
        #expect(stances("Washington's recognition of Moroccan sovereignty angered Algeria.").contains("USA>MAR+"))
        #expect(stances("Iran opened its new airport to tourists.") == [])
        #expect(stances("India upgraded its railway network in Assam.") == [])
        #expect(stances("Japan won recognition for its film at a festival in France.") == [])
    }

    @Test func aReactionToAnActNamedByItsNounTargetsWhoeverDidIt() {
        #expect(stances("Israeli jets struck targets near Damascus. Syria condemned the strikes.") == ["ISR>SYR-", "SYR>ISR-"])
        #expect(stances("Ecuadorian police raided the Mexican embassy in Quito. The OAS passed a resolution condemning the raid.")
                == ["ECU>MEX-", "OAS>ECU-"])
        #expect(stances("Iran released the British tanker on Friday. London welcomed the release.") == ["GBR>IRN+", "IRN>GBR+"])
        // Not condemned, done by someone else named beside it, or no reaction at all: nothing more.
        #expect(stances("Israeli jets struck targets near Damascus. Syria did not condemn the strikes.") == ["ISR>SYR-"])
        #expect(stances("Israeli jets struck targets near Damascus. Egypt condemned the strikes by dockworkers.") == ["ISR>SYR-"])
        #expect(stances("Israeli jets struck targets near Damascus. The strikes at the port ended on Friday.") == ["ISR>SYR-"])
        #expect(stances("Egypt condemned the strikes.") == [])
    }

    @Test func aRetaliationWithNoTargetAnswersWhoeverActedAgainstIt() {
        #expect(stances("Indian jets struck Pakistan on Tuesday. The next morning Pakistani aircraft struck back across the Line of Control.")
                == ["IND>PAK-", "PAK>IND-"])
        // A third state striking back was not struck; no act before, nothing to answer.
        #expect(stances("Indian jets struck Pakistan on Tuesday. The next morning Bangladeshi aircraft struck back across the border.")
                == ["IND>PAK-"])
        #expect(stances("Estonia retaliated on Monday.") == [])
    }
}

