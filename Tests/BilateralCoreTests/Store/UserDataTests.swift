import Foundation
import Testing
@testable import BilateralCore

@Suite struct UserDataTests {
    @Test func marksSurviveClearAnExtractorChangeAndAnEdit() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        let (opened, _) = try fixture.open()
        let article = try #require(opened.model.articles.first { $0.id == "c.txt" })
        let key = try #require(opened.keys[article.path])
        try opened.store.save(ArticleMarks(read: true, bookmarked: true, note: "check the date"), for: key)

        try opened.store.clearDerived()
        var (again, progress) = try fixture.open()
        #expect(progress.last?.extracted == 3)
        #expect(again.model.marks(ofArticleAt: article.path) == ArticleMarks(read: true, bookmarked: true, note: "check the date"))

        var other = Extractor()
        other.dataFingerprint += " v2"
        (again, _) = try fixture.open(extractor: other)
        #expect(again.model.marks(ofArticleAt: article.path).bookmarked)

        // Edited: the path still finds it.
        try fixture.write("c.txt", StoreFixture.articles["c.txt", default: ""] + "Tokyo protested.\n")
        (again, _) = try fixture.open()
        #expect(again.model.marks(ofArticleAt: article.path).note == "check the date")
        #expect(again.model.marks(ofArticleAt: again.model.articles[0].path).isEmpty)
    }

    @Test func marksFollowAMovedFileByItsContent() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        let (opened, _) = try fixture.open()
        let article = try #require(opened.model.articles.first { $0.id == "a.txt" })
        try opened.store.save(ArticleMarks(read: true), for: try #require(opened.keys[article.path]))
        try FileManager.default.moveItem(atPath: fixture.corpus + "/a.txt", toPath: fixture.corpus + "/renamed.txt")
        let (again, _) = try fixture.open()
        let moved = try #require(again.model.articles.first { $0.id == "renamed.txt" })
        #expect(again.model.marks(ofArticleAt: moved.path).read)
    }

    @Test func aRejectedStanceStopsCountingAndComesBackAfterReExtraction() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        let (opened, _) = try fixture.open()
        let model = opened.model
        let stance = try #require(model.stances.first)
        let article = try #require(model.articles.first { $0.id == stance.article })
        let key = StanceKey(article: try #require(opened.keys[article.path]), stance: stance)
        try opened.store.save(.rejected, for: key)
        if let confirmed = model.stances.dropFirst().first, let confirmedArticle = model.articles.first(where: { $0.id == confirmed.article }) {
            try opened.store.save(.confirmed, for: StanceKey(article: try #require(opened.keys[confirmedArticle.path]), stance: confirmed))
        }
        try opened.store.clearDerived()
        let (again, _) = try fixture.open()
        #expect(again.model.stances.first?.verdict == .rejected)
        #expect(again.model.countedStances.count == again.model.stances.count - 1)
        #expect(!again.model.counts(try #require(again.model.stances.first)))

        try opened.store.save(nil, for: key)
        let (restored, _) = try fixture.open()
        #expect(restored.model.stances.first?.verdict == nil)
        #expect(restored.model.countedStances.count == restored.model.stances.count)
        #expect(try opened.store.userRowCounts().stances == (model.stances.count > 1 ? 1 : 0))
    }
}
