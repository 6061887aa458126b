import Testing
@testable import BilateralCore

/// Issue 15, event dates (session 14): a timeline entry headed by a month alone ("September: …") is dated that month
/// of its year heading, and a paragraph that opens with a date in a sentence naming no actor ("May 22: Before dawn a
/// judge grants an injunction.") dates the first sentence after it that names one. Own timelines, with look-alikes.
@Suite struct TimelineHeadingDateTests {
    private let opening = "Chile and Peru: a timeline\n\nLast updated May 23, 2025\n\n"

    @Test func aMonthAloneHeadingAnEntryIsThatMonthOfTheYearHeading() {
        let text = opening + "1965\n\nSeptember: At a conference in Lima, Chilean ministers agree to give up the port.\n\n"
            + "1970\n\nMarch: Peru and Chile sign a treaty."
        let dates = ExtractionHarness.eventDates(text, date: "2025-05-23")
        #expect(dates.contains("1965-09"))
        #expect(dates.contains("1970-03"))
    }

    @Test func aMonthWordThatHeadsNothingDatesNothing() {
        // A month word inside a sentence, or a name followed by a colon later in it, is no heading.
        let text = opening + "1970\n\nPeru and Chile sign a treaty. Officials quoted May: Chile praised Peru."
        #expect(!ExtractionHarness.eventDates(text, date: "2025-05-23").contains("1970-05"))
    }

    @Test func anOpeningDateWithNoActorDatesTheNextSentenceThatNamesOne() {
        let text = opening + "2019\n\nNovember 22: The deadline passes. Chile stays. Peru protests.\n\n"
            + "2021\n\nMay 22: Before dawn a judge grants an injunction. Later Chile signs the treaty with Peru."
        let dates = ExtractionHarness.eventDates(text, date: "2025-05-23")
        #expect(dates.contains("2019-11-22"))
        #expect(dates.contains("2021-05-22"))
    }

    @Test func aDateInAnotherParagraphOrMidParagraphIsNotHeld() {
        // The next paragraph, or a date that does not open its paragraph, dates no later sentence.
        let apart = opening + "2019\n\nNovember 22: The deadline passes.\n\nChile stays."
        #expect(!ExtractionHarness.eventDates(apart, date: "2025-05-23").contains("2019-11-22"))
        let within = opening + "2019\n\nThe talks stall. On November 22 the deadline passes. Chile stays."
        #expect(!ExtractionHarness.eventDates(within, date: "2025-05-23").contains("2019-11-22"))
    }
}
