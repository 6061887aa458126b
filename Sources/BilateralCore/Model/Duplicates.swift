/// Articles that tell the same story: one canonical article and its near-duplicate copies.
public struct DuplicateGroup: Sendable, Equatable {
    /// Index into `CorpusModel.articles` of the article that stands for the group.
    public var canonical: Int
    /// Indices of the copies, in corpus order.
    public var copies: [Int]
    /// The Jaccard similarity of each copy's shingles with the canonical article's, in the order of `copies`.
    public var similarities: [Double]

    public init(canonical: Int, copies: [Int], similarities: [Double]) {
        self.canonical = canonical
        self.copies = copies
        self.similarities = similarities
    }
}

/// The corpus's duplicate groups, with which group each article is in.
public struct Duplicates: Sendable, Equatable {
    public private(set) var groups: [DuplicateGroup]
    // Article index → index into `groups`, for the canonical article and every copy.
    private var groupOfArticle: [Int: Int]

    public init(groups: [DuplicateGroup] = []) {
        self.groups = groups
        var table: [Int: Int] = [:]
        for (position, group) in groups.enumerated() {
            table[group.canonical] = position
            for copy in group.copies { table[copy] = position }
        }
        groupOfArticle = table
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// The group article `index` is in, as canonical or as copy.
    public func group(of index: Int) -> DuplicateGroup? {
        groupOfArticle[index].map { groups[$0] }
    }

    /// The canonical article of the group that article `index` is a copy of (nil for a canonical or lone article).
    public func canonical(ofCopy index: Int) -> Int? {
        guard let group = group(of: index), group.canonical != index else { return nil }
        return group.canonical
    }

    /// True when article `index` is a copy of another: it is shown and counted through its canonical article.
    public func isCopy(_ index: Int) -> Bool {
        canonical(ofCopy: index) != nil
    }

    /// `isCopy` for every article of a corpus of `articleCount` articles, read from the groups
    /// once: what the timeline and the status counts test article by article.
    public func copyFlags(articleCount: Int) -> [Bool] {
        var flags = [Bool](repeating: false, count: articleCount)
        for group in groups {
            for copy in group.copies where flags.indices.contains(copy) && copy != group.canonical { flags[copy] = true }
        }
        return flags
    }

    /// The groups over the kept articles only, renumbered: `kept` lists the old indices in their new order.
    /// A group that keeps fewer than two of its articles is dropped; one that lost its canonical article
    /// keeps its first copy left in its stead.
    public func narrowed(to kept: [Int]) -> Duplicates {
        var newIndex: [Int: Int] = [:]
        for (position, old) in kept.enumerated() { newIndex[old] = position }
        var narrowed: [DuplicateGroup] = []
        for group in groups {
            var members: [(index: Int, similarity: Double)] = []
            if let canonical = newIndex[group.canonical] { members.append((canonical, 1)) }
            for (copy, similarity) in zip(group.copies, group.similarities) {
                if let index = newIndex[copy] { members.append((index, similarity)) }
            }
            guard members.count >= 2, let first = members.first else { continue }
            let rest = members.dropFirst()
            narrowed.append(DuplicateGroup(canonical: first.index, copies: rest.map(\.index), similarities: rest.map(\.similarity)))
        }
        return Duplicates(groups: narrowed)
    }
}
