/// Per folded article, how many of its events the fold hides, read like a dictionary by article
/// index (`counts[article]`, nil for none). An array, not a dictionary: at a keystroke on a large
/// corpus every kept event of a folded article is counted, and hashing each was most of laying out rows.
public struct HiddenEventCounts: Sendable, Equatable {
    private var counts: [Int32] = []
    /// How many events are hidden in all.
    public private(set) var total = 0

    public init() {}

    public var isEmpty: Bool { total == 0 }

    /// How many events article `article` hides; nil when none.
    public subscript(article: Int) -> Int? {
        guard counts.indices.contains(article), counts[article] > 0 else { return nil }
        return Int(counts[article])
    }

    /// Counts one more hidden event of `article`, of a corpus of `articleCount` articles.
    mutating func add(article: Int, articleCount: Int) {
        guard article >= 0 else { return }
        if counts.isEmpty { counts = [Int32](repeating: 0, count: articleCount) }
        guard counts.indices.contains(article) else { return }
        counts[article] += 1
        total += 1
    }
}
