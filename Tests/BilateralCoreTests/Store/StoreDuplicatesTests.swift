import Foundation
import Testing
@testable import BilateralCore

/// Near-duplicates through the store: the warm open takes the duplicate step's memo from the store and its
/// model is the one a cold open (and an open with no store at all) makes.
@Suite struct StoreDuplicatesTests {
    private func copyFixture(into fixture: StoreFixture) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: DuplicateDetectionTests.folder) {
            try FileManager.default.copyItem(atPath: DuplicateDetectionTests.folder + "/" + name, toPath: fixture.corpus + "/" + name)
        }
    }

    @Test func aWarmOpenModelIsTheColdOpenModel() throws {
        let fixture = try StoreFixture()
        try copyFixture(into: fixture)
        let (cold, _) = try fixture.open()
        #expect(cold.model.duplicates.groups.count == 2)
        let memo = try #require(cold.store.duplicateMemo())
        #expect(memo.articleCount == cold.model.articles.count)
        let (warm, progress) = try fixture.open()
        #expect(progress.last?.extracted == 0)
        #expect(warm.model == cold.model)
        #expect(JSONExporter().export(warm.model) == JSONExporter().export(try fixture.freshModel()))
    }

    @Test func aChangedFileRegroupsAsAFreshOpenWould() throws {
        let fixture = try StoreFixture()
        try copyFixture(into: fixture)
        _ = try fixture.open()
        try fixture.write("08-kuril-drills-copy.txt", "Seoul and Tokyo opened a hotline between their coast guards in 2019.\n")
        let (opened, progress) = try fixture.open()
        #expect(progress.last?.extracted == 1)
        #expect(opened.model.duplicates.groups.count == 1)
        #expect(JSONExporter().export(opened.model) == JSONExporter().export(try fixture.freshModel()))
    }

    @Test func theSnapshotIsTakenOnlyForTheArticlesItWasMadeFor() throws {
        let fixture = try StoreFixture()
        try copyFixture(into: fixture)
        let (cold, _) = try fixture.open()
        var snapshot = try #require(cold.store.corpusSnapshot(articleCount: cold.model.articles.count))
        #expect(snapshot.groups == cold.model.duplicates.groups)
        #expect(snapshot.pair == cold.model.pair)
        // A snapshot that says otherwise under the same key is believed: the warm open does not look again.
        snapshot.groups = []
        try cold.store.saveCorpusSnapshot(snapshot)
        let (warm, _) = try fixture.open()
        #expect(warm.model.duplicates.groups.isEmpty)
        #expect(!warm.model.stances.contains { $0.fromCopy })
        // Once a file changes the key no longer matches, and the groups are found again.
        try fixture.write("06-template-visit.txt", "Japan and Russia held talks on fishing quotas in 2019.\n")
        let (changed, _) = try fixture.open()
        #expect(changed.model.duplicates.groups.count == 2)
        #expect(JSONExporter().export(changed.model) == JSONExporter().export(try fixture.freshModel()))
    }

    @Test func theSnapshotReadsBackAndDamageIsRefused() throws {
        let snapshot = CorpusSnapshot(
            key: 0xDEAD_BEEF_0123_4567,
            groups: [DuplicateGroup(canonical: 2, copies: [0, 5], similarities: [0.75, 0.5])], pair: ["JPN", "RUS"])
        let bytes = snapshot.encoded()
        #expect(CorpusSnapshot(encoded: bytes, articleCount: 6) == snapshot)
        // A group naming an article the corpus does not have: not this corpus's snapshot.
        #expect(CorpusSnapshot(encoded: bytes, articleCount: 5) == nil)
        #expect(CorpusSnapshot(encoded: Array(bytes.dropLast()), articleCount: 6) == nil)
        #expect(CorpusSnapshot(encoded: bytes + [0], articleCount: 6) == nil)
        #expect(CorpusSnapshot.key(identities: [1, nil, 3], detectsDuplicates: true) == nil)
        #expect(CorpusSnapshot.key(identities: [1, 2], detectsDuplicates: true) != CorpusSnapshot.key(identities: [2, 1], detectsDuplicates: true))
        #expect(CorpusSnapshot.key(identities: [1, 2], detectsDuplicates: true) != CorpusSnapshot.key(identities: [1, 2], detectsDuplicates: false))
    }

    @Test func clearEmptiesTheMemoToo() throws {
        let fixture = try StoreFixture()
        try copyFixture(into: fixture)
        let (opened, _) = try fixture.open()
        #expect(opened.store.duplicateMemo() != nil)
        try opened.store.clearDerived()
        #expect(opened.store.duplicateMemo() == nil)
    }
}
