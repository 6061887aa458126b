import Testing
@testable import BilateralCore

/// Issue 15, classes 9 and 10: a date without a year takes it from a timeline's year heading or from a year named
/// just before it, not blindly from the article's date; a stance the body states has its body sentence as evidence,
/// not the headline.
@Suite struct EventYearAndHeadlineTests {
    @Test func aTimelinesYearHeadingDatesTheEntriesUnderIt() {
        let text = "Tariff timeline\n\n2018\n\nJuly 6: Washington puts tariffs on Chinese imports.\n\n2019\n\n"
            + "May 10: Washington raises the tariff on Chinese goods."
        let dates = ExtractionHarness.eventDates(text, date: "2019-07-08")
        #expect(dates.contains("2018-07-06") && dates.contains("2019-05-10"))
        #expect(!dates.contains("2019-07-06"))
    }

    @Test func aYearNamedJustBeforeDatesTheNextSentence() {
        let text = "Opening line.\n\nThe quarrel between Japan and South Korea began in the summer of 2019. On July 4 Japan "
            + "tightened controls on exports to South Korea."
        #expect(ExtractionHarness.eventDates(text, date: "2023-05-01").contains("2019-07-04"))
        // A year that only dates a thing ("a 1998 deal"), or one named after the month, leaves the article's year.
        let thing = "Opening line.\n\nIn June Moscow said it would stop applying a 1998 deal with Japan."
        #expect(ExtractionHarness.eventDates(thing, date: "2021-07-01").contains("2021-06"))
        #expect(!ExtractionHarness.eventDates(thing, date: "2021-07-01").contains("1998-06"))
    }

    @Test func theParagraphsYearOutweighsTheFarEndOfASpan() {
        // "since 2009" ends a span; the paragraph's story is in 2021.
        let text = "Opening line.\n\nThe thaw began in March 2021, when Chile's president flew to Lima. It was the first "
            + "such visit since 2009. In August the two countries agreed to restore their ambassadors."
        let dates = ExtractionHarness.eventDates(text, date: "2024-02-01")
        #expect(dates.contains("2021-08"))
        #expect(!dates.contains("2009-08") && !dates.contains("2024-08"))
        // A year named in another paragraph does not reach across.
        let apart = "Opening line.\n\nThe thaw began in March 2021, when Chile's president flew to Lima.\n\n"
            + "In August the two countries agreed to restore their ambassadors."
        #expect(!ExtractionHarness.eventDates(apart, date: "2024-02-01").contains("2021-08"))
    }

    /// Parsed as a file is, so the headline is known as a metadata line.
    private func parsed(_ text: String) -> CorpusModel {
        let article = ArticleParser().parse(id: "a.txt", path: "a.txt", lines: text.components(separatedBy: "\n")).article
        return ExtractionHarness.extractor.analyse(Corpus(articles: [article]))
    }

    @Test func aStanceTheBodyStatesIsNotEvidencedByTheHeadline() {
        let text = "Japan condemns Russia over drills\n\nTOKYO, May 2, 2022 — Japan condemned Russia on Monday for holding drills near Hokkaido."
        let model = parsed(text)
        let conflictual = model.stances.filter { $0.holder == "JPN" && $0.target == "RUS" }
        #expect(!conflictual.isEmpty)
        #expect(conflictual.allSatisfy { $0.line == 3 })
        // A stance only the headline states keeps it.
        let alone = parsed("Japan condemns Russia over drills\n\nTOKYO, May 2, 2022 — Drills went on near Hokkaido.")
        #expect(alone.stances.contains { $0.holder == "JPN" && $0.target == "RUS" && $0.line == 1 })
    }
}
