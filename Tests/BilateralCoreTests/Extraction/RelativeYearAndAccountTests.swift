import Testing
@testable import BilateralCore

/// Issue 15 (precision, session 10): a month or day whose year is named after it relative to the article's ("In
/// January last year", "on December 25 last year", "on the first day of March last year"), later months of that
/// story, and an appeal for an account ("asked Ottawa for explanations") read as a demand, not cooperation.
@Suite struct RelativeYearAndAccountTests {
    private func stances(_ text: String, date: String = "2024-06-01") -> [String] {
        ExtractionHarness.stances(text, date: date)
    }

    // MARK: - "<month or day> last year"

    @Test func aMonthBeforeLastYearIsInTheYearBeforeTheArticles() {
        #expect(ExtractionHarness.eventDates("Opening line.\n\nIn January last year Chile recalled its ambassador from Bolivia.",
                date: "2023-09-14")
            .contains("2022-01"))
        #expect(ExtractionHarness.eventDates("Opening line.\n\nOn November 3 last year Chile recalled its ambassador from Bolivia.",
                date: "2023-02-14")
            .contains("2022-11-03"))
        #expect(ExtractionHarness.eventDates("Opening line.\n\nOn 3 November of last year Chile recalled its ambassador from Bolivia.",
                date: "2023-02-14")
            .contains("2022-11-03"))
        #expect(ExtractionHarness.eventDates("Opening line.\n\nIn July next year Chile will host Bolivia's president.", date: "2023-02-14")
            .contains("2024-07"))
        // Look-alikes: the month's own year wins, and "last year's" owns a noun rather than dating the month.
        #expect(ExtractionHarness.eventDates("Opening line.\n\nIn January 2019 Chile recalled its ambassador from Bolivia.",
                date: "2023-09-14")
            .contains("2019-01"))
        let owned = ExtractionHarness.eventDates("Opening line.\n\nIn March, last year's envoy left Bolivia for Chile.", date: "2023-09-14")
        #expect(owned.contains("2023-03") && !owned.contains("2022-03"))
    }

    @Test func anOrdinalDayOfAMonthIsThatDay() {
        let text = "Opening line.\n\nOn the first day of March last year Chile recalled its ambassador from Bolivia."
        #expect(ExtractionHarness.eventDates(text, date: "2023-09-14").contains("2022-03-01"))
        #expect(ExtractionHarness.eventDates("Opening line.\n\nOn the third day of May Chile thanked Bolivia.",
                date: "2023-09-14").contains("2023-05-03"))
    }

    @Test func laterMonthsGoOnFromAMonthOfLastYear() {
        let text = """
            Opening line.

            In February last year Chile recalled its ambassador from Bolivia.

            In June Bolivia expelled Chile's consul. In November the two foreign ministers met in Lima.

            In March Chile and Bolivia agreed to restore ties.
            """
        let dates = ExtractionHarness.eventDates(text, date: "2023-05-10")
        #expect(dates.contains("2022-02"))
        #expect(dates.contains("2022-06"))
        #expect(dates.contains("2022-11"))
        // The story passes its own month again: the next March is the article's year.
        #expect(dates.contains("2023-03"))
        #expect(!dates.contains("2023-06") && !dates.contains("2023-11"))
    }

    // MARK: - Asking for an account

    @Test func askingForExplanationsIsADemand() {
        #expect(stances("Canada asked Norway for explanations after the arrests.").contains("CAN>NOR-"))
        #expect(stances("Chile requested an urgent clarification from Peru about the border incident.").contains("CHL>PER-"))
        #expect(stances("Ghana asked Togo to explain the detention of its fishermen.").contains("GHA>TGO-"))
        // Look-alikes: asking for help or to join talks is still an appeal for cooperation.
        #expect(stances("Canada asked Norway for help after the storm.").contains("CAN>NOR+"))
        #expect(!stances("Canada asked Norway for help after the storm.").contains("CAN>NOR-"))
        #expect(stances("Ghana asked Togo to join the talks.").contains("GHA>TGO+"))
    }
}
