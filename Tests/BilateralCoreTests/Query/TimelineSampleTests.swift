import Testing
@testable import BilateralCore

/// The small model a large corpus is first shown by: the articles its timeline opens on, with their own events and stances.
@Suite struct TimelineSampleTests {
    /// Article ids in the order a timeline lists them.
    private func articleIDs(_ model: CorpusModel) -> [String] {
        let timeline = Timeline(model: model, filtered: .everything(in: model), pair: ("RUS", "JPN"), index: FilterIndex(model: model))
        return timeline.sections.flatMap(\.entries).compactMap { entry in
            if case .article(let index) = entry { return model.articles[index].id }
            return nil
        }
    }

    @Test func theSampleOpensOnTheRowsTheWholeTimelineOpensOn() {
        let model = RandomQueryModel.make(articleCount: 300)
        for count in [1, 17, 120] {
            let sample = TimelineSample.opening(of: model, count: count)
            #expect(sample.articles.count == count)
            #expect(articleIDs(sample) == Array(articleIDs(model).prefix(count)), "count \(count)")
            let ids = Set(sample.articles.map(\.id))
            // Every event and stance of a chosen article, and nothing else.
            #expect(sample.events == model.events.filter { ids.contains($0.article) })
            #expect(sample.stances == model.stances.filter { ids.contains($0.article) })
            #expect(sample.eras == model.eras)
        }
    }

    @Test func aModelNoLargerThanTheSampleIsItself() {
        let model = RandomQueryModel.make(articleCount: 40)
        #expect(TimelineSample.opening(of: model, count: 40) == model)
        #expect(TimelineSample.opening(of: model, count: 500) == model)
    }

    @Test func theHeapPicksTheArticlesAFullSortWouldPick() {
        let model = RandomQueryModel.make(articleCount: 400)
        let noEra = model.eras.count
        let sorted = model.articles.indices.map { index in
            TimelineKey(section: FilterIndex.era(ofArticle: index, in: model) ?? noEra, date: model.articles[index].date, index: index)
        }.sorted().map(\.index)
        for count in [1, 2, 3, 50, 199, 399, 400] {
            #expect(TimelineSample.firstInTimelineOrder(of: model, count: count) == sorted.prefix(count).sorted(), "count \(count)")
        }
        // Offered in descending order, every key goes through the heap.
        let smallest = TimelineSample.smallest(7, of: sorted.reversed().map { TimelineKey(section: 0, date: nil, index: $0) })
        #expect(smallest.map(\.index).sorted() == Array(sorted.sorted().prefix(7)))
    }
}
