/// The shingle sets of a run's articles, each made when it is first compared and kept for the rest of the run
/// (the fresh pass and the replay both compare one article with several leaders).
struct ShingleSets {
    private let articles: [Article]
    private let bodies: ArticleBodies
    private let size: Int
    private var made: [Int: [UInt64]]

    /// `madeAhead`: sets already made (on every core) for articles sure to be compared.
    init(of articles: [Article], bodies: ArticleBodies, size: Int, madeAhead: [Int: [UInt64]] = [:]) {
        self.articles = articles
        self.bodies = bodies
        self.size = size
        made = madeAhead
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
