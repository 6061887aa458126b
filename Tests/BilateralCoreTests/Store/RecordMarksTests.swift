import Foundation
import Testing
@testable import BilateralCore

/// Marks on one record of a file holding many (a feed item, a JSON Lines row) belong to that record alone.
@Suite struct RecordMarksTests {
    static let records = """
        {"title": "One", "text": "Japan and Russia agreed to expand economic cooperation."}
        {"title": "Two", "text": "Russia criticised Japan over the new missile shield."}
        {"title": "Three", "text": "Moscow condemned the sanctions."}

        """

    @Test func eachRecordKeepsItsOwnMarks() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        try fixture.write("dump.jsonl", Self.records)
        let (opened, _) = try fixture.open()
        let second = try #require(opened.model.articles.first { $0.id == "dump.jsonl#2" })
        #expect(second.record == "2")
        #expect(second.marksKey == second.path + "#2")
        try opened.store.save(ArticleMarks(read: true, note: "only this one"), for: try #require(opened.keys[second.marksKey]))
        let single = try #require(opened.model.articles.first { $0.id == "a.txt" })
        #expect(single.record == nil && single.marksKey == single.path)
        try opened.store.save(ArticleMarks(bookmarked: true), for: try #require(opened.keys[single.marksKey]))

        try opened.store.clearDerived()
        let (again, _) = try fixture.open()
        let marked = again.model.articles.filter { !again.model.marks(of: $0).isEmpty }.map(\.id).sorted()
        #expect(marked == ["a.txt", "dump.jsonl#2"])
        let reopened = try #require(again.model.articles.first { $0.id == "dump.jsonl#2" })
        #expect(again.model.marks(of: reopened) == ArticleMarks(read: true, note: "only this one"))
        // A file that is one article keeps its rows under its path, as before records had marks of their own.
        #expect(again.model.marks(ofArticleAt: single.path).bookmarked)
    }

    @Test func otherColumnsReadTheRecordsAgain() throws {
        let fixture = try StoreFixture()
        try fixture.write("dump.jsonl", #"{"title": "Plain", "kicker": "Kicker title", "text": "Moscow condemned the sanctions."}"# + "\n")
        let store = try CorpusStore(path: fixture.storePath, roots: [fixture.corpus])
        let first = try #require(try StoredCorpus(store: store, extractor: Extractor()).open(roots: [fixture.corpus]))
        #expect(first.model.articles.map(\.title) == ["Plain"])
        var stored = StoredCorpus(store: store, extractor: Extractor())
        stored.loader = CorpusLoader(columns: try RecordColumns(parsing: "title=kicker"))
        let second = try #require(try stored.open(roots: [fixture.corpus]))
        #expect(second.model.articles.map(\.title) == ["Kicker title"])
    }
}
