import Foundation
import Testing
@testable import BilateralCore

/// JSON Lines: one article per object line, parts found under their common names, bad lines one warning each.
@Suite struct JSONLinesTests {
    @Test func recordsBecomeArticlesNamedByIDOrNumber() {
        let (articles, _) = RecordFixtures.load("news.jsonl")
        // Record 7's id repeats record 1's, so it is named by its number.
        #expect(articles.map(\.id) == ["news.jsonl#wire-0412", "news.jsonl#2", "news.jsonl#4", "news.jsonl#7"])
        #expect(articles.allSatisfy { $0.path.hasSuffix("records/news.jsonl") })
    }

    @Test func partsAreFoundUnderTheirCommonNames() throws {
        let articles = RecordFixtures.load("news.jsonl").0
        let first = try #require(articles.first)
        #expect(first.title == "Japan and Russia resume fisheries talks")
        #expect(first.date == PartialDate(year: 2023, month: 4, day: 12))
        #expect(first.source == "Harbour Wire")
        #expect(first.author == "Mika Sato, Oleg Petrov")
        #expect(first.url == "https://wire.example/0412")
        #expect(first.mainText == "Japan and Russia resumed talks on salmon quotas in Moscow on Wednesday.\n\nThe Japanese delegation proposed a joint survey of stocks.")
        #expect(!first.isSummary)
    }

    @Test func htmlTextGoesThroughTheMainTextExtraction() throws {
        let article = try #require(RecordFixtures.load("news.jsonl").0.dropFirst().first)
        #expect(article.date == PartialDate(year: 2023, month: 5, day: 2))
        #expect(article.source == "coast.example")
        #expect(article.mainText.contains("Tokyo lodged a protest with Moscow over a patrol near the islands."))
        #expect(article.mainText.contains("The ministry called the patrol unacceptable."))
        #expect(!article.mainText.contains("<"))
        #expect(!article.mainText.contains("Home"))
    }

    @Test func aRecordWithoutTextKeepsItsTitleAndSummary() throws {
        let article = try #require(RecordFixtures.load("news.jsonl").0.first { $0.id == "news.jsonl#4" })
        #expect(article.isSummary)
        #expect(article.title == "Ministers to meet next month")
        #expect(article.mainText.contains("A short notice that the two foreign ministers plan to meet in May."))
    }

    @Test func textWithSingleLineBreaksKeepsAParagraphPerLine() throws {
        let article = try #require(RecordFixtures.load("news.jsonl").0.last)
        #expect(article.mainText == "Moscow welcomed the resumption of the talks with Tokyo.\n\nA second paragraph follows on its own line.")
    }

    @Test func eachBadRecordIsOneWarningNamingItsNumberAndLine() {
        let reasons = RecordFixtures.load("news.jsonl").1.map(\.reason)
        #expect(reasons.count == 3)
        #expect(reasons[0].hasPrefix("record 3 (line 4): malformed JSON"))
        #expect(reasons[0].hasSuffix("; skipped"))
        #expect(reasons[1] == "record 5 (line 6): no title or text; skipped")
        #expect(reasons[2] == "record 6 (line 7): not a JSON object; skipped")
    }

    @Test func columnsNameTheFieldsToUse() throws {
        let text = #"{"headline": "Wrong", "kicker": "Canberra and Beijing talk again", "text": "x", "story": "Canberra and Beijing held talks."}"# + "\n"
        let columns = try RecordColumns(parsing: "title=kicker,text=story")
        let article = try #require(RecordFixtures.load(text: text, name: "dump.ndjson", columns: columns).0.first)
        #expect(article.title == "Canberra and Beijing talk again")
        #expect(article.mainText == "Canberra and Beijing held talks.")
    }

    @Test func aColumnNamedByTheUserThatNoRecordHasIsOneWarning() throws {
        let text = #"{"title": "T", "text": "Canberra and Beijing held talks."}"# + "\n"
        let warnings = RecordFixtures.load(text: text, name: "dump.jsonl", columns: try RecordColumns(parsing: "text=story")).1
        #expect(warnings.map(\.reason).contains("no record has the field 'story' named for text by --columns"))
    }

    @Test func controlCharactersInFieldsNeverReachTheArticle() throws {
        let text = #"{"title": "Evil\u001b[2J title\u0007", "author": "\u001b]0;pwned\u0007Ann", "text": "Tokyo\u001b[31m and Moscow met."}"# + "\n"
        let article = try #require(RecordFixtures.load(text: text, name: "evil.jsonl").0.first)
        for value in [article.title, article.author ?? "", article.lines.text] {
            #expect(!value.unicodeScalars.contains { PrintableText.isControl($0) && $0 != "\n" })
        }
    }

    @Test func aTxtFileOfJSONRecordsIsReadAsJSONLines() {
        let text = #"{"title": "One", "text": "Tokyo and Moscow met."}"# + "\n" + #"{"title": "Two", "text": "Seoul and Tokyo met."}"# + "\n"
        let articles = RecordFixtures.load(text: text, name: "export.txt").0
        #expect(articles.map(\.title) == ["One", "Two"])
        // Prose that merely starts with a brace stays a text article.
        let prose = RecordFixtures.load(text: "{Draft} Tokyo and Moscow met on Monday.\n", name: "note.txt").0
        #expect(prose.map(\.id) == ["note.txt"])
    }

    /// 50 MB on one line: 45 MB in a field no part reads (the line is still scanned and parsed whole) and a
    /// 5 MB text, which is as long as the loader's own long-line test goes in a debug build.
    @Test func aFiftyMegabyteRecordOnOneLineLoads() throws {
        let sentence = "Tokyo and Moscow held another round of talks on the fishing quotas. "
        let text = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count)
        let unread = String(repeating: "x", count: 45_000_000)
        let line = #"{"title": "Long", "raw": ""# + unread + #"", "text": ""# + text + "\"}"
        let (articles, warnings) = RecordFixtures.load(text: line + "\n" + #"{"title": "After", "text": "Seoul and Tokyo met."}"#, name: "big.jsonl")
        #expect(line.utf8.count > 50_000_000)
        #expect(warnings.isEmpty)
        #expect(articles.map(\.title) == ["Long", "After"])
        #expect(articles.first?.mainText.utf8.count ?? 0 > 4_900_000)
    }
}
