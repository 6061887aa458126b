import Testing
@testable import BilateralCore

/// Constructions wire stories and analyses use that the first rules missed; sentences written for these tests.
@Suite struct StanceRecallTests {
    private func stances(_ text: String) -> [String] {
        ExtractionHarness.stances(text)
    }

    @Test func feelingsAtAnotherActorAreHeldByWhoFeelsThem() {
        #expect(stances("Berlin was deeply disappointed by Warsaw's decision.") == ["DEU>POL-"])
        #expect(stances("Canada said it was alarmed at India's conduct.") == ["CAN>IND-"])
    }

    @Test func aidWithAnAmountStillReachesItsRecipient() {
        #expect(stances("Australia would deliver $50 million in emergency food aid to Laos.") == ["AUS>LAO+"])
    }

    @Test func liftingAPenaltyIsAConcession() {
        #expect(stances("The EU lifted sanctions on Belarus.") == ["EU>BLR+"])
        #expect(stances("Washington eased its restrictions on Cuba.") == ["USA>CUB+"])
    }

    @Test func suspendingTalksIsNoConsultation() {
        #expect(stances("Armenia suspended talks with Azerbaijan.") == ["ARM>AZE-"])
        #expect(stances("Seoul cancelled a planned visit to Tokyo.") == ["KOR>JPN-"])
    }

    @Test func sayingAnotherActorMustActIsADemand() {
        #expect(stances("Beijing said Manila must withdraw its vessels from the shoal.") == ["CHN>PHL-"])
        #expect(stances("Ankara insisted that Athens first demilitarise the islands.") == ["TUR>GRC-"])
    }

    @Test func acceleratingNegotiationsIsConsultationBetweenTheParties() {
        #expect(stances("Germany and Poland will speed up negotiations on a border treaty.") == ["DEU>POL+", "POL>DEU+"])
        #expect(stances("Greece and Turkey signed a maritime accord.") == ["GRC>TUR+", "TUR>GRC+"])
    }

    @Test func labelsInADocumentAreItsAuthors() {
        #expect(stances("Paris called Moscow an unfriendly power.") == ["FRA>RUS-"])
        #expect(stances("The Dutch government published a doctrine that brands China a major security concern.") == ["NLD>CHN-"])
    }

    @Test func broaderDisapprovalAndRejection() {
        #expect(stances("The Kremlin objected to Finland's membership bid.") == ["RUS>FIN-"])
        #expect(stances("Hanoi decried Beijing's survey ships.") == ["VNM>CHN-"])
        #expect(stances("Tehran spurned Washington's offer.").contains("IRN>USA-"))
    }

    @Test func negatedFeelingsAndNegatedDemandsStayQuiet() {
        #expect(stances("Oslo was not disappointed by Stockholm.") == [])
        #expect(stances("Rome never said Vienna must pay.") == [])
    }

    @Test func intentVerbsTakeTheCategoryOfTheNounTheyGovern() {
        #expect(stances("Baku vowed retaliation against Yerevan.") == ["AZE>ARM-"])
        #expect(stances("Norway sent humanitarian aid to Syria.") == ["NOR>SYR+"])
    }

    @Test func irregularPastAndPostureVerbs() {
        #expect(stances("Vietnam froze negotiations with Cambodia.") == ["VNM>KHM-"])
        #expect(stances("Taiwan scrambled jets against Chinese bombers.") == ["TWN>CHN-"])
    }

    @Test func aSpeechNounInsideWhatIsSaidDoesNotHideTheSpeaker() {
        #expect(stances("Egypt's foreign ministry said Qatar's position was unacceptable.") == ["EGY>QAT-"])
    }

    @Test func nationalAdjectivesOnActsAndDecisionsAreTargets() {
        #expect(stances("Ottawa denounced the Iranian invasion plans.") == ["CAN>IRN-"])
        #expect(stances("Stockholm protested the Turkish decision.") == ["SWE>TUR-"])
    }

    @Test func multiWordIrregularsAndHeadlineVerbs() {
        #expect(stances("Belgium broke off talks with Hungary.") == ["BEL>HUN-"])
        #expect(stances("Riga blasted Minsk for the border incidents.") == ["LVA>BLR-"])
        #expect(stances("Seoul reached out to Hanoi.") == ["KOR>VNM+"])
        #expect(stances("Pyongyang fired a ballistic missile over Seoul.") == ["PRK>KOR-"])
    }

    @Test func accordingToNamesTheSpeaker() {
        #expect(stances("According to Ankara, Athens is an unreliable neighbour.") == ["TUR>GRC-"])
        #expect(stances("According to Hanoi, Beijing must halt the surveys.") == ["VNM>CHN-"])
    }

    @Test func aSpeakerMakesNoDemandOfItsOwnSide() {
        #expect(stances("Modi said India had to protect its farmers.") == [])
    }

    @Test func aPassiveAgentBehindModifiersStillHolds() {
        #expect(stances("The accord with Ukraine was scrapped by the new Polish government.") == ["POL>UKR-"])
    }

    @Test func criticismDrawnFromAnActorIsHeldByIt() {
        #expect(stances("Warsaw's plan drew harsh criticism from Berlin.") == ["DEU>POL-"])
    }

    @Test func acceptingAndDecliningAnInvitation() {
        #expect(stances("Canberra accepted Jakarta's invitation.") == ["AUS>IDN+"])
        #expect(stances("Canberra declined Jakarta's invitation.").allSatisfy { $0.hasSuffix("-") })
        #expect(stances("Exports from Brazil to Argentina declined.") == [])
    }

    @Test func relationshipsThatChangeGiveTheirPartiesTheStance() {
        #expect(stances("Relations between Ankara and Cairo improved last year.") == ["EGY>TUR+", "TUR>EGY+"])
        #expect(stances("Indian-Pakistani ties cooled again.") == ["IND>PAK-", "PAK>IND-"])
        #expect(stances("Brazil's economy improved.") == [])
    }

    @Test func aRefusalAnnouncedForTheFutureRejects() {
        #expect(stances("Athens will not recognise Ankara's claims.") == ["GRC>TUR-"])
        // Issue 15: a cooperative act not done rejects too (it was silent before).
        #expect(stances("Oslo did not support Stockholm.") == ["NOR>SWE-"])
        #expect(stances("Rome will not sanction Vienna.") == [])
    }

    @Test func pairsAtOddsAndHittingBack() {
        #expect(stances("Serbia and Hungary remain at odds over the pipeline.") == ["HUN>SRB-", "SRB>HUN-"])
        #expect(stances("Baghdad hit back at Tehran's criticism.").allSatisfy { $0.hasSuffix("-") })
        #expect(stances("Egypt will pull out of the gas agreement with Israel.") == ["EGY>ISR-"])
    }
}
