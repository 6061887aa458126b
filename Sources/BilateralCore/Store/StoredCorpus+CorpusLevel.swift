/// The corpus-level step of an open through the store: duplicate groups and the focal pair, taken from the
/// store's snapshot when the articles are exactly those it was made for; else, after a few files changed,
/// replayed from the last open's decisions (`CorpusReplay`: only what a change can reach is decided again);
/// else found again with the duplicate step's memo (so only what changed is measured). Stored for the next open.
extension StoredCorpus {
    /// The model of `items` (in corpus order, with one identity each; see `DuplicateMemo.identity`).
    /// - Parameters:
    ///   - madeKeys: the duplicate step's band keys of the items extracted in this open, by item index.
    ///   - bodies: where the bodies of `items` held without them are read back from.
    func corpusModel(
        _ items: consuming [ExtractedArticle], warnings: [LoadWarning], identities: [UInt64?], madeKeys: [Int: [UInt64]?] = [:],
        bodies: ArticleBodies
    ) -> (CorpusModel, CorpusStep) {
        let key = CorpusSnapshot.key(identities: identities, detectsDuplicates: extractor.detectsDuplicates)
        if let key, let snapshot = store.corpusSnapshot(articleCount: items.count), snapshot.key == key {
            return (extractor.assemble(
                consume items, warnings: warnings, knownGroups: snapshot.groups, knownPair: snapshot.pair, bodies: bodies), .snapshot)
        }
        var memo = (extractor.detectsDuplicates ? store.duplicateMemo() : nil) ?? DuplicateMemo()
        let known = identities.compactMap { $0 }
        guard key != nil, known.count == identities.count else {
            // An article with no identity (a damaged record extracted again): no snapshot, no replay.
            let model = extractor.assemble(consume items, warnings: warnings, identities: identities, memo: &memo, bodies: bodies)
            if memo.changed { try? store.saveDuplicateMemo(memo) }
            return (model, .fresh)
        }
        let previous = store.corpusReplay()
        // Each article's stance count outlives the items, which the model takes over (see `Extractor.gather`).
        let stanceCounts = items.map(\.stances.count)
        var model = extractor.gather(consume items, warnings: warnings)
        model.bodies = bodies
        // Before the focus: copies' stances must not choose the pair or shape detected eras.
        var step = CorpusStep.fresh
        var run = DuplicateRun(
            identities: known, roles: Array(repeating: .none, count: known.count), linksPages: Array(repeating: false, count: known.count))
        if extractor.detectsDuplicates {
            if let previous, let replayed = DuplicateDetection.applyReplaying(
                to: &model, identities: known, previous: previous.run, memo: &memo, made: madeKeys) {
                run = replayed
                step = .replayed
            } else if let made = DuplicateDetection.apply(to: &model, identities: identities, memo: &memo, made: madeKeys) {
                run = made
            }
        }
        let tally = pairTally(of: model, stanceCounts: stanceCounts, identities: known, previous: previous)
        let sources = EraSources(catalogue: extractor.catalogue)
        if let tally {
            // An article's stances are together in the model, in item order: the first says whether they are a copy's.
            var firstStance = [Int](repeating: 0, count: stanceCounts.count)
            var next = 0
            for (index, count) in stanceCounts.enumerated() {
                firstStance[index] = next
                next += count
            }
            let focal = tally.focalPair(reading: PairTable.Reading(model)) { model.stances[firstStance[$0]].fromCopy }
            RelationshipFocus.apply(to: &model, pair: RelationshipFocus.inferredPair(found: focal?.pair, sources: sources), sources: sources)
        } else {
            RelationshipFocus.apply(to: &model, sources: sources)
        }
        // Only time is lost when these cannot be stored (the store busy or read-only): the next open measures again.
        if memo.changed { try? store.saveDuplicateMemo(memo) }
        if let key { try? store.saveCorpusSnapshot(CorpusSnapshot(key: key, groups: model.duplicates.groups, pair: model.pair)) }
        // A run is kept only when the duplicate step made it: a replay of one that did not would be no run at all.
        if let tally, extractor.detectsDuplicates { try? store.saveCorpusReplay(CorpusReplay(run: run, tally: tally)) }
        return (model, step)
    }

    /// The figures that choose the focal pair: those of articles the last open tallied taken as they were (when
    /// the model's actors are the same), the others read from the model; nil when they cannot be read per article.
    private func pairTally(of model: CorpusModel, stanceCounts: [Int], identities: [UInt64], previous: CorpusReplay?) -> PairTally? {
        guard let previous, previous.tally.actorsDigest == PairTally.actorsDigest(of: model) else { return PairTally.of(model) }
        var oldIndex: [UInt64: Int] = [:]
        oldIndex.reserveCapacity(previous.run.count)
        for (index, identity) in previous.run.identities.enumerated() { oldIndex[identity] = index }
        var tally = PairTally(continuing: previous.tally)
        var reading = PairTable.Reading(model)
        var next = 0
        for (index, count) in stanceCounts.enumerated() {
            let stances = model.stances[next..<(next + count)]
            next += count
            if let old = oldIndex[identities[index]] {
                tally.append(copyOf: old, in: previous.tally)
            } else if !tally.append(article: index, of: model, stances: stances, reading: &reading) {
                return PairTally.of(model)
            }
        }
        return tally
    }
}
