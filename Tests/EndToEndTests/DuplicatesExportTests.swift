import Foundation
import Testing

/// The built binary on the own-words duplicates corpus: copies are marked and counted once, and
/// `--keep-duplicates` counts every file again.
@Suite struct DuplicatesExportTests {
    static var folder: String {
        BinaryUnderTest.repositoryRoot.appendingPathComponent("Tests/BilateralCoreTests/Fixtures/duplicates").path
    }

    static func export(_ extra: [String]) throws -> [String: Any] {
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["export", "--no-store"] + extra + [folder])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        return try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any] ?? [:]
    }

    @Test func copiesAreMarkedAndKeepDuplicatesTurnsDetectionOff() throws {
        let grouped = try Self.export([])
        let articles = grouped["articles"] as? [[String: Any]] ?? []
        let copyOf = Dictionary(uniqueKeysWithValues: articles.compactMap { article in
            (article["copyOf"] as? String).map { (article["id"] as? String ?? "", $0) }
        })
        #expect(copyOf.keys.sorted() == ["02-salmon-syndicated.txt", "03-salmon-saved-again.md", "08-kuril-drills-copy.txt"])
        let wire = try #require(articles.first { $0["id"] as? String == "01-fishing-talks-wire.txt" })
        let copies = wire["copies"] as? [[String: Any]] ?? []
        #expect(copies.compactMap { $0["id"] as? String } == ["02-salmon-syndicated.txt", "03-salmon-saved-again.md"])
        #expect(copies.first?["source"] as? String == "Harbour Daily")
        let stances = grouped["stances"] as? [[String: Any]] ?? []
        #expect(!stances.isEmpty)
        for stance in stances {
            let fromCopy = copyOf[stance["article"] as? String ?? ""] != nil
            #expect((stance["fromCopy"] as? Bool ?? false) == fromCopy)
        }

        let kept = try Self.export(["--keep-duplicates"])
        let keptArticles = kept["articles"] as? [[String: Any]] ?? []
        #expect(keptArticles.count == articles.count)
        #expect(keptArticles.allSatisfy { $0["copyOf"] == nil && $0["copies"] == nil })
        #expect((kept["stances"] as? [[String: Any]] ?? []).allSatisfy { $0["fromCopy"] == nil })
    }

    @Test func markdownCountsEachStoryOnce() throws {
        let run = { (extra: [String]) in
            try CommandRunner.run(try BinaryUnderTest.path(), ["export", "--no-store", "--format", "markdown"] + extra + [Self.folder])
        }
        let grouped = try run([]).standardOutput
        let kept = try run(["--keep-duplicates"]).standardOutput
        func stanceCount(_ text: String) -> Int? {
            text.split(separator: "\n").first.flatMap { $0.split(separator: ",").last }
                .flatMap { Int($0.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") }
        }
        let counted = try #require(stanceCount(grouped))
        let all = try #require(stanceCount(kept))
        #expect(counted < all)
        #expect(grouped.contains("- copy of: `01-fishing-talks-wire.txt` (Northern Wire)"))
    }
}
