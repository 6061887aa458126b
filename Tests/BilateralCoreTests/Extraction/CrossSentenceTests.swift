import Testing
@testable import BilateralCore

/// Stances whose other party is named only in an earlier sentence, with look-alikes that must stay silent.
@Suite struct CrossSentenceTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    /// Stances drawn from the sentence that contains `fragment`.
    private func stances(_ text: String, from fragment: String) -> [String] {
        let model = ExtractionHarness.model([text], date: "2019-03-01")
        let gazetteer = ExtractionHarness.extractor.gazetteer
        return Set(model.stances.filter { $0.evidence.contains(fragment) }.map {
            "\(gazetteer.principal(of: $0.holder))>\(gazetteer.principal(of: $0.target))\($0.polarity.sign)"
        }).sorted()
    }

    @Test func aRejectedClaimIsAimedAtWhoeverMadeIt() {
        #expect(stances("Brazil accused Argentina of dumping steel. Buenos Aires rejected the accusation.", from: "rejected")
            == ["ARG>BRA-"])
        #expect(stances("Poland complained to Germany about the pipeline.\n\nBerlin dismissed the complaint on Monday.", from: "dismissed")
            == ["DEU>POL-"])
        #expect(stances("Sweden lodged a protest with Iran. The protest was dismissed by Tehran.", from: "dismissed")
            == ["IRN>SWE-"])
    }

    @Test func aClaimWithNoEarlierOtherSideStaysSilent() {
        #expect(stances("Buenos Aires rejected the accusation.") == [])
        #expect(stances("Argentina held naval drills in the south. Buenos Aires rejected the criticism.") == [])
        #expect(stances("Brazil accused Argentina of dumping steel. Buenos Aires rejected the accusation that it had lied.",
                        from: "rejected") == [])
        // Three paragraphs on, the claim is too far back to be the one answered.
        #expect(stances("Brazil accused Argentina of dumping steel.\n\nTrade fell.\n\nPrices rose.\n\nBuenos Aires rejected the accusation.",
                        from: "rejected") == [])
    }

    @Test func theyAfterAMeetingIsBothParties() {
        #expect(stances("Narendra Modi met Shinzo Abe in Osaka. They agreed to expand defence cooperation.", from: "They agreed")
            == ["IND>JPN+", "JPN>IND+"])
        // Three parties at the meeting: "they" is left alone rather than guessed.
        #expect(stances("Emmanuel Macron met Olaf Scholz and Joe Biden. They agreed to back a joint fund.", from: "They agreed") == [])
    }

    @Test func theyAfterANonMeetingOrANewParagraphStaysSilent() {
        #expect(stances("Narendra Modi criticised Shinzo Abe. They agreed to expand defence cooperation.", from: "They agreed") == [])
        #expect(stances("Narendra Modi met Shinzo Abe in Osaka.\n\nThey agreed to expand defence cooperation.", from: "They agreed") == [])
    }

    @Test func aClashWithAnotherSideHoldsBothWays() {
        #expect(stances("Armenian troops clashed with Azerbaijani forces overnight.") == ["ARM>AZE-", "AZE>ARM-"])
        #expect(stances("Police in Yerevan clashed with protesters.") == [])
        #expect(stances("Armenia blamed Azerbaijan for the shelling.") == ["ARM>AZE-"])
    }
}

/// A lead that gives the full date anchors the weekdays and "yesterday" of an article with no dateline.
@Suite struct LeadDateAnchorTests {
    private func eventDates(_ text: String) -> [String] {
        ExtractionHarness.model([text]).events.map { $0.date.description }
    }

    @Test func aDatedLeadAnchorsWeekdays() {
        let text = "Notes from a summit\n\nPosted by a reader, June 30, 2019\n\nJapan and Russia met on Saturday."
        #expect(eventDates(text).contains("2019-06-29"))
    }

    @Test func aFullDateDeepInTheTextDoesNot() {
        let text = "Notes from a summit\n\nJapan and Russia met on Saturday.\n\nTrade grew.\n\nOn June 30, 2019, Japan thanked Russia."
        #expect(!eventDates(text).contains("2019-06-29"))
    }
}

/// Urging a state to do something presses it; urging peaceful means does not.
@Suite struct UrgingTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func urgingAStateToActIsADemand() {
        #expect(stances("Canada urged Saudi Arabia to release the detained activists.") == ["CAN>SAU-"])
        #expect(stances("The Dutch foreign minister called on Turkey to withdraw its troops.") == ["NLD>TUR-"])
    }

    @Test func urgingTalksOrInvitingStaysCooperative() {
        #expect(stances("Norway urged Sudan to resume talks with the rebels.") == ["NOR>SDN+"])
        #expect(stances("Canada urged Mexico to settle the dispute through dialogue.") == ["CAN>MEX+"])
        #expect(stances("Canada invited Mexico to join the new trade forum.") == ["CAN>MEX+"])
    }
}

/// A paragraph that opens with pronouns only still yields the stance they carry.
@Suite struct PronounParagraphTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aPronounOnlySentenceOpeningAParagraphKeepsItsStance() {
        let text = "Narendra Modi and Shinzo Abe toured Kyoto on Monday.\n\nHe later praised him for his hospitality."
        #expect(stances(text).contains("IND>JPN+"))
        let apart = "Narendra Modi toured Kyoto on Monday.\n\nHe later praised him for his hospitality."
        #expect(stances(apart) == [])
    }
}

/// "The decision" opening a paragraph reacts to the act the previous paragraph ended on; goods and
/// services named by their country stand for it.
@Suite struct ParagraphReactionTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func anActNounOpeningAParagraphBelongsToTheLastSentenceBefore() {
        let text = "Norway expelled two Iranian diplomats on Monday.\n\nIran called the decision hostile."
        #expect(stances(text).contains("IRN>NOR-"))
        // Two sentences back is too far: the act is no longer the one just reported.
        let far = "Norway expelled two Iranian diplomats on Monday. Trade fell.\n\nIran called the decision hostile."
        #expect(!stances(far).contains("IRN>NOR-"))
    }

    @Test func goodsAndServicesStandForTheirCountry() {
        #expect(stances("Russia banned imports of Georgian fruit and vegetables.") == ["RUS>GEO-"])
        #expect(stances("Russia suspended charter flights to Egyptian resorts.") == ["RUS>EGY-"])
        #expect(stances("Russian resorts reopened in June.") == [])
    }
}
