import Foundation
import GRDB
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
        // The warm model holds its articles without their bodies (the cold one keeps those it extracted): with
        // the bodies read back, the models are the same.
        var warmWithBodies = warm.model
        warmWithBodies.articles = warm.model.bodies.withBodies(warm.model.articles)
        #expect(warm.model.articles.allSatisfy { !$0.hasBody })
        #expect(warmWithBodies == cold.model)
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
        // Asked for its own key it reads back; asked for another (a file changed since), it is refused unread.
        #expect(CorpusSnapshot(encoded: bytes, articleCount: 6, key: snapshot.key) == snapshot)
        #expect(CorpusSnapshot(encoded: bytes, articleCount: 6, key: snapshot.key ^ 1) == nil)
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

    /// A replay takes the groups a change leaves as they were from the last open's snapshot (`LastGroups`): it reads
    /// none of their pairs from the store (at 100,000 articles one read per group of the corpus), and its groups are
    /// still a fresh open's.
    @Test func aReplayReadsNoPairOfTheGroupsAChangeLeavesAlone() throws {
        let fixture = try StoreFixture()
        try copyFixture(into: fixture)
        let (cold, _) = try fixture.open()
        #expect(cold.model.duplicates.groups.count == 2)
        let inputs = StoredCorpus.readCorpusLevel(from: cold.store, detectsDuplicates: true)
        let previous = try #require(inputs.replay?.run)
        var memo = try #require(inputs.memo)
        let stored = try #require(memo.storedPairs)
        final class Reads: @unchecked Sendable { var owners: [UInt64] = [] }
        let reads = Reads()
        memo.storedPairs = DuplicateMemo.StoredPairs(row: { reads.owners.append($0); return stored.row($0) }, all: stored.all)
        // A template rewritten as a story of its own: in no group before or after.
        try fixture.write("05-template-sanctions.txt", "Seoul and Tokyo opened a hotline between their coast guards in 2019.\n")
        var model = try fixture.freshModel()
        let fresh = model.duplicates.groups
        let changed = try #require(model.articles.firstIndex { $0.id.contains("05-template-sanctions") })
        #expect(fresh.allSatisfy { $0.canonical != changed && !$0.copies.contains(changed) })
        var identities = previous.identities
        identities[changed] = ~identities[changed]
        let run = DuplicateDetection.applyReplaying(
            to: &model, identities: identities, previous: previous, memo: &memo, marksCopies: false, lastGroups: inputs.lastGroups)
        #expect(run != nil)
        #expect(model.duplicates.groups == fresh)
        #expect(reads.owners.isEmpty)
    }
}

/// One file edited, removed, added in a generated corpus with many near-copies: each open through the store
/// (its memo rows and snapshot from the open before) gives the model a fresh open gives, and writes only a few
/// memo rows.
@Suite struct StoreDuplicateChangesTests {
    /// Story `story` as published by outlet `outlet`: the same paragraphs with a few words of the outlet's own.
    private static func article(story: Int, outlet: Int) -> String {
        let states = ["Japan", "Russia", "China", "South Korea"]
        let verbs = ["praised", "criticised", "warned", "welcomed", "thanked", "condemned"]
        var text = "---\ndate: 20\(10 + story % 12)-0\(1 + story % 9)-1\(outlet % 9)\n---\n"
        for sentence in 0..<10 {
            let holder = states[(story + sentence) % states.count]
            let target = states[(story * 3 + sentence + 1) % states.count]
            text += "\(holder) \(verbs[(story * 5 + sentence) % verbs.count]) \(target) over fishing talks round \(story * 10 + sentence)"
            text += sentence == outlet % 10 ? ", outlet \(outlet) reported.\n" : ".\n"
        }
        return text
    }

    private func writeCorpus(_ fixture: StoreFixture) throws {
        for story in 0..<12 {
            for outlet in 0..<(1 + story % 3) {
                try fixture.write(String(format: "s%02d-o%d.txt", story, outlet), Self.article(story: story, outlet: outlet))
            }
        }
    }

    private func expectFresh(_ fixture: StoreFixture, extracted: Int, step: StoredCorpus.CorpusStep = .replayed) throws {
        let (opened, progress) = try fixture.open()
        #expect(progress.last?.extracted == extracted)
        // After the first open, each change is replayed from the open before it (`DuplicateReplay`).
        #expect(opened.corpusStep == step)
        let fresh = try fixture.freshModel()
        #expect(opened.model.duplicates.groups == fresh.duplicates.groups)
        #expect(JSONExporter().export(opened.model) == JSONExporter().export(fresh))
        // The memo as stored reads back whole: the next open measures nothing it measured before.
        let memo = try #require(opened.store.duplicateMemo())
        #expect(memo.articleCount == opened.model.articles.count)
    }

    @Test func editedRemovedAndAddedFilesRegroupAsAFreshOpenWould() throws {
        let fixture = try StoreFixture()
        try writeCorpus(fixture)
        try expectFresh(fixture, extracted: 24, step: .fresh)
        let groups = try fixture.freshModel().duplicates.groups
        #expect(groups.count >= 6, "the generated corpus has near-copies")
        // A leader's text replaced by another story: its copies must find another leader.
        try fixture.write("s02-o0.txt", Self.article(story: 40, outlet: 0))
        try expectFresh(fixture, extracted: 1)
        // A copy removed, then a new copy of an existing story added.
        try FileManager.default.removeItem(atPath: fixture.corpus + "/s05-o1.txt")
        try expectFresh(fixture, extracted: 0)
        try fixture.write("s07-o5.txt", Self.article(story: 7, outlet: 5))
        try expectFresh(fixture, extracted: 1)
        // The edited story put back: the old identity's rows were dropped, so it is measured again, and groups as before.
        try fixture.write("s02-o0.txt", Self.article(story: 2, outlet: 0))
        try expectFresh(fixture, extracted: 1)
    }

    @Test func aChangedFileReplacesItsOwnMemoRowAndTheRowsReadBack() throws {
        let fixture = try StoreFixture()
        try writeCorpus(fixture)
        let (cold, _) = try fixture.open()
        let rows = { try cold.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM derived_duplicate") ?? 0 } }
        #expect(try rows() == 24)
        let before = try #require(cold.store.duplicateMemo())
        try fixture.write("s10-o0.txt", Self.article(story: 10, outlet: 7))
        _ = try fixture.open()
        // The old identity's row is gone and the new one's is there: still one row per article.
        #expect(try rows() == 24)
        let after = try #require(cold.store.duplicateMemo())
        #expect(after.articleCount == 24)
        #expect(after.similarities.count >= before.similarities.count - 2 * DuplicateDetection.leadersChecked)
    }

    @Test func aMemoReadForAReplayHasEveryKeyAndReadsPairsOnlyWhenAsked() throws {
        let fixture = try StoreFixture()
        try writeCorpus(fixture)
        let (cold, _) = try fixture.open()
        let whole = try #require(cold.store.duplicateMemo())
        #expect(!whole.similarities.isEmpty)
        var onDemand = try #require(cold.store.duplicateMemo(pairsOnDemand: true))
        #expect(onDemand.articleCount == whole.articleCount)
        #expect(onDemand.rememberedKeys.count == whole.rememberedKeys.count)
        #expect(onDemand.similarities.isEmpty)
        // One owner's row: exactly the pairs that owner has in the whole memo.
        let pair = try #require(whole.similarities.keys.min { ($0.high, $0.low) < ($1.high, $1.low) })
        var read: [DuplicateMemo.Pair: Double] = [:]
        let readable = DuplicateMemo.readPairs(onDemand.storedPairs?.row(pair.high), owner: pair.high, into: &read)
        #expect(readable)
        #expect(read == whole.similarities.filter { $0.key.high == pair.high })
        onDemand.readAllPairs()
        #expect(onDemand.similarities == whole.similarities)
        // The band keys in at most 64 chunks, whatever the corpus's size.
        let chunks = try cold.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM derived_duplicate_keys") ?? 0 }
        #expect(chunks > 0 && chunks <= 64)
    }
}
