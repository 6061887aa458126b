/// The groups the last open found, by their members' identities, for a replay (`DuplicateDetection.applyReplaying`).
///
/// A group's canonical article and its copies' similarities are pure functions of its members (their dates, whether
/// each is a summary, the similarities between them) and of their corpus order, which a replay keeps. So a group
/// the replay makes again with exactly the members it had is taken as it was, instead of asking the memo for the
/// pairs of every group of the corpus (at 100,000 articles that was one read of the store per group).
struct LastGroups: Sendable {
    /// Every group's members' identities in corpus order, one group after another.
    private var members: [UInt64] = []
    /// Per group: where its members start in `members`, their count, the canonical member's place among them, and
    /// where its copies' similarities start in `similarities`.
    private var spans: [(start: Int, count: Int, canonical: Int, similarities: Int)] = []
    private var similarities: [Double] = []
    /// A group's first member's identity → its span.
    private var byFirst: [UInt64: Int] = [:]

    /// The groups `groups` of the articles with `identities` (in corpus order); nil when a group names an article
    /// beyond them or its similarities do not match its copies.
    init?(groups: [DuplicateGroup], identities: [UInt64]) {
        byFirst.reserveCapacity(groups.count)
        for group in groups {
            let sorted = ([group.canonical] + group.copies).sorted()
            // Copies in corpus order, as `DuplicateDetection.groups(fromRoles:)` makes them: `group(of:)` relies on it.
            guard let last = sorted.last, last < identities.count, group.similarities.count == group.copies.count,
                  zip(group.copies, group.copies.dropFirst()).allSatisfy({ $0 < $1 }),
                  let canonical = sorted.firstIndex(of: group.canonical) else { return nil }
            byFirst[identities[sorted[0]]] = spans.count
            spans.append((members.count, sorted.count, canonical, similarities.count))
            members.append(contentsOf: sorted.lazy.map { identities[$0] })
            similarities.append(contentsOf: group.similarities)
        }
    }

    /// The group of the articles at `sorted` (indices in corpus order, the articles now having `identities`) as the
    /// last open found it, renumbered; nil when it had no group of exactly those members.
    func group(of sorted: [Int], identities: [UInt64]) -> DuplicateGroup? {
        guard let first = sorted.first, let slot = byFirst[identities[first]] else { return nil }
        let span = spans[slot]
        guard span.count == sorted.count,
              sorted.indices.allSatisfy({ members[span.start + $0] == identities[sorted[$0]] }) else { return nil }
        var copies = sorted
        let canonical = copies.remove(at: span.canonical)
        // The copies were stored in corpus order too, which is the order of `copies` here.
        return DuplicateGroup(
            canonical: canonical, copies: copies,
            similarities: Array(similarities[span.similarities..<(span.similarities + copies.count)]))
    }
}
