import Foundation
import GRDB
import Testing
@testable import BilateralCore

@Suite struct StoreTests {

    @Test func firstAndSecondOpenGiveWhatExtractionWithoutAStoreGives() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        let (first, progress) = try fixture.open()
        #expect(progress.last?.extracted == 3)
        #expect(progress.last?.done == 3)
        let fresh = try fixture.freshModel()
        #expect(storeJSON(first.model) == storeJSON(fresh))
        #expect(CSVExporter().export(first.model) == CSVExporter().export(fresh))
        let (second, again) = try fixture.open()
        #expect(again.last?.extracted == 0)
        #expect(storeJSON(second.model) == storeJSON(fresh))
        #expect(MarkdownExporter().export(second.model) == MarkdownExporter().export(fresh))
        // The opened model holds its articles without their bodies and reads them back from the store.
        #expect(second.model.articles.allSatisfy { !$0.hasBody && $0.lines.isEmpty && $0.sentences.isEmpty })
        #expect(second.model.articles.indices.map(second.model.articleWithBody) == fresh.articles)
        #expect(second.model.bodies.withBodies(second.model.articles) == fresh.articles)
        #expect(second.model.stances == fresh.stances)
        #expect(second.model.events == fresh.events)
        #expect(first.model.articles.indices.map(first.model.articleWithBody) == fresh.articles)
    }

    @Test func bodiesReadBackGiveTheSameTextSearchAndExportedTextAsBodiesHeld() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        _ = try fixture.open()
        let (warm, _) = try fixture.open()
        let fresh = try fixture.freshModel()
        let withText = JSONExporter(withText: true)
        #expect(withText.export(warm.model) == withText.export(fresh))
        let index = FilterIndex(model: warm.model)
        let freshIndex = FilterIndex(model: fresh)
        #expect(try Filter.parse("moscow").apply(to: warm.model, index: index).articles.count == 1)
        for query in ["moscow", "Moscow", "'talks", "plan", "the"] {
            let parsed = try Filter.parse(query)
            #expect(parsed.apply(to: warm.model, index: index).articles == parsed.apply(to: fresh, index: freshIndex).articles, "\(query)")
        }
    }

    /// The warm open reads the articles' heads only: with every body in the store made unreadable it opens the
    /// same model, and only reading a body back finds the damage (the article then stays without its body).
    @Test func aWarmOpenNeverReadsTheBodies() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        let (cold, _) = try fixture.open()
        try cold.store.write { db in try db.execute(sql: "UPDATE derived_file SET body = x'0102' WHERE body IS NOT NULL") }
        let (warm, progress) = try fixture.open()
        #expect(progress.last?.extracted == 0)
        let fresh = try fixture.freshModel()
        #expect(storeJSON(warm.model) == storeJSON(fresh))
        #expect(warm.model.stances == fresh.stances && !fresh.stances.isEmpty)
        #expect(warm.model.articles.indices.allSatisfy { !warm.model.articleWithBody($0).hasBody })
    }

    /// The compact keys give every article its file's stored path and hash, as the rows the store holds.
    @Test func everyArticlesKeyIsItsFilesStoredPathAndHash() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        for _ in 0..<2 {
            let (opened, _) = try fixture.open()
            let rows = try opened.store.fileRows()
            #expect(opened.keys.count == opened.model.articles.count)
            for article in opened.model.articles {
                let key = try #require(opened.keys[article.marksKey])
                #expect(key.path.hasPrefix("/") && key.path.hasSuffix("/" + article.path.split(separator: "/").last!))
                #expect(rows[key.path]?.contentHash == key.contentHash && key.contentHash.count == 16)
                #expect(key.record == article.record)
            }
        }
        #expect(ArticleKeys.hex(0xab) == "00000000000000ab" && ArticleKeys.hex(UInt64.max) == "ffffffffffffffff")
    }

    /// Another process re-extracts a changed file while a model is open: the model's mentions point into the
    /// text it was made from, so it must not be handed the new text as its own.
    @Test func aBodyReExtractedByAnotherOpenIsNotGivenToTheOlderModel() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        _ = try fixture.open()
        let (older, _) = try fixture.open()
        let index = try #require(older.model.articles.firstIndex { $0.id == "a.txt" })
        #expect(!older.model.articles[index].hasBody)
        try fixture.write("a.txt", "Tokyo and Seoul agreed on a new fisheries quota in 2021, after long talks.\n")
        let (newer, _) = try fixture.open()
        let newerIndex = try #require(newer.model.articles.firstIndex { $0.id == "a.txt" })
        #expect(newer.model.articleWithBody(newerIndex).lines.text.contains("Seoul"))
        let stale = older.model.articleWithBody(index)
        #expect(!stale.hasBody)
        #expect(!stale.lines.text.contains("Seoul"))
        let other = try #require(older.model.articles.firstIndex { $0.id == "b.md" })
        #expect(older.model.articleWithBody(other).hasBody)
    }

    @Test func seedsRoundTripExactly() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
        let fixture = try StoreFixture()
        let store = try CorpusStore(path: fixture.storePath, roots: [seeds])
        _ = try StoredCorpus(store: store, extractor: Extractor()).open(roots: [seeds])
        let warm = try #require(try StoredCorpus(store: store, extractor: Extractor()).open(roots: [seeds]))
        let fresh = Extractor().analyse(try CorpusLoader().load(paths: [seeds]))
        #expect(storeJSON(warm.model) == storeJSON(fresh))
        #expect(warm.model.analyses.map(\.mentions) == fresh.analyses.map(\.mentions))
    }

    @Test func onlyChangedAndNewFilesAreExtractedAgainAndGoneOnesDropped() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        _ = try fixture.open()
        try fixture.write("c.txt", "Japan and Russia signed a fisheries agreement in 2019.\n")
        try fixture.write("d.txt", "China warned Japan over the islands in 2012.\n")
        #expect(try fixture.extractedCount() == 2)
        try FileManager.default.removeItem(atPath: fixture.corpus + "/a.txt")
        let (opened, progress) = try fixture.open()
        #expect(progress.last?.extracted == 0)
        #expect(opened.model.articles.map(\.id) == ["b.md", "c.txt", "d.txt"])
        #expect(try opened.store.fileCount() == 3)
        #expect(storeJSON(opened.model) == storeJSON(try fixture.freshModel()))
    }

    @Test func anotherExtractorVersionExtractsEverythingAgain() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        _ = try fixture.open()
        var other = Extractor()
        other.dataFingerprint += " edited cues"
        #expect(try fixture.extractedCount(extractor: other) == 3)
        #expect(try fixture.extractedCount(extractor: other) == 0)
    }

    @Test func unreadableAndBinaryFilesKeepTheirWarningsWhenReadBack() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: fixture.corpus + "/z.txt"))
        let fresh = try fixture.freshModel()
        _ = try fixture.open()
        let (warm, _) = try fixture.open()
        #expect(warm.model.warnings == fresh.warnings)
        #expect(warm.model.warnings.contains { $0.reason.contains("binary") })
    }

    @Test func aDamagedRecordIsExtractedAgainNotTrusted() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        let (opened, _) = try fixture.open()
        let path = try #require(opened.model.articles.lazy.compactMap { opened.keys[$0.marksKey] }.first { $0.path.hasSuffix("/b.md") }).path
        try opened.store.write { db in
            try db.execute(sql: "UPDATE derived_file SET extracted = x'0102' WHERE path = ?", arguments: [path])
        }
        let (again, _) = try fixture.open()
        #expect(storeJSON(again.model) == storeJSON(try fixture.freshModel()))
    }
}
