import Testing
@testable import BilateralCore

/// Front matter that YAML rejects still gives the values its lines plainly state, with a warning.
@Suite struct LenientFrontMatterTests {
    @Test func aTitleWithItsOwnColonKeepsTheDateAndTitle() throws {
        let text = "---\ntitle: Harbour talks: what the ferry deal leaves open\ndate: 2024-03-09\nauthor: A. Writer\n---\n\nBody text. More.\n"
        let (article, warnings) = CorpusLoader().load(bytes: Array(text.utf8), path: "colon.md")
        let loaded = try #require(article)
        #expect(loaded.title == "Harbour talks: what the ferry deal leaves open")
        #expect(loaded.date == PartialDate(iso: "2024-03-09"))
        #expect(warnings.map(\.reason) == ["front matter is not valid YAML (read line by line)"])
    }

    @Test func quotesAroundAValueAreDroppedAndOtherLinesSkipped() {
        let lines: ArraySlice<String> = ["title: \"Ferry: a deal\"", "  - stray item", "url:https://example.com", "date: '2019-05-01'", "note"]
        let pairs = LenientFrontMatter.pairs(lines)
        #expect(pairs.map(\.key) == ["title", "date"])
        #expect(pairs.map(\.value) == ["Ferry: a deal", "2019-05-01"])
    }

    @Test func aBlockWithNoKeyLineIsStillIgnoredWithTheOldWarning() {
        let text = "---\n[unclosed\n---\n\nBody text.\n"
        let (article, warnings) = CorpusLoader().load(bytes: Array(text.utf8), path: "none.md")
        #expect(article?.date == nil)
        #expect(warnings.map(\.reason) == ["front matter is not valid YAML (its values are ignored)"])
    }
}
