import Testing
@testable import BilateralCore

/// Issue 15, class 9 (session 11): "a month earlier", "two days later" count from the date the text was last at in
/// the paragraph, not from the article's date; vague counts ("several days later") date nothing.
@Suite struct StoryShiftDateTests {
    @Test func aShiftCountsFromTheParagraphsLastDate() {
        let month = "Opening line.\n\nThe row began in November 2019, when Laos protested to Thailand. A month earlier Vietnam had "
            + "closed its border with Laos."
        #expect(ExtractionHarness.eventDates(month, date: "2021-01-22").contains("2019-10"))
        let days = "Opening line.\n\nOn June 3, 2017 Qatar recalled its envoy from Bahrain. Three days later Bahrain expelled "
            + "Qatar's diplomats."
        #expect(ExtractionHarness.eventDates(days, date: "2018-02-01").contains("2017-06-06"))
        let year = "Opening line.\n\nIn May 2015 Ghana signed a trade pact with Togo. A year later Togo cancelled it."
        #expect(ExtractionHarness.eventDates(year, date: "2019-02-01").contains("2016-05"))
    }

    @Test func withoutADateInTheParagraphTheArticlesDateIsTheAnchor() {
        // Nothing dated before it: the shift counts from the article's own date, like "a month ago".
        #expect(ExtractionHarness.eventDates("Opening line.\n\nA month earlier Vietnam closed its border with Laos.", date: "2021-01-22")
            .contains("2020-12"))
    }

    @Test func vagueShiftsAndOtherParagraphsDateNothing() {
        let vague = "Opening line.\n\nIn March 2018 Peru expelled Chile's ambassador.\n\nSeveral days later Chile recalled its envoy "
            + "from Lima, and a few weeks later Bolivia praised Chile."
        let dates = ExtractionHarness.eventDates(vague, date: "2019-02-01")
        #expect(!dates.contains { $0.hasPrefix("2018-03-") || $0 == "2018-04" })
        // A date named in an earlier paragraph is not the anchor: the article's is.
        let apart = "Opening line.\n\nIn March 2018 Peru expelled Chile's ambassador.\n\nA month earlier Chile recalled its envoy "
            + "from Lima."
        #expect(!ExtractionHarness.eventDates(apart, date: "2019-02-01").contains("2018-02"))
    }
}
