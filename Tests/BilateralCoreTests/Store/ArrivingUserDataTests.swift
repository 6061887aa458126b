import Foundation
import Testing
@testable import BilateralCore

/// The user's marks and verdicts on the models assembled while a corpus still opens.
@Suite struct ArrivingUserDataTests {
    @Test func aModelAssembledBeforeTheOpenEndsCarriesTheStoredMarksAndVerdicts() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        let (opened, _) = try fixture.open()
        let article = try #require(opened.model.articles.first { $0.id == "c.txt" })
        try opened.store.save(ArticleMarks(read: true, bookmarked: true, note: "check"), for: try #require(opened.keys[article.marksKey]))
        let stance = try #require(opened.model.stances.first)
        let stanceArticle = try #require(opened.model.articles.first { $0.id == stance.article })
        try opened.store.save(.rejected, for: StanceKey(article: try #require(opened.keys[stanceArticle.marksKey]), stance: stance))

        // As the dashboard's partial models are made: extracted articles, assembled without the store.
        var partial = try fixture.freshModel()
        #expect(partial.marks.isEmpty)
        let store = try CorpusStore(path: fixture.storePath, roots: [fixture.corpus])
        let userData = try StoredCorpus(store: store, extractor: Extractor()).storedUserData(roots: [fixture.corpus])
        userData.attach(to: &partial)
        #expect(partial.marks(ofArticleAt: article.marksKey) == ArticleMarks(read: true, bookmarked: true, note: "check"))
        #expect(partial.stances.first?.verdict == .rejected)
        #expect(partial.stances.dropFirst().allSatisfy { $0.verdict == nil })
        // Other articles stay unmarked.
        #expect(partial.marks.count == 1)
    }

    @Test func aRootGivenWithASlashOrAsAFileMapsToTheStoresPath() {
        let data = StoredUserData(
            attacher: UserDataAttacher(marks: ([:], [:]), verdicts: [:]),
            roots: [(listed: "corpus/sub/", absolute: "/abs/corpus/sub"), (listed: "corpus/", absolute: "/abs/corpus"),
                    (listed: "one.txt/", absolute: "/abs/one.txt")])
        #expect(data.absolute("corpus/a.txt") == "/abs/corpus/a.txt")
        #expect(data.absolute("corpus/sub/b.txt") == "/abs/corpus/sub/b.txt")
        #expect(data.absolute("one.txt") == "/abs/one.txt")
    }
}
