import Foundation
import GRDB
import Testing
@testable import BilateralCore

/// A warm open keeps the quotes (events' sentences, stances' evidence) of the files one worker decodes in one
/// storage, and quotes exactly what extraction quoted.
@Suite struct StoreQuoteArenaTests {

    @Test func theArticlesOfAWarmOpenShareTheStorageOfTheirQuotes() throws {
        let fixture = try StoreFixture()
        try fixture.writeNumberedArticles(40)
        _ = try fixture.open()
        let (warm, progress) = try fixture.open()
        #expect(progress.last?.extracted == 0)
        #expect(storeJSON(warm.model) == storeJSON(try fixture.freshModel()))
        let evidence = warm.model.stances.map(\.evidenceSlice)
        let articles = Set(warm.model.stances.map(\.article))
        #expect(articles.count == 40)
        // Forty articles in a batch of 32 files a task: two storages, not one per article.
        var storages: [TextSlice] = []
        for slice in evidence where !storages.contains(where: { $0.sharesStorage(with: slice) }) { storages.append(slice) }
        #expect(storages.count == 2)
        for event in warm.model.events {
            #expect(storages.contains { $0.sharesStorage(with: event.sentenceSlice) })
        }
    }

    @Test func quotedBytesThatAreNotUTF8AreExtractedAgainNotRepaired() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        try fixture.writeNumberedArticles(5)
        let (opened, _) = try fixture.open()
        let path = try #require(opened.model.articles.lazy.compactMap { opened.keys[$0.marksKey] }.first { $0.path.hasSuffix("/b.md") }).path
        try opened.store.write { db in
            let head = try #require(try Data.fetchOne(db, sql: "SELECT extracted FROM derived_file WHERE path = ?", arguments: [path]))
            var bytes = [UInt8](head)
            // The quoted sentence's first letter made a byte no UTF-8 starts with: a repair would make it three bytes.
            let quote = Array("Russia criticised".utf8)
            let at = try #require(bytes.indices.first { bytes[$0...].starts(with: quote) })
            bytes[at] = 0xFF
            try db.execute(sql: "UPDATE derived_file SET extracted = ? WHERE path = ?", arguments: [Data(bytes), path])
        }
        let (again, _) = try fixture.open()
        #expect(storeJSON(again.model) == storeJSON(try fixture.freshModel()))
    }
}
