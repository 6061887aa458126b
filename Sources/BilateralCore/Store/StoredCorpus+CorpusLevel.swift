/// The corpus-level step of an open through the store: duplicate groups and the focal pair, taken from the
/// store's snapshot when the articles are exactly those it was made for; else, after a few files changed,
/// replayed from the last open's decisions (`CorpusReplay`: only what a change can reach is decided again);
/// else found again with the duplicate step's memo (so only what changed is measured). Stored for the next open.
extension StoredCorpus {
    /// The model of the gathered articles (in corpus order, with one identity each; see `DuplicateMemo.identity`).
    /// - Parameters:
    ///   - input: the articles' model before the corpus-level step (`Extractor.finish`), and each one's stance count.
    ///   - madeKeys: the duplicate step's band keys of the items extracted in this open, by item index.
    ///   - madeSets: their exact shingle sets, by item index (used by a fresh run, not by a replay).
    ///   - bodies: where the bodies of articles held without them are read back from.
    ///   - prefetched: the last open's memo and decisions, when an open that found files changed began reading
    ///     them early (`prefetchCorpusLevel()`); read here otherwise.
    func corpusModel(
        _ input: consuming GatheredArticles.Gathered, identities: [UInt64?], madeKeys: [Int: [UInt64]?] = [:],
        madeSets: consuming [Int: [UInt64]] = [:], bodies: ArticleBodies, prefetched: BackgroundResult<CorpusLevelInputs>? = nil
    ) -> (CorpusModel, CorpusStep, storing: BackgroundResult<Bool>?) {
        let stanceCounts = input.stanceCounts
        let key = CorpusSnapshot.key(identities: identities, detectsDuplicates: extractor.detectsDuplicates)
        if let key, let snapshot = store.corpusSnapshot(articleCount: input.model.articles.count, key: key), snapshot.key == key {
            return (extractor.assemble(
                gathered: (consume input).model, knownGroups: snapshot.groups, knownPair: snapshot.pair, bodies: bodies), .snapshot, nil)
        }
        var inputs = prefetched?.take() ?? readCorpusLevel()
        // Taken out of the inputs, so that adding to it does not copy it whole.
        var memo = inputs.memo ?? DuplicateMemo()
        inputs.memo = nil
        let known = identities.compactMap { $0 }
        guard key != nil, known.count == identities.count else {
            // An article with no identity (a damaged record extracted again): no snapshot, no replay.
            let model = extractor.assemble(gathered: (consume input).model, identities: identities, memo: &memo, bodies: bodies)
            if memo.changed { try? store.saveDuplicateMemo(memo) }
            return (model, .fresh, nil)
        }
        var model = (consume input).model
        let previous = inputs.replay
        model.bodies = bodies
        // The focal pair's figures do not depend on the duplicate groups (a copy's stances are left out when they
        // are summed, below): tallied on another core while this one runs the duplicate step's serial loop. The
        // tally reads the model's stances as gathered; copies are marked once it is done with them, so that
        // they are written in place, not copied whole while it still holds them.
        let gathered = HandOver(model)
        let tallying = BackgroundResult {
            gathered.take().flatMap { Self.pairTally(of: $0, stanceCounts: stanceCounts, identities: known, previous: previous) }
        }
        // Before the focus: copies' stances must not choose the pair or shape detected eras.
        var step = CorpusStep.fresh
        var run = DuplicateRun(
            identities: known, roles: Array(repeating: .none, count: known.count), linksPages: Array(repeating: false, count: known.count))
        if extractor.detectsDuplicates {
            if let previous, let replayed = DuplicateDetection.applyReplaying(
                to: &model, identities: known, previous: previous.run, memo: &memo, made: madeKeys, marksCopies: false,
                lastGroups: inputs.lastGroups) {
                run = replayed
                step = .replayed
            } else if let made = DuplicateDetection.apply(
                to: &model, identities: identities, memo: &memo, made: madeKeys, madeSets: madeSets, marksCopies: false) {
                run = made
            }
        }
        // Stored while the pair is chosen and the eras looked up (only time is lost when it cannot be stored: the
        // store busy or read-only; the next open measures again).
        let finalMemo = memo
        let storingMemo = finalMemo.changed ? BackgroundResult { [store] in (try? store.saveDuplicateMemo(finalMemo)) != nil } : nil
        let tally = tallying.value() ?? nil
        if extractor.detectsDuplicates { DuplicateDetection.markCopies(in: &model) }
        let sources = EraSources(catalogue: extractor.catalogue)
        if let tally {
            // An article's stances are together in the model, in item order: the first says whether they are a copy's.
            var firstStance = [Int](repeating: 0, count: stanceCounts.count)
            var next = 0
            for (index, count) in stanceCounts.enumerated() {
                firstStance[index] = next
                next += Int(count)
            }
            let focal = tally.focalPair(reading: PairTable.Reading(model)) { model.stances[firstStance[$0]].fromCopy }
            RelationshipFocus.apply(to: &model, pair: RelationshipFocus.inferredPair(found: focal?.pair, sources: sources), sources: sources)
        } else {
            RelationshipFocus.apply(to: &model, sources: sources)
        }
        // Stored on the other core while the caller attaches the user's marks; the caller waits for it before it
        // hands the model over. One writer at a time: the memo first. Only time is lost when these cannot be stored.
        let snapshot = key.map { CorpusSnapshot(key: $0, groups: model.duplicates.groups, pair: model.pair) }
        // A run is kept only when the duplicate step made it: a replay of one that did not would be no run at all.
        let replay = extractor.detectsDuplicates ? tally.map { CorpusReplay(run: run, tally: $0) } : nil
        let storing = BackgroundResult { [store] in
            _ = storingMemo?.value()
            if let snapshot { try? store.saveCorpusSnapshot(snapshot) }
            if let replay { try? store.saveCorpusReplay(replay) }
            return true
        }
        return (model, step, storing)
    }

    /// The figures that choose the focal pair: those of articles the last open tallied taken as they were (when
    /// the model's actors are the same), the others read from the model; nil when they cannot be read per article.
    private static func pairTally(of model: CorpusModel, stanceCounts: [Int32], identities: [UInt64], previous: CorpusReplay?) -> PairTally? {
        guard let previous, previous.tally.actorsDigest == PairTally.actorsDigest(of: model) else { return PairTally.of(model) }
        var oldIndex: [UInt64: Int] = [:]
        oldIndex.reserveCapacity(previous.run.count)
        for (index, identity) in previous.run.identities.enumerated() { oldIndex[identity] = index }
        var tally = PairTally(continuing: previous.tally)
        var reading = PairTable.Reading(model)
        var next = 0
        for (index, count) in stanceCounts.enumerated() {
            let stances = model.stances[next..<(next + Int(count))]
            next += Int(count)
            if let old = oldIndex[identities[index]] {
                tally.append(copyOf: old, in: previous.tally)
            } else if !tally.append(article: index, of: model, stances: stances, reading: &reading) {
                return PairTally.of(model)
            }
        }
        return tally
    }
}

/// What the corpus-level step of an open that is not exactly the last one reads from the store: the duplicate
/// step's memo (when duplicates are looked for) and the last open's per-article decisions.
struct CorpusLevelInputs: Sendable {
    var memo: DuplicateMemo?
    var replay: CorpusReplay?
    /// The duplicate groups of the last open, when its snapshot is of `replay`'s articles.
    var lastGroups: LastGroups?
}

extension StoredCorpus {
    func readCorpusLevel() -> CorpusLevelInputs {
        Self.readCorpusLevel(from: store, detectsDuplicates: extractor.detectsDuplicates)
    }

    static func readCorpusLevel(from store: CorpusStore, detectsDuplicates: Bool) -> CorpusLevelInputs {
        let replay = store.corpusReplay()
        // The snapshot and the replay are stored one after the other: the groups are used only when the snapshot's
        // key names exactly the replay's articles.
        var lastGroups: LastGroups?
        if detectsDuplicates, let run = replay?.run,
           let key = CorpusSnapshot.key(identities: run.identities, detectsDuplicates: true),
           let snapshot = store.corpusSnapshot(articleCount: run.count, key: key) {
            lastGroups = LastGroups(groups: snapshot.groups, identities: run.identities)
        }
        return CorpusLevelInputs(
            // Its pairs read as a replay asks about them: a fresh run reads the rest (`DuplicateMemo.readAllPairs`).
            memo: detectsDuplicates ? store.duplicateMemo(pairsOnDemand: true) : nil, replay: replay, lastGroups: lastGroups)
    }

    /// Starts reading `readCorpusLevel()` on a thread of its own, for an open that found files changed, added or
    /// gone: the memo is read while the changed files are extracted and the others read back, not after.
    func prefetchCorpusLevel() -> BackgroundResult<CorpusLevelInputs> {
        let (store, detectsDuplicates) = (store, extractor.detectsDuplicates)
        return BackgroundResult { Self.readCorpusLevel(from: store, detectsDuplicates: detectsDuplicates) }
    }
}

/// One value handed to another thread, which takes it: once taken, the box no longer holds it, so when that
/// thread is done with it the giver's copy is the only one left.
private final class HandOver<Value>: @unchecked Sendable {
    // Unchecked: taken once, by the one thread it is handed to; the giver never reads it.
    private var value: Value?

    init(_ value: Value) { self.value = value }

    func take() -> Value? {
        defer { value = nil }
        return value
    }
}
