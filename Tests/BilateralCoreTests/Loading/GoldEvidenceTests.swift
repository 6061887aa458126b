import Foundation
import Testing
@testable import BilateralCore

/// The sentence splitter and the boilerplate rules must not cut apart, or hide, the
/// sentences hand annotators chose as evidence.
@Suite struct GoldEvidenceTests {
    private static func fixture(_ name: String) -> String? {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)?.path
    }

    /// Article id → the evidence phrases of its required stances.
    private static func phrases(gold name: String) throws -> [String: [String]] {
        let path = try #require(fixture(name))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let articles = try #require(root["articles"] as? [String: [String: Any]])
        return articles.mapValues { article in
            let stances = article["stances_required"] as? [[String: Any]] ?? []
            return stances.flatMap { $0["evidence"] as? [String] ?? [] }
        }
    }

    @Test(arguments: [("seeds-gold.json", nil), ("devset-gold.json", "devset")] as [(String, String?)])
    func everyEvidencePhraseSitsInOneProseSentence(gold: String, folder: String?) throws {
        let corpusPath = try folder.map { try #require(Self.fixture($0)) } ?? SeedsFolder.path
        let corpus = try CorpusLoader().load(paths: [corpusPath])
        let articles = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        for (id, phrases) in try Self.phrases(gold: gold) {
            let article = try #require(articles[id])
            let sentences = article.proseSentences.map(\.text)
            for phrase in phrases {
                #expect(sentences.contains { $0.contains(phrase) }, "\(id): \"\(phrase)\" is not inside one prose sentence")
            }
        }
    }
}
