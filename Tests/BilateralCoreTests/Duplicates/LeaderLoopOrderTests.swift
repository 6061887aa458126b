import Foundation
import Testing
@testable import BilateralCore

/// The leader loop run while its shingle sets are made on other threads (`visitInLoopOrder`): every article is
/// placed once, in loop order, and every set made ahead reaches the loop before the article it belongs to is placed.
@Suite struct LeaderLoopOrderTests {
    enum Event: Equatable {
        case made(Int)
        case placed(Int)
    }

    static func visit(order: [Int], ahead: [Int], articles: [Article]) -> (events: [Event], sets: [Int: [UInt64]]) {
        var events: [Event] = []
        var sets: [Int: [UInt64]] = [:]
        DuplicateDetection.visitInLoopOrder(
            order, makingAhead: ahead, articles: articles, bodies: ArticleBodies(), size: WordShingles.size,
            made: { index, set in
                events.append(.made(index))
                sets[index] = set
            },
            place: { events.append(.placed($0)) })
        return (events, sets)
    }

    @Test func everyArticleIsPlacedOnceInOrderAfterItsSet() throws {
        let articles = try DuplicateMemoTests.articles()
        #expect(articles.count > 4)
        // A loop order unlike the corpus order, an article left out (a linked summary), sets for most of the others.
        let order = Array(articles.indices.reversed().dropFirst())
        let ahead = articles.indices.filter { $0 % 3 != 1 }
        let (events, sets) = Self.visit(order: order, ahead: ahead, articles: articles)
        #expect(events.compactMap { if case .placed(let index) = $0 { index } else { nil } } == order)
        let wanted = ahead.filter(order.contains)
        #expect(Set(sets.keys) == Set(wanted))
        for index in wanted {
            let made = try #require(events.firstIndex(of: .made(index)))
            let placed = try #require(events.firstIndex(of: .placed(index)))
            #expect(made < placed)
            #expect(sets[index] == WordShingles.set(of: articles[index]))
        }
    }

    @Test func withNothingToMakeAheadTheLoopRunsAlone() throws {
        let articles = try DuplicateMemoTests.articles()
        let order = Array(articles.indices)
        let (events, sets) = Self.visit(order: order, ahead: [], articles: articles)
        #expect(events == order.map { .placed($0) })
        #expect(sets.isEmpty)
    }
}
