import Foundation
import Testing
@testable import BilateralCore

/// CSV records: a header row, rows as articles, quoted commas and line breaks, BOM and CRLF, bad rows one warning each.
@Suite struct CSVRecordsTests {
    @Test func rowsBecomeArticlesWithTheirParts() throws {
        let (articles, _) = RecordFixtures.load("think-tank.csv")
        #expect(articles.map(\.id) == ["think-tank.csv#1", "think-tank.csv#2", "think-tank.csv#4", "think-tank.csv#5"])
        let first = try #require(articles.first)
        // The BOM is not part of the first column's name, so the date is found.
        #expect(first.date == PartialDate(year: 2024, month: 1, day: 30))
        #expect(first.title == "Seoul and Tokyo agree, again, to talk")
        #expect(first.author == "Hana Kim")
        #expect(first.url == "https://tank.example/a")
        #expect(first.mainText == "Seoul and Tokyo agreed to hold regular talks on North Korea.\n\nOfficials called the meeting \"constructive\".")
        #expect(articles[1].date == PartialDate(year: 2024, month: 2, day: 15))
        #expect(articles[1].author == nil)
        #expect(articles[3].author == "Li Wen")
    }

    @Test func aRowWithoutTextIsATitleOnlySummary() throws {
        let article = try #require(RecordFixtures.load("think-tank.csv").0.first { $0.id == "think-tank.csv#4" })
        #expect(article.isSummary)
        #expect(article.title == "Title only row")
        #expect(article.date == PartialDate(year: 2024, month: 3, day: 3))
    }

    @Test func aRowWithTheWrongFieldCountIsOneWarningAndTheRestLoads() {
        let warnings = RecordFixtures.load("think-tank.csv").1
        #expect(warnings.map(\.reason) == ["record 3 (line 6): 3 fields where the header has 6; skipped"])
        #expect(warnings.first?.path.hasSuffix("think-tank.csv") == true)
    }

    @Test func columnsWithNoCommonNameAreOneWarningUntilNamed() throws {
        let (none, warnings) = RecordFixtures.load("odd-columns.csv")
        #expect(none.isEmpty)
        #expect(warnings.count == 1)
        #expect(warnings.first?.reason.contains("no text or title column (columns: story_headline, story_text, when)") == true)
        let columns = try RecordColumns(parsing: "title=story_headline, text=Story Text ,date=when")
        let article = try #require(RecordFixtures.load("odd-columns.csv", columns: columns).0.first)
        #expect(article.title == "Delhi and Beijing hold border talks")
        #expect(article.date == PartialDate(year: 2022, month: 3, day: 11))
        #expect(article.mainText == "India and China held a new round of border talks in Chushul.")
    }

    @Test func aQuoteNeverClosedLosesOnlyItsRow() {
        let (articles, warnings) = RecordFixtures.load("unclosed-quote.csv")
        #expect(articles.map(\.title) == ["Second", "Third"])
        #expect(articles.map(\.id) == ["unclosed-quote.csv#2", "unclosed-quote.csv#3"])
        #expect(warnings.map(\.reason) == ["record 1 (line 2): a quoted field is never closed; skipped, and the lines after this one read again"])
    }

    @Test func garbageAfterAClosingQuoteIsCaughtToo() {
        let text = "title,text\nA,\"Canberra met \"Beijing officials\nB,Beijing thanked Canberra.\n"
        let (articles, warnings) = RecordFixtures.load(text: text, name: "garbled.csv")
        #expect(articles.map(\.title) == ["B"])
        #expect(warnings.count == 1)
    }

    @Test func semicolonsAndTabsSeparateWhereTheFileSaysSo() {
        let semicolons = RecordFixtures.load(text: "title;text\nOne;Tokyo and Moscow met, again.\n", name: "excel.csv").0
        #expect(semicolons.map(\.mainText) == ["Tokyo and Moscow met, again."])
        let tabs = RecordFixtures.load(text: "title\ttext\nOne\tTokyo and Moscow met, again.\n", name: "dump.tsv").0
        #expect(tabs.map(\.title) == ["One"])
    }

    @Test func aCSVHoldingJSONLinesIsReadAsJSONLines() {
        let text = #"{"title": "One", "text": "Tokyo and Moscow met."}"# + "\n"
        #expect(RecordFixtures.load(text: text, name: "mislabelled.csv").0.map(\.id) == ["mislabelled.csv#1"])
    }

    @Test func manyBadRowsAreAFewLinesOfWarnings() {
        let text = "title,text\n" + String(repeating: "a,b,c\n", count: 500) + "Last,Tokyo and Moscow met.\n"
        let (articles, warnings) = RecordFixtures.load(text: text, name: "bad.csv")
        #expect(articles.map(\.title) == ["Last"])
        #expect(warnings.count == RecordCollector.warningLimit + 1)
        #expect(warnings.last?.reason == "490 more records with problems not listed")
    }

    @Test func bilateralsOwnCSVExportSavedAmongTheArticlesIsNotRead() throws {
        let model = Extractor().analyse(try CorpusLoader().load(paths: [RecordFixtures.folder + "/think-tank.csv"]))
        let (articles, warnings) = RecordFixtures.load(text: CSVExporter().export(model), name: "export.csv")
        #expect(articles.isEmpty)
        #expect(warnings.map(\.reason) == ["a bilateral CSV export, not articles; skipped"])
    }

    @Test func badColumnsSpecsAreClearErrors() {
        #expect(throws: RecordColumnsError.unknownPart("headline")) { try RecordColumns(parsing: "headline=title") }
        #expect(throws: RecordColumnsError.notAPair("title")) { try RecordColumns(parsing: "title") }
        #expect(throws: RecordColumnsError.emptyColumn("text")) { try RecordColumns(parsing: "text=") }
        #expect(throws: RecordColumnsError.partTwice("text")) { try RecordColumns(parsing: "text=a,text=b") }
        #expect((try? RecordColumns(parsing: "text=body,title=headline"))?.canonical == "title=headline,text=body")
    }
}
