import Testing
@testable import BilateralCore

/// Session 12, issue 15 class 9 (precision): a weekday reported after a past speech verb is past even in a sentence
/// whose news is future; a year inside a "since" clause is a span's far end and gives no year to later dates.
@Suite struct ClauseDateTests {
    @Test func aDayReportedAfterASpeechVerbIsPast() {
        // 2019-03-14 is a Thursday: the Tuesday meant is the 12th, not the 19th.
        let after = "Opening line.\n\nPeru and Chile will reopen the border crossing, President Vizcarra said after meeting "
            + "President Pinera in Lima on Tuesday."
        let dates = ExtractionHarness.eventDates(after, date: "2019-03-14")
        #expect(dates.contains("2019-03-12"))
        #expect(!dates.contains("2019-03-19"))
        let that = "Opening line.\n\nGhana announced on Monday that it will recall its ambassador from Togo."
        #expect(ExtractionHarness.eventDates(that, date: "2019-03-14").contains("2019-03-11"))
    }

    @Test func aDayAfterAFutureMarkerStaysFuture() {
        // Look-alikes: the future marker comes between the speech verb and the day, or no speech verb precedes it.
        let reported = "Opening line.\n\nThe ministry said Peru will reopen the border with Chile on Tuesday."
        #expect(ExtractionHarness.eventDates(reported, date: "2019-03-14").contains("2019-03-19"))
        let plain = "Opening line.\n\nOn Tuesday, Peru will reopen the border with Chile."
        #expect(ExtractionHarness.eventDates(plain, date: "2019-03-14").contains("2019-03-19"))
    }

    @Test func aYearInsideASinceClauseGivesNoYear() {
        let text = "Opening line.\n\nIn the spring, Ghana and Togo fought the worst border clashes since the two armies "
            + "withdrew from the frontier in 2016. The trigger was a raid on a market on April 9, which Ghana blamed on Togo."
        let dates = ExtractionHarness.eventDates(text, date: "2022-06-01")
        #expect(dates.contains("2022-04-09"))
        #expect(!dates.contains("2016-04-09"))
        // Look-alike: a year named outright, outside any span, still dates the paragraph's later days.
        let named = "Opening line.\n\nIn 2016 Ghana and Togo fought over the frontier. The trigger was a raid on a market "
            + "on April 9, which Ghana blamed on Togo."
        #expect(ExtractionHarness.eventDates(named, date: "2022-06-01").contains("2016-04-09"))
    }
}
