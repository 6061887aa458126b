/// The articles a model's timeline opens on, as a small model of their own: what a front end
/// can show at once while the indexes of a large corpus are built (building them at 100,000
/// articles takes seconds).
///
/// The articles are the first `count` in timeline order (by era, then date, undated last in
/// their era, then model order), the same order `TimelineOrder` gives, so the sample's timeline
/// opens on the rows the whole corpus's timeline opens on. It costs a pass over the articles and
/// one over the events and stances, with no index.
public enum TimelineSample {
    /// The first `count` articles of `model`'s timeline with their analyses, events and stances;
    /// `model` itself when it has no more articles than that.
    public static func opening(of model: CorpusModel, count: Int) -> CorpusModel {
        guard model.articles.count > count, count > 0 else { return model }
        let noEra = model.eras.count
        let keys = model.articles.indices.map { index in
            (section: FilterIndex.era(ofArticle: index, in: model) ?? noEra, date: model.articles[index].date, index: index)
        }
        let first = keys.sorted { left, right in
            if left.section != right.section { return left.section < right.section }
            switch (left.date, right.date) {
            case let (a?, b?) where a != b: return a < b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return left.index < right.index
            }
        }.prefix(count).map(\.index).sorted()
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
