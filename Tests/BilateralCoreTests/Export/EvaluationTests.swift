import Foundation
import Testing
@testable import BilateralCore

@Suite struct EvaluationTests {
    /// The repository's seeds/, found from this source file.
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    static func fixture(_ name: String) -> String? {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)?.path
    }

    @Test func seedsMeetTheQualityBar() throws {
        let goldPath = try #require(Self.fixture("seeds-gold.json"))
        let gold = try GoldFile.load(path: goldPath)
        let model = Extractor().analyse(try CorpusLoader().load(paths: [Self.seeds]))
        let result = Evaluator(gazetteer: try Gazetteer.bundled()).evaluate(model, against: gold)
        #expect(result.articles == 5)
        #expect(result.precision >= 0.90, "\(result.misses)")
        #expect(result.recall >= 0.95, "\(result.misses)")
        #expect(result.grounded >= 0.90)
        #expect(result.datesRight == 5)
        #expect(result.erasRight == 5)
        #expect(result.actorRecall >= 0.95)
        #expect(result.eventRecall >= 0.90)
    }

    @Test func scoresMapPersonsToTheirStateAndDropSelfStances() throws {
        let gold = try JSONDecoder().decode(GoldFile.self, from: Data("""
        {"articles": {"a.txt": {"date": "2016-05", "era": "sochi-2016", "actors_required": ["JPN", "RUS"],
          "stances_required": [{"holder": "JPN", "target": "RUS", "polarity": "cooperative", "evidence": ["offered help"]}],
          "stances_acceptable": [], "events_required": [{"date": "2016"}]}}}
        """.utf8))
        let article = Article(id: "a.txt", path: "a.txt", date: PartialDate(year: 2016, month: 5, day: 6), dateSource: .dateline)
        var analysis = ArticleAnalysis(article: "a.txt", era: "sochi-2016", mentionCounts: ["shinzo-abe": 2, "RUS": 1])
        analysis.mentions = []
        let stances = [
            Stance(article: "a.txt", holder: "shinzo-abe", target: "RUS", polarity: .cooperative, score: 4, category: "03",
                   cue: "offered", evidence: "Abe offered help to Russia.", line: 3),
            Stance(article: "a.txt", holder: "shinzo-abe", target: "JPN", polarity: .conflictual, score: -2, category: "11",
                   cue: "blamed", evidence: "Abe blamed Japan.", line: 4),
            Stance(article: "a.txt", holder: "RUS", target: "USA", polarity: .conflictual, score: -2, category: "11",
                   cue: "blamed", evidence: "Russia blamed the US.", line: 5),
        ]
        let model = CorpusModel(
            articles: [article], analyses: [analysis],
            events: [Event(article: "a.txt", date: PartialDate(year: 2016, month: 5, day: 6)!, sentence: "", line: 3, actors: ["JPN"])],
            stances: stances)
        let result = Evaluator(gazetteer: try Gazetteer.bundled()).evaluate(model, against: gold)
        #expect(result.stancesPredicted == 2)
        #expect(result.stancesCorrect == 1)
        #expect(result.recall == 1 && result.grounded == 1)
        #expect(result.datesRight == 1 && result.erasRight == 1 && result.eventRecall == 1 && result.actorRecall == 1)
        #expect(result.summary == "eval: stances P=0.50 R=1.00 grounded=1.00 dates=1/1 eras=1/1 actors=1.00 events=1.00")
    }

    @Test func aBadGoldFileNamesThePathAndTheReason() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-gold-\(UUID().uuidString).json").path
        try Data("{\"articles\": {\"a.txt\": {\"date\": \"June\"}}}".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: GoldFileError.self) { try GoldFile.load(path: path) }
        #expect(throws: GoldFileError.self) { try GoldFile.load(path: path + ".missing") }
    }
}
