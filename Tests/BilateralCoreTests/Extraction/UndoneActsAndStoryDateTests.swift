import Testing
@testable import BilateralCore

/// Issue 15 (precision, session 9): acts called off, falsely reported or another's charge; pacts named as if they
/// acted; "the two neighbours" after third states named in passing; months counted from the article ("last
/// September") and a story's month carried to later paragraphs; leaders added to the data.
@Suite struct UndoneActsAndStoryDateTests {
    private func stances(_ text: String, date: String = "2024-06-01") -> [String] {
        ExtractionHarness.stances(text, date: date)
    }

    // MARK: - Called off, put off, pushed back

    @Test func aMeetingOfOthersCalledOffIsNoCooperationBetweenThem() {
        let found = stances("Rome also called off a meeting of the Italian and Greek transport ministers planned for that week.")
        #expect(!found.contains("GRC>ITA+") && !found.contains("ITA>GRC+"))
        #expect(found.contains("ITA>GRC-"))
        // A third side calling it off holds nothing toward either party, and they nothing toward each other.
        let third = stances("Vienna called off a meeting of the Serbian and Kosovar negotiators.")
        #expect(!third.contains { $0.hasSuffix("+") })
        // Look-alike: a meeting held is cooperation both ways.
        #expect(stances("The Italian and Greek transport ministers held a meeting in Rome.").contains("GRC>ITA+"))
    }

    @Test func talksPutOffOrPushedBackRejectThePartner() {
        #expect(stances("Lima called off its planned talks with Quito on Monday.").contains("PER>ECU-"))
        #expect(stances("The European Union pushed back a round of trade talks with Chile.").contains("EU>CHL-"))
        // Look-alikes: talks held, and a push back against a claim (no cooperative noun), are not rejections.
        #expect(stances("Lima held talks with Quito on Monday.").contains("PER>ECU+"))
        #expect(!stances("Lima pushed back against Quito's account of the talks.").contains("PER>ECU+"))
    }

    // MARK: - Reports called false or denied

    @Test func anActInsideAReportCalledFalseDidNotHappen() {
        let text = "A spokeswoman in Bern called reports that Norway had snubbed a Swiss request for help flatly false."
        #expect(!stances(text).contains("NOR>CHE-"))
        #expect(!stances("Cairo denied reports that it had expelled Sudan's ambassador.").contains("EGY>SDN-"))
        // Look-alikes: the act confirmed, or a report not disputed, stands.
        #expect(stances("Officials confirmed that Norway had snubbed a Swiss request for help.").contains("NOR>CHE-"))
        #expect(stances("Cairo expelled Sudan's ambassador on Monday.").contains("EGY>SDN-"))
    }

    @Test func aChargeAnActorRejectsAnswersTheAccuserNotABystander() {
        let text = "Dhaka has accused Myanmar of arming rebels on China's behalf, a charge Naypyidaw rejects."
        let found = stances(text)
        #expect(!found.contains("MMR>CHN-"))
        #expect(found.contains("MMR>BGD-"))
        #expect(found.contains("BGD>MMR-"))
    }

    // MARK: - Pacts are no actors

    @Test func aPactsNameIsNoActor() {
        let found = stances("Canberra announced a security pact with Washington and London, AUKUS, in September.")
        #expect(!found.contains { $0.contains("AUKUS") })
        #expect(!stances("Morocco and Israel welcomed the Abraham Accords.").contains { $0.contains("Abraham") })
        // Look-alike: a body its members act through still acts.
        #expect(stances("NATO condemned Russia's strikes on Kyiv.").contains("NATO>RUS-"))
    }

    // MARK: - "The two neighbours" after third states named in passing

    @Test func theTwoNeighboursAfterThirdStatesNamedOnceAreTheArticlesPair() {
        let text = """
            Opening line.

            Ecuador and Peru fought along their border in 1995. Peru said Ecuador had moved troops, and Ecuador denied it.

            Brazil and Chile want their mediation to count. Argentina brought their ministers together in May, after \
            which the two neighbours agreed to exchange ambassadors.
            """
        let found = stances(text)
        #expect(found.contains("ECU>PER+") && found.contains("PER>ECU+"))
        #expect(!found.contains { ["ARG>", "BRA>", "CHL>"].contains(String($0.prefix(4))) && $0.hasSuffix("+") })
        // Look-alike: a paragraph that is about its own pair, naming both more than once, keeps it.
        let own = """
            Opening line.

            Ecuador and Peru fought along their border in 1995. Peru said Ecuador had moved troops.

            Brazil and Chile met in May. Brazil sent wheat to Chile, and Chile thanked Brazil. The two neighbours agreed \
            to reopen the crossings.
            """
        #expect(stances(own).contains("BRA>CHL+"))
    }

    // MARK: - Dates: "last September" and the story's month

    @Test func lastSeptemberIsTheLatestSeptemberBeforeTheArticle() {
        let text = "Opening line.\n\nLast September Peru recalled its ambassador from Mexico."
        #expect(ExtractionHarness.eventDates(text, date: "2022-07-02").contains("2021-09"))
        #expect(ExtractionHarness.eventDates("Opening line.\n\nLast December Peru recalled its ambassador from Mexico.",
                date: "2025-11-10").contains("2024-12"))
        // Look-alike: a month already past this year is this year's.
        #expect(ExtractionHarness.eventDates("Opening line.\n\nLast April Peru recalled its ambassador from Mexico.",
                date: "2022-07-02").contains("2022-04"))
    }

    @Test func aLaterParagraphsDayTakesTheStorysMonthAndYear() {
        let text = """
            Opening line.

            Last September Peru recalled its ambassador from Mexico. On September 17 Peru expelled Mexico's envoy.

            On September 22 Mexico and Peru agreed to talk. In May Peru thanked Mexico.
            """
        let dates = ExtractionHarness.eventDates(text, date: "2022-07-02")
        #expect(dates.contains("2021-09-17"))
        #expect(dates.contains("2021-09-22"))
        #expect(dates.contains("2022-05"))
        #expect(!dates.contains("2022-09-22"))
        // Look-alike: an old month named as background leaves later months to the article's date.
        let background = """
            Opening line.

            In March 2014 Russia annexed Crimea from Ukraine.

            In May Peru thanked Mexico.
            """
        #expect(ExtractionHarness.eventDates(background, date: "2022-07-02").contains("2022-05"))
    }

    @Test func aPostsDateUnderItsHeaderAnchorsFridayAndLastMonth() {
        let text = """
            River Notes

            Home › Politics › Borders

            Lima and Quito talk again

            Posted by A. Writer | March 12, 2023

            When the Peruvian envoy arrived on Friday evening, Ecuador welcomed Peru's offer of talks. Last month Peru \
            thanked Ecuador for reopening the border.
            """
        let dates = ExtractionHarness.model([text], date: nil).events.map(\.date.iso)
        #expect(dates.contains("2023-03-10"))
        #expect(dates.contains("2023-02"))
    }

    // MARK: - Leaders in the data

    @Test func currentLeadersAreKnown() {
        #expect(stances("Hun Manet thanked Thailand for reopening the border.", date: "2024-03-01").contains("KHM>THA+"))
        #expect(stances("Paetongtarn Shinawatra criticised Cambodia over the clash.", date: "2025-06-01").contains("THA>KHM-"))
        #expect(stances("Mohamed Muizzu thanked India for the aid.", date: "2024-10-01").contains("MDV>IND+"))
        #expect(stances("Muttaqi thanked Qatar for its mediation.", date: "2025-10-20").contains("AFG>QAT+"))
    }
}
