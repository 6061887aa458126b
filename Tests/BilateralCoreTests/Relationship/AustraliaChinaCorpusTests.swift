import Foundation
import Testing
@testable import BilateralCore

/// An own-words corpus on Australia–China, 2014–2021 (the catalogue has no eras for it): a warming
/// around the free trade agreement, the turn of December 2017 (foreign interference laws), and the
/// trade rupture from April 2020.
@Suite struct AustraliaChinaCorpusTests {
    static let folder = Bundle.module.url(forResource: "Fixtures/australia-china", withExtension: nil)?.path ?? ""

    static func model() throws -> CorpusModel {
        Extractor().analyse(try CorpusLoader().load(paths: [folder]))
    }

    @Test func theCorpusIsAboutAustraliaAndChinaWithDetectedEras() throws {
        let model = try Self.model()
        #expect(Set(model.pair) == ["AUS", "CHN"])
        #expect(!model.eras.isEmpty)
        #expect(model.eras.allSatisfy { $0.source == .detected && $0.id.hasPrefix("detected-") })
    }

    @Test func theDetectedErasSplitAtTheTurn() throws {
        let model = try Self.model()
        let starts = model.eras.dropFirst().map { $0.start.year * 12 + ($0.start.month ?? 1) - 1 }
        let turn = 2017 * 12 + 11
        #expect(starts.contains { abs($0 - turn) <= 1 }, "\(model.eras.map(\.label))")
        let first = try #require(model.eras.first?.statistics)
        let last = try #require(model.eras.last?.statistics)
        #expect(first.mean > 2, "\(model.eras.map(\.label))")
        // Meetings count both ways (issue 15, class 7), which lifts the last era's mean a little: still clearly hostile.
        #expect(last.mean < -0.5, "\(model.eras.map(\.label))")
        // Every article is dated, so each sits in an era; each era holds stances.
        #expect(model.analyses.allSatisfy { $0.era != nil })
        #expect(model.eras.allSatisfy { ($0.statistics?.stances ?? 0) > 0 })
    }

    @Test func theJSONExportNamesThePairAndTheErasSource() throws {
        let model = try Self.model()
        let text = JSONExporter().export(model)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["pair"] as? [String] == model.pair)
        let eras = try #require(object["eras"] as? [[String: Any]])
        #expect(eras.allSatisfy { $0["source"] as? String == "detected" })
        let statistics = try #require(eras.first?["statistics"] as? [String: Any])
        #expect((statistics["stances"] as? Int ?? 0) > 0)
        #expect(statistics["meanScore"] is Double)
        #expect(object["schema"] as? Int == 1)
        #expect(object["articles"] != nil && object["stances"] != nil && object["events"] != nil && object["actors"] != nil)
    }
}
