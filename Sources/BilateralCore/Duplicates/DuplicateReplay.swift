/// The duplicate step after a few files changed: the last run's decisions replayed, with only the articles a
/// change can reach decided again, so the groups are exactly those a fresh run finds.
///
/// Why that is exact: the leader loop decides an article from the leaders filed, before it, under its band
/// keys, and from similarities that are pure functions of the two articles. Articles that stayed keep their
/// relative order (dates and listing order are theirs). So an article's decision can differ from the last
/// run's only if an article sharing one of its band keys, earlier in the order, changed whether it leads: an
/// article added (and now leading), removed (having led), or one whose own decision flipped. Those are
/// decided again, in order, and each flip passes the question on to the later articles sharing its keys.
///
/// Which articles share a key is found by scanning every article's band keys for a handful of keys (the
/// buckets are never built whole). Feed summaries linked to pages are left to a fresh run: a change to an
/// article with a linkable address replays nothing.
enum DuplicateReplay {
    /// How much a replay may take on before a fresh run is the better way: files added and removed, and
    /// scans of every article's keys.
    static func changeLimit(articleCount: Int) -> Int { max(16, articleCount / 50) }
    static let scanLimit = 8

    /// The roles of every article of `articles` (with `identities`), replayed from `previous`; nil when the
    /// change is too large, touches linked summaries, or the memo lacks a band key a replay needs (a fresh
    /// run then decides everything).
    /// - Parameters:
    ///   - keys: every article's band keys.
    ///   - removedKeys: the band keys of an identity of `previous` that is gone (from the memo before; nil when
    ///     it has none).
    ///   - similarity: the exact similarity of two articles, by index.
    static func roles(
        of articles: [Article], identities: [UInt64], previous: DuplicateRun, settings: DuplicateDetection.Settings,
        keys table: BandKeyTable, removedKeys: (UInt64) -> [UInt64]??, similarity: (Int, Int) -> Double
    ) -> (roles: [DuplicateRun.Role], linkable: [Bool])? {
        let count = articles.count
        var oldIndex: [UInt64: Int] = [:]
        oldIndex.reserveCapacity(previous.count)
        for (index, identity) in previous.identities.enumerated() {
            guard oldIndex.updateValue(index, forKey: identity) == nil else { return nil }
        }
        var oldOf = [Int](repeating: -1, count: count)
        var newOf = [Int](repeating: -1, count: previous.count)
        var added: [Int] = []
        var lastOld = -1
        for (index, identity) in identities.enumerated() {
            guard let old = oldIndex[identity], newOf[old] < 0 else {
                added.append(index)
                continue
            }
            // Articles that stayed must keep their order (a listing that moved them is a fresh run).
            guard old > lastOld else { return nil }
            lastOld = old
            oldOf[index] = old
            newOf[old] = index
        }
        let removed = newOf.indices.filter { newOf[$0] < 0 }
        guard added.count + removed.count <= changeLimit(articleCount: count),
              !removed.contains(where: { previous.linksPages[$0] }),
              !added.contains(where: { articles[$0].url.flatMap(LinkedSummaries.linkKey) != nil }) else { return nil }

        // The last run's decisions, renumbered; added articles are decided below.
        var roles = [DuplicateRun.Role](repeating: .none, count: count)
        for index in 0..<count where oldOf[index] >= 0 {
            switch previous.roles[oldOf[index]] {
            case .none: roles[index] = .none
            case .leader: roles[index] = .leader
            case .member(let leader): roles[index] = newOf[leader] >= 0 ? .member(of: newOf[leader]) : .leader
            case .summary(let page):
                guard newOf[page] >= 0 else { return nil }
                roles[index] = .summary(of: newOf[page])
            }
        }
        func keys(_ index: Int) -> ArraySlice<UInt64>? { table.keys(of: index) }
        func precedes(_ first: Int, _ second: Int) -> Bool {
            switch (articles[first].date, articles[second].date) {
            case let (left?, right?) where left != right: return left < right
            case (_?, nil): return true
            case (nil, _?): return false
            default: return first < second
            }
        }
        for index in added where keys(index) != nil { roles[index] = .leader }

        // Band key → the articles holding it, in loop order; filled for the keys asked about, one scan at a time.
        var holders: [UInt64: [Int]] = [:]
        var scans = 0
        func index(_ wanted: Set<UInt64>) -> Bool {
            let missing = wanted.filter { holders[$0] == nil }
            guard !missing.isEmpty else { return true }
            scans += 1
            guard scans <= scanLimit else { return false }
            for key in missing { holders[key] = [] }
            // A scan looks at every key of every article (3.2 million at 100,000 articles) for a few hundred: a bit
            // per value of a key's low bits answers almost all of them before the set is hashed.
            let filter = BandKeyFilter(missing)
            for article in 0..<count {
                guard let articleKeys = keys(article) else { continue }
                for key in articleKeys where filter.mayHold(key) && missing.contains(key) {
                    holders[key, default: []].append(article)
                }
            }
            for key in missing where (holders[key]?.count ?? 0) > 1 { holders[key]?.sort(by: precedes) }
            return true
        }

        // To decide again, in loop order; seeded by the added articles and the holders of removed leaders' keys.
        var pending = Set(added.filter { keys($0) != nil })
        var removedLeaderKeys = Set<UInt64>()
        for old in removed where previous.roles[old] == .leader {
            guard let gone = removedKeys(previous.identities[old]) else { return nil }
            removedLeaderKeys.formUnion(gone ?? [])
        }
        guard index(removedLeaderKeys) else { return nil }
        for key in removedLeaderKeys { pending.formUnion(holders[key] ?? []) }
        var decided = 0
        while let next = pending.min(by: precedes) {
            pending.remove(next)
            decided += 1
            guard decided <= 64 * changeLimit(articleCount: count) else { return nil }
            if case .summary = roles[next] { continue }
            guard let nextKeys = keys(next) else { continue }
            // Every article waiting has its keys indexed in the same scan: one scan per wave, not per article.
            var wanted = Set(nextKeys)
            for waiting in pending { wanted.formUnion(keys(waiting) ?? []) }
            guard index(wanted) else { return nil }
            var candidates: [Int] = []
            for key in nextKeys where candidates.count < DuplicateDetection.leadersChecked {
                for holder in holders[key] ?? [] where candidates.count < DuplicateDetection.leadersChecked {
                    guard precedes(holder, next) else { break }
                    if roles[holder] == .leader, !candidates.contains(holder) { candidates.append(holder) }
                }
            }
            let wasLeader = oldOf[next] >= 0 && previous.roles[oldOf[next]] == .leader
            let found = candidates.first { similarity($0, next) >= settings.cut }
            roles[next] = found.map { .member(of: $0) } ?? .leader
            // Whether it leads decides what the later articles sharing its keys see.
            if (found == nil) != wasLeader {
                for key in nextKeys {
                    for holder in holders[key] ?? [] where precedes(next, holder) { pending.insert(holder) }
                }
            }
        }
        // Added articles have no linkable address (else this is a fresh run); the others keep theirs.
        let linkable = oldOf.map { $0 >= 0 && previous.linksPages[$0] }
        return (roles, linkable)
    }
}

/// Every article's band keys in flat storage: those the memo remembers where it keeps them, the others beside.
struct BandKeyTable {
    private let remembered: [UInt64]
    private var computed: [UInt64] = []
    /// Per article: ≥ 0, where its keys start in `remembered`; -1, no shingles; ≤ -2, in `computed` at -2 - slot.
    private var slots: [Int]
    let bands: Int

    init(remembered: [UInt64], count: Int, bands: Int) {
        self.remembered = remembered
        self.bands = bands
        slots = [Int](repeating: -1, count: count)
    }

    mutating func set(_ index: Int, rememberedAt start: Int) { slots[index] = start }

    mutating func set(_ index: Int, computed keys: [UInt64]?) {
        guard let keys, keys.count == bands else {
            slots[index] = -1
            return
        }
        slots[index] = -2 - computed.count
        computed += keys
    }

    func keys(of index: Int) -> ArraySlice<UInt64>? {
        let slot = slots[index]
        if slot >= 0 { return remembered[slot..<(slot + bands)] }
        if slot == -1 { return nil }
        let start = -2 - slot
        return computed[start..<(start + bands)]
    }

    /// As an array per article, as the memo's `after` takes them.
    func all() -> [[UInt64]?] { slots.indices.map { keys(of: $0).map(Array.init) } }
}

/// Which of a few band keys a key may be: one bit per value of a key's low 16 bits (band keys are hashes, so
/// their low bits are spread evenly). No key is missed; a key not among them passes one time in 65,536 per key held.
struct BandKeyFilter {
    private var bits = [UInt64](repeating: 0, count: 1 << 10)

    init(_ keys: some Sequence<UInt64>) {
        for key in keys { bits[Int(key >> 6 & 0x3FF)] |= 1 << (key & 63) }
    }

    func mayHold(_ key: UInt64) -> Bool { bits[Int(key >> 6 & 0x3FF)] & (1 << (key & 63)) != 0 }
}
