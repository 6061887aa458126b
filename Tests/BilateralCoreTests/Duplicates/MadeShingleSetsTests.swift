import Foundation
import Testing
@testable import BilateralCore

/// A first open's extraction workers make each article's exact shingle set with its band keys
/// (`DuplicateDetection.bandKeysAndSet`), and the leader loop measures those sets rather than read the
/// articles' words a second time.
@Suite struct MadeShingleSetsTests {
    static func groups(of articles: [Article], madeSets: [Int: [UInt64]]) -> [DuplicateGroup] {
        var memo = DuplicateMemo()
        var roles: [DuplicateRun.Role] = []
        var linkable: [Bool] = []
        var made: [Int: [UInt64]?] = [:]
        for index in articles.indices { made[index] = DuplicateDetection.bandKeys(of: articles[index]) }
        return DuplicateDetection.groups(
            of: articles, settings: .standard, identities: DuplicateMemoTests.identities(of: articles), memo: &memo,
            bodies: ArticleBodies(), made: made, madeSets: madeSets, roles: &roles, linkable: &linkable)
    }

    @Test func keysAndSetFromOneReadingAreThoseMadeApart() throws {
        let articles = try DuplicateMemoTests.articles()
        #expect(articles.count > 4)
        for article in articles {
            let both = DuplicateDetection.bandKeysAndSet(of: article)
            #expect(both.bandKeys == DuplicateDetection.bandKeys(of: article))
            #expect(both.set == WordShingles.set(of: article))
        }
    }

    @Test func theSetsMadeBeforehandGroupAsAFreshRun() throws {
        let articles = try DuplicateMemoTests.articles()
        var sets: [Int: [UInt64]] = [:]
        for index in articles.indices { sets[index] = DuplicateDetection.bandKeysAndSet(of: articles[index]).set }
        let fresh = DuplicateDetection.groups(of: articles)
        #expect(fresh.count == 2)
        #expect(Self.groups(of: articles, madeSets: sets) == fresh)
    }

    /// A copy given an empty set beforehand shares no shingle with its leader: that it then leads a group of its own
    /// shows the set given is the one measured, not one made again from the text.
    @Test func aSetMadeBeforehandIsTheOneMeasured() throws {
        let articles = try DuplicateMemoTests.articles()
        let fresh = DuplicateDetection.groups(of: articles)
        let copy = try #require(fresh.first?.copies.first)
        var sets: [Int: [UInt64]] = [:]
        for index in articles.indices { sets[index] = WordShingles.set(of: articles[index]) }
        sets[copy] = []
        let grouped = Self.groups(of: articles, madeSets: sets)
        #expect(!grouped.contains { $0.canonical == copy || $0.copies.contains(copy) })
    }
}
