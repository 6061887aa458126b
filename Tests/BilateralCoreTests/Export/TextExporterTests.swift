import Testing
@testable import BilateralCore

@Suite struct TextExporterTests {
    private var model: CorpusModel {
        ExtractionHarness.model(["Japan's sanctions against Russia, \"tough\" ones, stay.\nTokyo | Moscow"], date: "2022-04-01")
    }

    @Test func csvQuotesFieldsAndTellsRowsApart() {
        let lines = CSVExporter().export(model).components(separatedBy: "\r\n")
        #expect(lines[0] == CSVExporter.header.joined(separator: ","))
        #expect(lines.contains { $0.hasPrefix("article,t0.txt,,2022-04-01,rupture-2023,") })
        let stance = lines.first { $0.hasPrefix("stance,") }
        #expect(stance?.contains(",JPN,RUS,conflictual,") == true)
        // The focal pair, where the row's era came from and the canonical article of a copy (none here) close every row.
        #expect(stance?.hasSuffix("\"Japan's sanctions against Russia, \"\"tough\"\" ones, stay.\",RUS-JPN,catalogue,") == true)
        #expect(CSVExporter.field("plain") == "plain")
    }

    @Test func markdownHasAnArticleSectionWithEscapedCells() {
        let text = MarkdownExporter().export(model)
        #expect(text.contains("## Eras"))
        #expect(text.contains("- pair: Russia (RUS) – Japan (JPN)"))
        #expect(text.contains("| rupture-2023 | The rupture | 2022-01-01 | 2099-12-31 | catalogue |"))
        #expect(text.contains("- date: 2022-04-01 (front-matter)"))
        #expect(text.contains("| JPN | RUS | - | -7.0 | sanctions |"))
    }
}
