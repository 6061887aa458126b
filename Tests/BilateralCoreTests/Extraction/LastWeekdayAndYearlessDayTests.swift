import Testing
@testable import BilateralCore

/// Issue 15, event dates (session 14): "last Thursday" in an article of a Thursday is the week before; a day named
/// without its year ("On July 26") is what a later "two days later" of its paragraph counts from; a paragraph that
/// opens "At midnight on Friday" with no actor dates the next sentence. Own sentences, with look-alikes.
@Suite struct LastWeekdayAndYearlessDayTests {
    @Test func lastWeekdayIsAlwaysBeforeTheArticlesDay() {
        // 2019-08-29 is a Thursday.
        #expect(ExtractionHarness.eventDates("Opening line.\n\nLaos and Thailand held talks last Thursday.", date: "2019-08-29")
            .contains("2019-08-22"))
        #expect(ExtractionHarness.eventDates("Opening line.\n\nLaos and Thailand held talks last Tuesday.", date: "2019-08-29")
            .contains("2019-08-27"))
        // Without "last", the day of the article itself.
        #expect(ExtractionHarness.eventDates("Opening line.\n\nLaos and Thailand held talks on Thursday.", date: "2019-08-29")
            .contains("2019-08-29"))
    }

    @Test func daysLaterCountFromADayNamedWithoutItsYear() {
        let dates = ExtractionHarness.eventDates(
            "Opening line.\n\nOn July 26 Niger expelled the French envoy, and two days later Mali praised Niger.", date: "2023-08-30")
        #expect(dates.contains("2023-07-28"))
        #expect(!dates.contains("2023-09-01"))
        // A day after the article's in the calendar is last year's.
        #expect(ExtractionHarness.eventDates(
            "Opening line.\n\nOn December 20 Peru recalled its envoy from Chile, and two days later Chile expelled Peru's envoy.",
            date: "2024-01-10").contains("2023-12-22"))
    }

    @Test func aParagraphOpeningAtMidnightOnADayDatesItsNextSentence() {
        // 2015-08-01 is a Saturday.
        let text = "Opening line.\n\nAt midnight on Friday the border changed hands. Indian and Bangladeshi officials lowered the flags."
        #expect(ExtractionHarness.eventDates(text, date: "2015-08-01").contains("2015-07-31"))
        // A date deeper in the sentence is no opening date.
        let deep = "Opening line.\n\nThe crowds that gathered in the square at midnight on Friday sang. Indian officials watched."
        #expect(!ExtractionHarness.eventDates(deep, date: "2015-08-01").contains("2015-07-31"))
    }
}
