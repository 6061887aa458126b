/// The indices (into a `CorpusModel`'s arrays) of what a filter keeps, in model order.
public struct FilteredModel: Sendable, Equatable {
    public var articles: [Int]
    public var events: [Int]
    public var stances: [Int]

    public init(articles: [Int], events: [Int], stances: [Int]) {
        self.articles = articles
        self.events = events
        self.stances = stances
    }

    /// Everything in `model`.
    public static func everything(in model: CorpusModel) -> FilteredModel {
        FilteredModel(
            articles: Array(model.articles.indices), events: Array(model.events.indices), stances: Array(model.stances.indices)
        )
    }

    /// A model holding only what was kept (all eras and actors stay), for export.
    public func narrowing(_ model: CorpusModel) -> CorpusModel {
        var narrowed = model
        narrowed.articles = articles.map { model.articles[$0] }
        narrowed.analyses = articles.compactMap { model.analyses.indices.contains($0) ? model.analyses[$0] : nil }
        narrowed.events = events.map { model.events[$0] }
        narrowed.stances = stances.map { model.stances[$0] }
        narrowed.duplicates = model.duplicates.narrowed(to: articles)
        return narrowed
    }
}
