import Foundation
import Testing
@testable import BilateralCore

/// `eval --verbose` lists each miss and extra with its sentence; a gold article marked as reporting no act between
/// states counts its sentences that got a stance anyway.
@Suite struct EvaluationDetailTests {
    private func gold(_ json: String) throws -> GoldFile {
        try JSONDecoder().decode(GoldFile.self, from: Data(json.utf8))
    }

    @Test func extrasAndMissesCarryTheirSentences() throws {
        let model = ExtractionHarness.model(["Japan condemned Russia.", "Japan praised India."], date: "2018-06-01")
        let file = try gold("""
            {"articles": {"t0.txt": {"date": "2018-06-01", "stances_required": []},
                          "t1.txt": {"date": "2018-06-01", "stances_required": [
                              {"holder": "IND", "target": "JPN", "polarity": "cooperative", "evidence": ["thanked Japan"]}]}}}
            """)
        let result = Evaluator(gazetteer: ExtractionHarness.extractor.gazetteer).evaluate(model, against: file)
        #expect(result.misses.contains { $0.contains("unexpected JPN -> RUS") && $0.hasSuffix(": Japan condemned Russia.") })
        #expect(result.misses.contains { $0.contains("missing IND -> JPN") && $0.contains("\"thanked Japan\"") })
    }

    @Test func sentencesWithoutAnActCountTheirFalsePositives() throws {
        let model = ExtractionHarness.model(["Japan's economy shrank.\n\nJapan condemned Russia.\n\nRain fell in Peru."], date: "2018-06-01")
        let file = try gold("""
            {"articles": {"t0.txt": {"date": "2018-06-01", "sentences_without_stances": true}}}
            """)
        let result = Evaluator(gazetteer: ExtractionHarness.extractor.gazetteer).evaluate(model, against: file)
        #expect(result.quietSentences == 3)
        #expect(result.quietSentencesWithStance == 1)
        #expect(result.report.contains { $0.hasPrefix("false positives: 33.3% (1/3") })
        // Without the mark, no such line.
        let plain = try gold("""
            {"articles": {"t0.txt": {"date": "2018-06-01"}}}
            """)
        #expect(!Evaluator(gazetteer: ExtractionHarness.extractor.gazetteer).evaluate(model, against: plain).report
            .contains { $0.hasPrefix("false positives") })
    }
}
