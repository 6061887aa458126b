import Foundation
import Testing
@testable import BilateralCore

/// The duplicate step's memo: a run given what an earlier run learnt computes only what is new, and finds
/// exactly the groups a fresh run finds.
@Suite struct DuplicateMemoTests {
    static func articles() throws -> [Article] {
        try CorpusLoader().load(paths: [DuplicateDetectionTests.folder]).articles
    }

    static func identities(of articles: [Article], version: String = "v") -> [UInt64?] {
        articles.map { DuplicateMemo.identity(version: version, path: $0.path, contentHash: ContentHash.of($0.lines.text), record: 0) }
    }

    @Test func aSecondRunOverTheSameArticlesComputesNothingAndGroupsAlike() throws {
        let articles = try Self.articles()
        let fresh = DuplicateDetection.groups(of: articles)
        #expect(fresh.count == 2)
        var memo = DuplicateMemo()
        let first = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &memo)
        #expect(first == fresh)
        #expect(memo.changed)
        #expect(memo.computedBandKeys == articles.count)
        #expect(memo.computedSimilarities > 0)
        let second = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &memo)
        #expect(second == fresh)
        #expect(memo.computedBandKeys == 0)
        #expect(memo.computedSimilarities == 0)
        #expect(!memo.changed)
    }

    @Test func anEditedArticleIsTheOnlyOneShingledAgain() throws {
        var articles = try Self.articles()
        var memo = DuplicateMemo()
        _ = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &memo)
        // The syndicated copy rewritten as another story: it must leave its group, as a fresh run says.
        let index = try #require(articles.firstIndex { $0.id == "02-salmon-syndicated.txt" })
        articles[index] = Article(id: articles[index].id, path: articles[index].path, lines: [
            "Seoul and Tokyo opened a hotline between their coast guards after a collision near the disputed rocks.",
        ])
        let fresh = DuplicateDetection.groups(of: articles)
        let again = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &memo)
        #expect(again == fresh)
        #expect(!again.contains { $0.copies.contains(index) || $0.canonical == index })
        #expect(memo.computedBandKeys == 1)
        #expect(memo.changed)
    }

    @Test func aRemovedArticleIsForgotten() throws {
        let articles = try Self.articles()
        var memo = DuplicateMemo()
        _ = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &memo)
        let fewer = Array(articles.dropLast())
        let groups = DuplicateDetection.groups(of: fewer, settings: .standard, identities: Self.identities(of: fewer), memo: &memo)
        #expect(groups == DuplicateDetection.groups(of: fewer))
        #expect(memo.articleCount == fewer.count)
        #expect(memo.changed)
    }

    /// The memo's rows, read back into an empty memo of its settings.
    private static func readBack(_ memo: DuplicateMemo) -> DuplicateMemo? {
        guard var read = DuplicateMemo(settingsBytes: memo.settingsBytes()) else { return nil }
        let rows = memo.changedRows()
        for (_, bytes) in rows.chunks where !read.addKeyChunk(bytes) { return nil }
        for (identity, bytes) in rows.written where !read.addPairRow(owner: identity, bytes: bytes) { return nil }
        return read
    }

    @Test func theStoredRowsReadBackAndDamageIsRefused() throws {
        let articles = try Self.articles()
        var memo = DuplicateMemo()
        _ = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &memo)
        // A first run writes every row: one per article.
        let rows = memo.changedRows()
        #expect(rows.rewritesAll && rows.written.count == articles.count && rows.removed.isEmpty)
        var read = try #require(Self.readBack(memo))
        #expect(read.articleCount == articles.count)
        #expect(read.similarities == memo.similarities)
        let groups = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &read)
        #expect(groups == DuplicateDetection.groups(of: articles))
        #expect(read.computedBandKeys == 0 && read.computedSimilarities == 0)
        #expect(!read.changed && read.changedRows().written.isEmpty)
        var damaged = try #require(DuplicateMemo(settingsBytes: memo.settingsBytes()))
        let first = try #require(rows.written.first { $0.bytes.count > 8 })
        let short = damaged.addPairRow(owner: first.identity, bytes: Array(first.bytes.dropLast()))
        let long = damaged.addPairRow(owner: first.identity, bytes: first.bytes + [0])
        let empty = damaged.addPairRow(owner: first.identity, bytes: [])
        #expect(!short && !long && !empty)
        #expect(damaged.similarities.isEmpty)
        let chunk = try #require(rows.chunks.first { !$0.bytes.isEmpty })
        let cut = damaged.addKeyChunk(Array(chunk.bytes.dropLast()))
        let extra = damaged.addKeyChunk(chunk.bytes + [0])
        #expect(!cut && !extra)
        #expect(DuplicateMemo(settingsBytes: Array(memo.settingsBytes().dropLast())) == nil)
    }

    @Test func oneChangedArticleWritesAFewRowsAndRemovesItsOldOne() throws {
        let articles = try Self.articles()
        var memo = DuplicateMemo()
        _ = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &memo)
        var stored = try #require(Self.readBack(memo))
        // The first article edited: a new identity (its bytes changed), the old one gone.
        var identities = Self.identities(of: articles)
        let old = try #require(identities[0])
        identities[0] = DuplicateMemo.identity(version: "v1", path: articles[0].path, contentHash: "edited", record: 0)
        let groups = DuplicateDetection.groups(of: articles, settings: .standard, identities: identities, memo: &stored)
        #expect(groups == DuplicateDetection.groups(of: articles))
        let rows = stored.changedRows()
        #expect(!rows.rewritesAll)
        #expect(rows.removed == [old])
        #expect(rows.written.contains { $0.identity == identities[0] })
        #expect(rows.written.count <= 1 + DuplicateDetection.leadersChecked)
        #expect(rows.written.count < articles.count)
        // The band keys: only the chunks of the old and the new identity are written again.
        #expect(Set(rows.chunks.map(\.chunk)) == Set([old, identities[0]].compactMap { $0 }.map(DuplicateMemo.keyChunk)))
    }

    @Test func aMemoOfOtherSettingsIsNotUsed() throws {
        let articles = try Self.articles()
        var memo = DuplicateMemo()
        _ = DuplicateDetection.groups(of: articles, settings: .standard, identities: Self.identities(of: articles), memo: &memo)
        var strict = DuplicateDetection.Settings()
        strict.cut = 0.95
        let groups = DuplicateDetection.groups(of: articles, settings: strict, identities: Self.identities(of: articles), memo: &memo)
        #expect(groups == DuplicateDetection.groups(of: articles, settings: strict))
        #expect(memo.computedBandKeys == articles.count)
    }

    @Test func identitiesTellFilesVersionsAndRecordsApart() {
        let base = DuplicateMemo.identity(version: "v1", path: "/a.txt", contentHash: "00ff", record: 0)
        #expect(base == DuplicateMemo.identity(version: "v1", path: "/a.txt", contentHash: "00ff", record: 0))
        #expect(base != DuplicateMemo.identity(version: "v2", path: "/a.txt", contentHash: "00ff", record: 0))
        #expect(base != DuplicateMemo.identity(version: "v1", path: "/b.txt", contentHash: "00ff", record: 0))
        #expect(base != DuplicateMemo.identity(version: "v1", path: "/a.txt", contentHash: "00fe", record: 0))
        #expect(base != DuplicateMemo.identity(version: "v1", path: "/a.txt", contentHash: "00ff", record: 1))
    }
}

/// The LSH buckets: leaders come back in the order they were filed under a key, and a walk stops when asked.
@Suite struct LeaderBucketsTests {
    @Test func leadersComeBackInFilingOrderAndTheWalkStops() {
        var buckets = LeaderBuckets()
        for (leader, key) in [(4, 7), (2, 9), (9, 7), (1, 7)] as [(Int, UInt64)] { buckets.add(leader: leader, under: key) }
        var seen: [Int] = []
        buckets.forEachLeader(under: 7) { seen.append($0); return true }
        #expect(seen == [4, 9, 1])
        var firstTwo: [Int] = []
        buckets.forEachLeader(under: 7) { firstTwo.append($0); return firstTwo.count < 2 }
        #expect(firstTwo == [4, 9])
        var none: [Int] = []
        buckets.forEachLeader(under: 8) { none.append($0); return true }
        #expect(none.isEmpty)
    }
}
