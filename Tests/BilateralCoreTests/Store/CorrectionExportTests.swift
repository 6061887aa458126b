import Foundation
import Testing
@testable import BilateralCore

@Suite struct CorrectionExportTests {
    private func judgedModel() throws -> CorpusModel {
        var model = ExtractionHarness.model([
            "Japan imposed sanctions on Russia over the war.\nRussia praised China for its support.\nChina welcomed Russia's offer of gas.",
        ], date: "2022-04-01")
        let sanctions = try #require(model.stances.firstIndex { $0.holder == "JPN" && $0.target == "RUS" })
        let praise = try #require(model.stances.firstIndex { $0.holder == "RUS" && $0.target == "CHN" })
        model.stances[sanctions].verdict = .confirmed
        model.stances[praise].verdict = .rejected
        model.marks[model.articles[0].path] = ArticleMarks(read: true, bookmarked: true, note: "a \"quoted\" note")
        return model
    }

    @Test func jsonCarriesVerdictsAndMarksOnlyWhereThereAreSome() throws {
        let model = try judgedModel()
        let json = JSONExporter().export(model)
        #expect(json.contains("\"verdict\": \"confirmed\""))
        #expect(json.contains("\"verdict\": \"rejected\""))
        #expect(json.contains("\"note\": \"a \\\"quoted\\\" note\""))
        #expect(json.contains("\"bookmarked\": true"))
        var plain = model
        plain.marks = [:]
        for index in plain.stances.indices { plain.stances[index].verdict = nil }
        #expect(!JSONExporter().export(plain).contains("verdict"))
        #expect(!JSONExporter().export(plain).contains("\"read\""))
    }

    @Test func markdownStrikesRejectedStancesAndLeavesThemOutOfTheCount() throws {
        let model = try judgedModel()
        let text = MarkdownExporter().export(model)
        #expect(text.contains("| ~~RUS~~ | CHN |"))
        #expect(text.contains("| JPN ✓ | RUS |"))
        #expect(text.contains("\(model.stances.count - 1) stances"))
        #expect(text.contains("- note: a \"quoted\" note"))
    }

    @Test func theGoldFileIsReadByEvalAndScoresTheCorrections() throws {
        let model = try judgedModel()
        let gazetteer = ExtractionHarness.extractor.gazetteer
        let text = GoldExporter(gazetteer: gazetteer).export(model)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let gold = try GoldFile.load(path: path)
        let article = try #require(gold.articles[model.articles[0].id])
        #expect(article.stancesRequired?.contains { $0.holder == "JPN" && $0.target == "RUS" && $0.polarity == .conflictual } == true)
        #expect(article.stancesAcceptable?.contains { $0.holder == "RUS" && $0.target == "CHN" } != true)
        let evaluation = Evaluator(gazetteer: gazetteer).evaluate(model, against: gold)
        #expect(evaluation.stancesRequired == 1)
        #expect(evaluation.stancesFound == 1)
        // The rejected stance is found again: the one false positive.
        #expect(evaluation.stancesPredicted - evaluation.stancesCorrect == 1)
        #expect(evaluation.misses.contains { $0.contains("unexpected RUS -> CHN") })
    }
}
