import Foundation
import Testing
@testable import BilateralCore

/// The folded article text is built apart from the rest of the filter index: on first need, or in
/// the background. Whichever way, text terms keep exactly what an index built at once keeps.
@Suite struct FoldedTextTests {
    static let queries = ["russia", "japan treaty", "'island", "^the", "talks.$", "~kurl", "!the", "Tokyo", "peace | !trade", "holder:RUS the"]

    @Test func anIndexIsMadeWithoutItsTextAndTextTermsFoldItWhenFirstAsked() throws {
        let model = RandomQueryModel.make()
        let index = FilterIndex(model: model)
        #expect(!index.isTextReady())
        // A field term and the timeline do not need the text.
        _ = try Filter.parse("holder:RUS pol:-").apply(to: model, index: index)
        _ = Timeline(model: model, filtered: .everything(in: model), pair: ("RUS", "JPN"), index: index)
        #expect(!index.isTextReady())
        let reference = FilterIndex(model: model)
        _ = reference.isTextReady(waiting: true)
        for query in Self.queries {
            let filter = try Filter.parse(query)
            #expect(filter.apply(to: model, index: index) == filter.apply(to: model, index: reference), "\(query)")
        }
        #expect(index.isTextReady())
    }

    @Test func textFoldedInTheBackgroundGivesWhatTextFoldedAtOnceGives() throws {
        let model = RandomQueryModel.make(seed: 11)
        let reference = FilterIndex(model: model)
        _ = reference.isTextReady(waiting: true)
        // Asked at once, while the background may still be folding: the term waits for it.
        let index = FilterIndex(model: model)
        index.prepareTextInBackground()
        for query in Self.queries {
            let filter = try Filter.parse(query)
            #expect(filter.apply(to: model, index: index) == filter.apply(to: model, index: reference), "\(query)")
        }
        #expect(index.isTextReady())
        // Asking again starts nothing new.
        index.prepareTextInBackground()
        #expect(index.isTextReady())
    }

    @Test func aModelWithTheSameArticlesKeepsTheFoldedText() throws {
        let model = RandomQueryModel.make(seed: 5)
        let cache = FilterIndexCache()
        let first = cache.index(for: model)
        _ = first.isTextReady(waiting: true)
        // A verdict changes the model, not its articles.
        var judged = model
        let stance = try #require(judged.stances.indices.first)
        judged.stances[stance].verdict = .rejected
        let second = cache.index(for: judged)
        #expect(second.foldedText === first.foldedText)
        #expect(second.stanceCounts[stance] == false)
        #expect(first.stanceCounts[stance] == model.counts(model.stances[stance]))
        // Other articles: folded anew.
        let other = RandomQueryModel.make(seed: 6)
        #expect(cache.index(for: other).foldedText !== first.foldedText)
        let filter = try Filter.parse("russia")
        #expect(filter.apply(to: other, index: cache.index(for: other)) == filter.apply(to: other, index: FilterIndex(model: other)))
    }
}
