/// The duplicate step of an open with a few files changed: the last run replayed (`DuplicateReplay`).
extension DuplicateDetection {
    /// As `apply(to:identities:memo:settings:)` when `previous` is the run of the last open: only the decisions
    /// a change can reach are made again, comparing each changed article with the leaders sharing its band keys.
    /// - Returns: this run, for the next replay; nil (and `model` and `memo` as they were) when a fresh run must
    ///   decide: too many changes, a linkable address changed, or the memo lacks what the replay needs.
    static func applyReplaying(
        to model: inout CorpusModel, identities: [UInt64], previous: DuplicateRun, memo: inout DuplicateMemo,
        made: [Int: [UInt64]?] = [:], settings: Settings = .standard
    ) -> DuplicateRun? {
        let known = memo
        let articles = model.articles, bodies = model.bodies
        guard known.settings == settings, known.articleCount > 0, identities.count == articles.count else { return nil }
        var table = BandKeyTable(remembered: known.rememberedKeys, count: articles.count, bands: settings.bands)
        var missing: [Int] = []
        for (index, identity) in identities.enumerated() {
            switch known.keySlot(of: identity) {
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
        var sets = ShingleSets(of: articles, bodies: bodies, size: settings.shingleSize)
        func similarity(_ first: Int, _ second: Int) -> Double {
            let pair = DuplicateMemo.Pair(identities[first], identities[second])
            if let value = measured[pair] ?? known.similarities[pair] { return value }
            let value = sets.jaccard(first, second)
            measured[pair] = value
            return value
        }
        guard let replayed = DuplicateReplay.roles(
            of: articles, identities: identities, previous: previous, settings: settings, keys: table,
            removedKeys: { known.bandKeys(of: $0) }, similarity: similarity) else { return nil }
        model.duplicates = Duplicates(groups: groups(fromRoles: replayed.roles, articles: articles, similarity: similarity))
        markCopies(in: &model)
        let present = Set(identities)
        memo = known.afterReplay(
            added: missing.map { (identities[$0], table.keys(of: $0).map(Array.init)) },
            forgotten: previous.identities.filter { !present.contains($0) }, measured: measured)
        return DuplicateRun(identities: identities, roles: replayed.roles, linksPages: replayed.linkable)
    }
}
