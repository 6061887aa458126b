import Foundation
import Testing
@testable import BilateralCore

/// An open with a few files changed replays the last open's corpus-level decisions (duplicate groups, the
/// figures that choose the focal pair) instead of working them out over every article: its model and export
/// must be exactly a fresh open's, whatever the change moves.
@Suite struct StoreReplayTests {
    /// Opens through the store and checks the model against a fresh open's (no store).
    @discardableResult
    private func expectFresh(
        _ fixture: StoreFixture, step: StoredCorpus.CorpusStep, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CorpusModel {
        let (opened, _) = try fixture.open()
        let fresh = try fixture.freshModel()
        #expect(opened.corpusStep == step, sourceLocation: sourceLocation)
        #expect(opened.model.duplicates.groups == fresh.duplicates.groups, sourceLocation: sourceLocation)
        #expect(opened.model.pair == fresh.pair, sourceLocation: sourceLocation)
        #expect(JSONExporter().export(opened.model) == JSONExporter().export(fresh), sourceLocation: sourceLocation)
        return opened.model
    }

    @Test func theDuplicatesFixtureEditedRemovedAndAddedReplaysAsAFreshOpen() throws {
        let fixture = try StoreFixture()
        for name in try FileManager.default.contentsOfDirectory(atPath: DuplicateDetectionTests.folder) {
            try FileManager.default.copyItem(atPath: DuplicateDetectionTests.folder + "/" + name, toPath: fixture.corpus + "/" + name)
        }
        try expectFresh(fixture, step: .fresh)
        try expectFresh(fixture, step: .snapshot)
        // A copy rewritten as another story leaves its group.
        try fixture.write("08-kuril-drills-copy.txt", "Seoul and Tokyo opened a hotline between their coast guards in 2019.\n")
        try expectFresh(fixture, step: .replayed)
        // Put back: it joins its group again.
        try FileManager.default.copyItem(
            atPath: DuplicateDetectionTests.folder + "/08-kuril-drills-copy.txt", toPath: fixture.corpus + "/08-kuril-drills-copy-2.txt")
        try expectFresh(fixture, step: .replayed)
        try FileManager.default.removeItem(atPath: fixture.corpus + "/08-kuril-drills-copy-2.txt")
        try expectFresh(fixture, step: .replayed)
    }

    /// Two pairs, Japan–Russia ahead of China–India by one stance: a file added, edited or removed moves the pair.
    @Test func aChangeThatMovesTheFocalPairMovesItAsAFreshOpenWould() throws {
        let fixture = try StoreFixture()
        // Topics of their own, so no two files are near-copies of each other.
        let topics = ["fishing quotas near Hokkaido", "the Kuril garrison build-up", "gas pipeline prices last winter",
                      "visa rules for islanders", "a seized trawler crew", "bomber flights near Okinawa"]
        for (number, topic) in topics.enumerated() {
            try fixture.write("jr\(number).txt", "---\ndate: 2019-0\(1 + number)-05\n---\nJapan criticised Russia over \(topic).\n")
        }
        let clashes = ["a brawl at the Galwan river", "new maps of Arunachal", "an app ban in June", "stapled visas for athletes",
                       "a dam on the Brahmaputra"]
        for (number, clash) in clashes.enumerated() {
            try fixture.write("ci\(number).txt", "---\ndate: 2020-0\(1 + number)-07\n---\nIndia condemned China over \(clash).\n")
        }
        let first = try expectFresh(fixture, step: .fresh)
        #expect(Set(first.pair) == ["JPN", "RUS"])
        try fixture.write("ci5.txt", "---\ndate: 2020-08-07\n---\nIndia condemned China over a patrol at Pangong lake.\n")
        try fixture.write("ci6.txt", "---\ndate: 2020-09-07\n---\nIndia warned China over new roads in the valley in September.\n")
        // Two files at once, then one edited away, then one removed: each open moves the pair by the counts.
        let moved = try expectFresh(fixture, step: .replayed)
        #expect(Set(moved.pair) == ["CHN", "IND"])
        try fixture.write("ci6.txt", "---\ndate: 2020-09-07\n---\nThe weather in the valley was cold in September.\n")
        try expectFresh(fixture, step: .replayed)
        try FileManager.default.removeItem(atPath: fixture.corpus + "/ci5.txt")
        let back = try expectFresh(fixture, step: .replayed)
        #expect(Set(back.pair) == ["JPN", "RUS"])
        // A file that brings an actor no article named: the figures are read again, still as a fresh open.
        try fixture.write("zz.txt", "---\ndate: 2021-01-01\n---\nBrazil praised Argentina for the trade deal.\n")
        try expectFresh(fixture, step: .replayed)
    }

    @Test func theReplayReadsBackAndDamageIsRefused() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        let (opened, _) = try fixture.open()
        let replay = try #require(opened.store.corpusReplay())
        #expect(replay.run.count == opened.model.articles.count)
        #expect(replay.tally.articleCount == opened.model.articles.count)
        let bytes = replay.encoded()
        #expect(CorpusReplay(encoded: bytes) == replay)
        #expect(CorpusReplay(encoded: Array(bytes.dropLast())) == nil)
        #expect(CorpusReplay(encoded: bytes + [0]) == nil)
        // A run naming an article beyond its own: damage, not a run.
        var wrong = replay
        wrong.run.roles[0] = .member(of: replay.run.count + 3)
        #expect(CorpusReplay(encoded: wrong.encoded()) == nil)
    }
}
