import HeapModule

/// The articles a model's timeline opens on, as a small model of their own: what a front end
/// can show at once while the indexes of a large corpus are built (building them at 100,000
/// articles takes seconds).
///
/// The articles are the first `count` in timeline order (by era, then date, undated last in
/// their era, then model order), the same order `TimelineOrder` gives, so the sample's timeline
/// opens on the rows the whole corpus's timeline opens on. It costs a pass over the articles
/// (no sort of them: the first `count` are picked with a heap of that size) and one over the
/// events and stances, with no index.
public enum TimelineSample {
    /// The first `count` articles of `model`'s timeline with their analyses, events and stances;
    /// `model` itself when it has no more articles than that.
    public static func opening(of model: CorpusModel, count: Int) -> CorpusModel {
        guard model.articles.count > count, count > 0 else { return model }
        let first = firstInTimelineOrder(of: model, count: count)
        var chosen = [Bool](repeating: false, count: model.articles.count)
        for index in first { chosen[index] = true }
        var byID: [String: Bool] = [:]
        for (index, article) in model.articles.enumerated() where chosen[index] { byID[article.id] = true }
        return FilteredModel(
            articles: first,
            events: Self.indices(of: model.events.lazy.map(\.article), in: byID),
            stances: Self.indices(of: model.stances.lazy.map(\.article), in: byID)
        ).narrowing(model)
    }

    /// The indices of the first `count` articles in timeline order, ascending.
    static func firstInTimelineOrder(of model: CorpusModel, count: Int) -> [Int] {
        let noEra = model.eras.count
        let keys = model.articles.indices.lazy.map { index in
            TimelineKey(section: FilterIndex.era(ofArticle: index, in: model) ?? noEra, date: model.articles[index].date, index: index)
        }
        return smallest(count, of: keys).map(\.index).sorted()
    }

    /// The `count` smallest of `keys`, in no order, kept in a heap with the largest on top: a key larger than the
    /// top is turned away with one comparison, so picking the first few of many costs about one pass, not a sort.
    static func smallest(_ count: Int, of keys: some Sequence<TimelineKey>) -> [TimelineKey] {
        guard count > 0 else { return [] }
        var heap = Heap<TimelineKey>()
        for key in keys {
            if heap.count < count {
                heap.insert(key)
            } else if let top = heap.max, key < top {
                _ = heap.replaceMax(with: key)
            }
        }
        return heap.unordered
    }

    /// The positions whose article id is in `chosen`. Items of one article sit together, so an id is
    /// looked up once per run of items rather than once per item.
    private static func indices(of articles: some Sequence<String>, in chosen: [String: Bool]) -> [Int] {
        var found: [Int] = []
        var last: String?
        var lastChosen = false
        for (index, article) in articles.enumerated() {
            if article != last {
                last = article
                lastChosen = chosen[article] ?? false
            }
            if lastChosen { found.append(index) }
        }
        return found
    }
}

/// A row's place in the timeline: section, then date (undated last), then articles before events, then model order.
/// The sample and the whole timeline order by the same key, so the sample's opening is the timeline's.
struct TimelineKey: Comparable {
    var section: Int
    var date: PartialDate?
    /// 0 for an article, 1 for an event.
    var kind: Int = 0
    var index: Int

    static func < (left: TimelineKey, right: TimelineKey) -> Bool {
        if left.section != right.section { return left.section < right.section }
        switch (left.date, right.date) {
        case let (a?, b?) where a != b: return a < b
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (left.kind, left.index) < (right.kind, right.index)
        }
    }
}
