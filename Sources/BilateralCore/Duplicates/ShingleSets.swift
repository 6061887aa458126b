/// The shingle sets of a run's articles, each made when it is first compared and kept for the rest of the run
/// (the fresh pass and the replay both compare one article with several leaders).
struct ShingleSets {
    private let articles: [Article]
    private let bodies: ArticleBodies
    private let size: Int
    private var made: [Int: [UInt64]]

    init(of articles: [Article], bodies: ArticleBodies, size: Int) {
        self.articles = articles
        self.bodies = bodies
        self.size = size
        made = [:]
    }

    /// Takes `index`'s set, made ahead (on another core) for an article sure to be compared.
    mutating func add(_ index: Int, set: [UInt64]) {
        made[index] = set
    }

    /// The Jaccard similarity of articles `first` and `second`'s shingle sets.
    mutating func jaccard(_ first: Int, _ second: Int) -> Double {
        ShingleSimilarity.jaccard(set(first), set(second))
    }

    /// Drops `index`'s set (made again should it be compared again): a copy's set, once it has found its leader.
    mutating func forget(_ index: Int) {
        made[index] = nil
    }

    private mutating func set(_ index: Int) -> [UInt64] {
        if let set = made[index] { return set }
        let set = WordShingles.set(of: bodies.withBody(articles[index]), size: size)
        made[index] = set
        return set
    }
}
