import Testing
@testable import BilateralCore

/// The model stores text, mentions and ids compactly; these check that what goes in comes back out.
@Suite struct CompactModelTests {
    @Test func mentionsComeBackAsStoredAndCountsFollowThem() {
        let mentions = [
            Mention(actor: "JPN", start: TextPosition(line: 3, column: 0), length: 5),
            Mention(actor: "shinzo-abe", start: TextPosition(line: 3, column: 200_000), length: 9),
            Mention(actor: "JPN", start: TextPosition(line: 1, column: 7), length: 70_000),
            Mention(actor: "RUS", start: TextPosition(line: 5_000_000, column: 1), length: 0),
        ]
        let analysis = ArticleAnalysis(article: "a.txt", mentionCounts: ["JPN": 2, "shinzo-abe": 1, "RUS": 1], mentions: mentions)
        #expect(analysis.mentions == mentions)
        #expect(analysis.mentionCounts == ["JPN": 2, "shinzo-abe": 1, "RUS": 1])
    }

    @Test func replacingMentionsKeepsTheCountsGiven() {
        var analysis = ArticleAnalysis(
            article: "a.txt", mentionCounts: ["JPN": 1],
            mentions: [Mention(actor: "JPN", start: TextPosition(line: 1, column: 0), length: 5)])
        analysis.mentions = []
        #expect(analysis.mentionCounts == ["JPN": 1])
        analysis.mentionCounts = ["RUS": 4]
        #expect(analysis.mentionCounts == ["RUS": 4])
        #expect(analysis != ArticleAnalysis(article: "a.txt", mentionCounts: ["RUS": 3]))
        #expect(analysis == ArticleAnalysis(article: "a.txt", mentionCounts: ["RUS": 4]))
    }

    @Test func articleLinesReadAndReplaceLines() {
        var lines: ArticleLines = ["Title", "", "Caf\u{E9} talks in Tokyo.", "Last line"]
        #expect(lines.count == 4)
        #expect(Array(lines) == ["Title", "", "Caf\u{E9} talks in Tokyo.", "Last line"])
        #expect(lines.line(2) == "Caf\u{E9} talks in Tokyo.")
        lines[1] = "Inserted"
        #expect(lines == ["Title", "Inserted", "Caf\u{E9} talks in Tokyo.", "Last line"])
        #expect(lines != ["Title", "Inserted"])
    }

    @Test func eventsAndStancesKeepTheirIdsAndText() {
        let event = Event(article: "a.txt", date: PartialDate(year: 2016, month: 12)!, sentence: "Putin met Abe.", line: 70_000,
                          actors: ["RUS", "JPN"])
        #expect(event.actors == ["RUS", "JPN"])
        #expect(event.sentence == "Putin met Abe.")
        #expect(event.line == 70_000)
        #expect(event.date.month == 12 && event.date.day == nil && event.date.year == 2016)
        var stance = Stance(article: "a.txt", holder: "JPN", target: "RUS", polarity: .conflictual, score: -8,
                            category: "sanctions", cue: "imposed sanctions on", evidence: "Japan imposed sanctions on Russia.", line: 4)
        stance.holder = "USA"
        #expect(stance.holder == "USA" && stance.target == "RUS" && stance.category == "sanctions")
        #expect(stance.evidence == "Japan imposed sanctions on Russia.")
    }
}
