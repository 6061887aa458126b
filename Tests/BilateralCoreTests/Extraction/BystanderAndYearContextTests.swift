import Testing
@testable import BilateralCore

/// Issue 15, classes 1, 3 and 9 (precision): bystanders at others' talks, "three of its neighbours", a given name
/// one letter off a known surname, and dates whose year the text gives ("last year", "of the previous year", a year
/// named earlier in the paragraph).
@Suite struct BystanderAndYearContextTests {
    private func stances(_ text: String, date: String = "2024-06-01") -> [String] {
        ExtractionHarness.stances(text, date: date)
    }

    private func eventDates(_ text: String, date: String) -> [String] {
        ExtractionHarness.model([text], date: date).events.map(\.date.iso).sorted()
    }

    // MARK: - Class 1: those present at others' talks

    @Test func attendingTheSameTalksIsNoActBetweenTheAttendees() {
        #expect(stances("The British and French envoys attended the ceasefire talks in Doha on Friday.").isEmpty)
        #expect(stances("Brazil and Argentina observed the vote in Geneva.").isEmpty)
        // Look-alikes: meeting or agreeing with one another is an act between them.
        #expect(stances("The British and French envoys met in Doha on Friday.") == ["FRA>GBR+", "GBR>FRA+"])
        #expect(stances("Brazil and Argentina agreed to cut tariffs on steel.") == ["ARG>BRA+", "BRA>ARG+"])
    }

    // MARK: - Reported clauses: several neighbours are no one neighbour

    @Test func someOfItsNeighboursAreNotThePairsOtherSide() {
        let text = "Washington condemned the raids, saying Tehran had violated the borders of three of its neighbours in a week."
        #expect(!stances(text).contains("IRN>USA-"))
        #expect(stances(text).contains("USA>IRN-"))
        #expect(!stances("France criticised Algeria, saying it had threatened its neighbours.").contains("DZA>FRA-"))
        // Look-alike: one neighbour is still the other side.
        let one = "Azerbaijan closed the road through the corridor last week. Yerevan accused its neighbour of starving the region."
        #expect(stances(one).contains("ARM>AZE-"))
    }

    // MARK: - Actor recognition: a given name is no misspelt surname

    @Test func aGivenNameOneLetterOffAKnownSurnameIsNoMention() {
        let text = "Foreign Minister Gabriela Sommerfeld insisted that Ecuador had acted lawfully against Mexico."
        #expect(!stances(text).contains { $0.hasPrefix("DEU") || $0.contains(">DEU") })
        #expect(!stances("Adriana Merkell criticised Russia over the strikes.").contains("DEU>RUS-"))
        // Look-alike: a misspelt surname standing alone still names its person.
        #expect(stances("Gabriell criticised Russia over the strikes.", date: "2017-06-01").contains("DEU>RUS-"))
    }

    // MARK: - Class 9: the year the text is at

    @Test func lastYearGivesItsYearToAMonthAfterIt() {
        let text = "Opening line.\n\nChile elected a new president last year. In March Chile recalled its ambassador from Bolivia."
        let dates = eventDates(text, date: "2024-11-20")
        #expect(dates.contains("2023-03"))
        #expect(!dates.contains("2024-03"))
        // Look-alike: with no year in the paragraph, the article's year stays.
        let plain = "Opening line.\n\nIn March Chile recalled its ambassador from Bolivia."
        #expect(eventDates(plain, date: "2024-11-20").contains("2024-03"))
    }

    @Test func aMonthOfThePreviousYearCountsFromTheYearBeforeIt() {
        let text = "Opening line.\n\nFighting between Armenian and Azerbaijani troops killed dozens in September 2022, "
            + "and Armenia and Azerbaijan had clashed in May of the previous year."
        let dates = eventDates(text, date: "2025-03-13")
        #expect(dates.contains("2021-05"))
        #expect(!dates.contains("2022-05") && !dates.contains("2025-05"))
        let same = "Opening line.\n\nPeru and Chile signed a pact in March 2019, and Chile hosted Peru's president in June of that year."
        #expect(eventDates(same, date: "2024-02-01").contains("2019-06"))
    }

    @Test func aYearNamedLaterInTheSentenceDoesNotHideTheOneBefore() {
        let text = "Opening line.\n\nUNESCO listed the temple in July 2008. In October, Thai and Cambodian troops exchanged fire "
            + "near the temple, and the two armies fought again in February 2011."
        let dates = eventDates(text, date: "2025-07-30")
        #expect(dates.contains("2008-10"))
        #expect(!dates.contains("2025-10") && !dates.contains("2024-10") && !dates.contains("2011-10"))
    }
}
