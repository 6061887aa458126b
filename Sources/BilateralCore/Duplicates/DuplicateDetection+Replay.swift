/// The duplicate step of an open with a few files changed: the last run replayed (`DuplicateReplay`).
extension DuplicateDetection {
    /// As `apply(to:identities:memo:settings:)` when `previous` is the run of the last open: only the decisions
    /// a change can reach are made again, comparing each changed article with the leaders sharing its band keys.
    /// - Returns: this run, for the next replay; nil (and `model` and `memo` as they were) when a fresh run must
    ///   decide: too many changes, a linkable address changed, or the memo lacks what the replay needs.
    /// - Parameters:
    ///   - marksCopies: as in `apply(to:identities:memo:made:settings:marksCopies:)`.
    ///   - lastGroups: the groups `previous` made, when known: those made again with the same members are taken as
    ///     they were, so only the groups a change reaches ask the memo for their pairs.
    static func applyReplaying(
        to model: inout CorpusModel, identities: [UInt64], previous: DuplicateRun, memo: inout DuplicateMemo,
        made: [Int: [UInt64]?] = [:], settings: Settings = .standard, marksCopies: Bool = true, lastGroups: LastGroups? = nil
    ) -> DuplicateRun? {
        // `memo` is read in place, never copied: what this replay learnt is added to it at the end, and a copy
        // would duplicate every band key and similarity of the corpus for the few a change adds.
        let articles = model.articles, bodies = model.bodies
        guard memo.settings == settings, memo.articleCount > 0, identities.count == articles.count else { return nil }
        var table = BandKeyTable(remembered: memo.rememberedKeys, count: articles.count, bands: settings.bands)
        var missing: [Int] = []
        for (index, identity) in identities.enumerated() {
            switch memo.keySlot(of: identity) {
            case nil: missing.append(index)
            case let start? where start >= 0: table.set(index, rememberedAt: start)
            default: continue
            }
        }
        guard missing.count <= DuplicateReplay.changeLimit(articleCount: articles.count) else { return nil }
        let computed = ParallelMap.map(missing, makeWorker: { () }) { index, _ in
            (settings == .standard ? made[index] : nil) ?? bandKeys(of: bodies.withBody(articles[index]), settings: settings)
        }
        for (index, keys) in zip(missing, computed) { table.set(index, computed: keys) }
        var measured: [DuplicateMemo.Pair: Double] = [:]
        // Pairs read from the store's rows as the replay asks about them (when the memo was read without them).
        var read: [DuplicateMemo.Pair: Double] = [:]
        var readOwners = Set<UInt64>()
        var sets = ShingleSets(of: articles, bodies: bodies, size: settings.shingleSize)
        func similarity(_ first: Int, _ second: Int) -> Double {
            let pair = DuplicateMemo.Pair(identities[first], identities[second])
            if let value = measured[pair] ?? memo.similarities[pair] ?? read[pair] { return value }
            if let stored = memo.storedPairs, readOwners.insert(pair.high).inserted {
                _ = DuplicateMemo.readPairs(stored.row(pair.high), owner: pair.high, into: &read)
                if let value = read[pair] { return value }
            }
            let value = sets.jaccard(first, second)
            measured[pair] = value
            return value
        }
        guard let replayed = DuplicateReplay.roles(
            of: articles, identities: identities, previous: previous, settings: settings, keys: table,
            removedKeys: { memo.bandKeys(of: $0) }, similarity: similarity) else { return nil }
        model.duplicates = Duplicates(groups: groups(
            fromRoles: replayed.roles, articles: articles, similarity: similarity,
            known: { members in lastGroups?.group(of: members, identities: identities) }))
        if marksCopies { markCopies(in: &model) }
        let present = Set(identities)
        let added = missing.map { (identity: identities[$0], keys: table.keys(of: $0).map(Array.init)) }
        // The table shares the memo's band keys: let it go before the memo grows.
        table = BandKeyTable(remembered: [], count: 0, bands: settings.bands)
        memo.replayed(added: added, forgotten: previous.identities.filter { !present.contains($0) }, measured: measured, read: read)
        return DuplicateRun(identities: identities, roles: replayed.roles, linksPages: replayed.linkable)
    }
}
