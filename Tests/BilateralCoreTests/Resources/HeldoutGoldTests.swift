import Foundation
import Testing

/// Keeps the held-out set and its hand annotation consistent with each other.
@Suite struct HeldoutGoldTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../Fixtures")
        .standardizedFileURL

    static let folder = fixtures.appendingPathComponent("heldout")

    static func gold() throws -> [String: Any] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("heldout-gold.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func articles() throws -> [String: [String: Any]] {
        try #require(try gold()["articles"] as? [String: [String: Any]])
    }

    /// The era an article belongs to follows from the year of its date.
    static func era(forYear year: Int) -> String {
        switch year {
        case ..<2018: "sochi-2016"
        case 2018...2021: "treaty-2018"
        default: "rupture-2023"
        }
    }

    @Test func hasTheSeedGoldShape() throws {
        let gold = try Self.gold()
        #expect(gold["schema"] as? Int == 1)
        #expect(gold["eras"] as? [String] == ["sochi-2016", "treaty-2018", "rupture-2023"])
        #expect(gold["about"] is String)
        for (name, article) in try Self.articles() {
            for key in ["actors_required", "stances_required", "stances_acceptable", "events_required", "events_acceptable"] {
                #expect(article[key] is [Any], "\(name) lacks \(key)")
            }
            if article["date"] is NSNull { #expect(article["date_may_be_unknown"] as? Bool == true, "\(name)") }
            let events = (article["events_required"] as? [[String: String]] ?? []) + (article["events_acceptable"] as? [[String: String]] ?? [])
            for date in events.compactMap({ $0["date"] }) + [article["date"] as? String].compactMap({ $0 }) {
                #expect(date.wholeMatch(of: /\d{4}(-\d{2}(-\d{2})?)?/) != nil, "\(name): \(date)")
            }
            for stance in (article["stances_required"] as? [[String: Any]] ?? []) + (article["stances_acceptable"] as? [[String: Any]] ?? []) {
                let polarity = stance["polarity"] as? String
                #expect(polarity == "cooperative" || polarity == "conflictual", "\(name): \(String(describing: polarity))")
            }
        }
    }

    @Test func eachEraFollowsItsArticleDate() throws {
        for (name, article) in try Self.articles() {
            guard let date = article["date"] as? String, let year = Int(date.prefix(4)) else { continue }
            #expect(article["era"] as? String == Self.era(forYear: year), "\(name): \(date)")
        }
    }

    @Test func everyArticleFileIsAnnotated() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        #expect(files.count == 5)
        #expect(Set(files) == Set(try Self.articles().keys))
    }

    @Test func evidencePhrasesOccurVerbatimInTheirArticle() throws {
        for (name, article) in try Self.articles() {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init)
            let stances = try #require(article["stances_required"] as? [[String: Any]])
            #expect(!stances.isEmpty, "\(name) has no required stance")
            for stance in stances {
                let evidence = try #require(stance["evidence"] as? [String])
                #expect(!evidence.isEmpty)
                for phrase in evidence {
                    #expect(lines.contains { $0.contains(phrase) }, "\(name): \(phrase)")
                }
                #expect(stance["holder"] as? String != stance["target"] as? String)
            }
        }
    }
}
