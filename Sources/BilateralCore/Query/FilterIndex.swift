import Foundation

/// What filtering and the timeline need from a `CorpusModel`, computed once per model:
/// folded article text, each article's actors, era and year, and who acts for whom.
///
/// Build it when the model is loaded and pass it to `Filter.apply(to:index:)`; the plain
/// `apply(to:)` keeps the last one built in a cache.
public struct FilterIndex: Sendable {
    let texts: [ArticleText]
    /// Actor ids each article mentions or has stances and events about.
    let articleActors: [Set<String>]
    /// Index into `model.eras` for each article: by its date, else the analysis' era.
    let articleEra: [Int?]
    let articleByID: [String: Int]
    /// Indices into `model.stances`, per article.
    let stancesByArticle: [[Int]]
    /// Index into `model.articles` for each stance and event (nil when the article is unknown).
    let stanceArticle: [Int?]
    let eventArticle: [Int?]
    let actors: ActorDirectory

    public init(model: CorpusModel) {
        texts = model.articles.map(ArticleText.init(article:))
        var articleByID: [String: Int] = [:]
        for (index, article) in model.articles.enumerated() where articleByID[article.id] == nil {
            articleByID[article.id] = index
        }
        self.articleByID = articleByID
        var actorsOf = model.articles.indices.map { index -> Set<String> in
            guard model.analyses.indices.contains(index) else { return [] }
            let analysis = model.analyses[index]
            return Set(analysis.mentionCounts.keys).union(analysis.mentions.map(\.actor))
        }
        var stancesByArticle = [[Int]](repeating: [], count: model.articles.count)
        stanceArticle = model.stances.enumerated().map { index, stance in
            guard let article = articleByID[stance.article] else { return nil }
            stancesByArticle[article].append(index)
            actorsOf[article].formUnion([stance.holder, stance.target])
            return article
        }
        eventArticle = model.events.map { event in
            guard let article = articleByID[event.article] else { return nil }
            actorsOf[article].formUnion(event.actors)
            return article
        }
        self.stancesByArticle = stancesByArticle
        articleActors = actorsOf
        articleEra = model.articles.indices.map { Self.era(ofArticle: $0, in: model) }
        actors = ActorDirectory(model: model)
    }

    /// The era an article belongs to: the one containing its date, else the one extraction gave it.
    static func era(ofArticle index: Int, in model: CorpusModel) -> Int? {
        if let date = model.articles[index].date, let era = model.eras.firstIndex(where: { $0.contains(date) }) {
            return era
        }
        guard model.analyses.indices.contains(index), let id = model.analyses[index].era else { return nil }
        return model.eras.firstIndex { $0.id == id }
    }

    // MARK: - Cache

    /// The index of `model`, reusing the last one built when the model has not changed.
    public static func cached(for model: CorpusModel) -> FilterIndex {
        FilterIndexCache.shared.index(for: model)
    }
}

/// One remembered `FilterIndex`, so that front ends calling `apply(to:)` at every keystroke
/// do not rebuild it. Comparing models is cheap when they share storage, as copies of one
/// loaded model do.
final class FilterIndexCache: @unchecked Sendable {
    static let shared = FilterIndexCache()

    private let lock = NSLock()
    private var model: CorpusModel?
    private var index: FilterIndex?

    func index(for model: CorpusModel) -> FilterIndex {
        lock.lock()
        if let cached = index, let known = self.model, Self.same(known, model) {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let built = FilterIndex(model: model)
        lock.lock()
        self.model = model
        index = built
        lock.unlock()
        return built
    }

    private static func same(_ lhs: CorpusModel, _ rhs: CorpusModel) -> Bool {
        lhs.articles == rhs.articles && lhs.analyses == rhs.analyses && lhs.stances == rhs.stances
            && lhs.events == rhs.events && lhs.actors == rhs.actors && lhs.eras == rhs.eras
    }
}
