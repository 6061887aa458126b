/// What one run of near-duplicate detection learnt, kept for the next run over (mostly) the same articles:
/// each article's LSH band keys and the exact shingle similarity of every pair it compared, keyed by the
/// articles' identities (`identity(version:path:contentHash:record:)`: which file, its bytes, the extractor that
/// read it, which article of the file).
///
/// A run given a memo shingles only the articles and compares only the pairs it has not seen, so reopening an
/// unchanged corpus reads no article text at all, and one changed file costs its own articles' shingles and the
/// pairs they take part in. The groups are exactly those a fresh run finds: every remembered figure is a pure
/// function of the articles its identities name, and the run itself (order, leaders, cut) is unchanged.
public struct DuplicateMemo: Sendable {
    /// Two identities, in either order (Jaccard similarity is symmetric).
    struct Pair: Hashable, Sendable {
        let low: UInt64
        let high: UInt64

        init(_ first: UInt64, _ second: UInt64) {
            (low, high) = first <= second ? (first, second) : (second, first)
        }
    }

    /// The settings the figures were made under: a memo made under others is not used.
    private(set) var settings: DuplicateDetection.Settings
    /// Identity → where its band keys start in `keyStore`, or -1 for an article with no shingles.
    var keySlot: [UInt64: Int32] = [:]
    var keyStore: [UInt64] = []
    var similarities: [Pair: Double] = [:]
    /// Where the pairs not yet in `similarities` are read from, one owner's row at a time, when the memo was read
    /// from the store without them (`CorpusStore.duplicateMemo(pairsOnDemand:)`): a replay asks about a few pairs
    /// of a corpus's hundreds of thousands. Nil when every remembered pair is in `similarities`.
    var storedPairs: StoredPairs?
    /// True when the last run learnt or forgot anything: the memo is worth storing again.
    public private(set) var changed = false
    /// What the last run had to compute: articles shingled for band keys, pairs compared on their exact sets.
    public private(set) var computedBandKeys = 0
    public private(set) var computedSimilarities = 0
    /// What the last run changed, for the store's rows (`DuplicateMemo+Rows`): identities it gave band keys
    /// that the memo before it lacked, the pairs it measured, the identities it forgot, and whether every row
    /// must be written again (no memo before, or one of other settings).
    private(set) var addedIdentities: [UInt64] = []
    private(set) var measuredPairs: [Pair] = []
    private(set) var forgottenIdentities: [UInt64] = []
    private(set) var rewritesAll = false

    public init(settings: DuplicateDetection.Settings = .standard) {
        self.settings = settings
    }

    /// The store's rows of pairs, read on demand (see `storedPairs`).
    struct StoredPairs: Sendable {
        /// The stored row of the pairs `owner` owns (`DuplicateMemo+Rows`); nil when there is none or it cannot be read.
        var row: @Sendable (_ owner: UInt64) -> [UInt8]?
        /// Every stored row of pairs; nil when they cannot be read.
        var all: @Sendable () -> [(owner: UInt64, bytes: [UInt8])]?
    }

    /// Reads every stored pair into `similarities`, for a run that may ask about any of them (a fresh run).
    /// Rows that cannot be read are left out: those pairs are measured again.
    mutating func readAllPairs() {
        guard let stored = storedPairs else { return }
        storedPairs = nil
        for (owner, bytes) in stored.all() ?? [] { _ = Self.readPairs(bytes, owner: owner, into: &similarities) }
    }

    /// The identity of the `record`th article of the file at `path` whose bytes hash to `contentHash`, as the
    /// extractor of `version` read it. A fixed function of those (never Swift's seeded `Hasher`), so it holds
    /// across runs.
    public static func identity(version: String, path: String, contentHash: String, record: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in [version, path, contentHash] {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = Mixing.mix(hash ^ 0x0A)
        }
        return Mixing.mix(hash ^ UInt64(record))
    }

    /// The band keys remembered for `identity`: nil when unknown, `.some(nil)` for an article with no shingles.
    func bandKeys(of identity: UInt64) -> [UInt64]?? {
        guard let slot = keySlot[identity] else { return nil }
        guard slot >= 0 else { return .some(nil) }
        let start = Int(slot)
        return .some(Array(keyStore[start..<(start + settings.bands)]))
    }

    var articleCount: Int { keySlot.count }

    /// The memo a run leaves: the band keys of exactly the articles it saw and the pairs it compared, so
    /// articles gone from the corpus are forgotten and the memo never grows past the corpus.
    static func after(
        run settings: DuplicateDetection.Settings, identities: [UInt64?], bandKeys: [[UInt64]?],
        similarities: [Pair: Double], measuredPairs: [Pair], computedBandKeys: Int, before: DuplicateMemo
    ) -> DuplicateMemo {
        var memo = DuplicateMemo(settings: settings)
        memo.keyStore.reserveCapacity(identities.count * settings.bands)
        memo.keySlot.reserveCapacity(identities.count)
        for (identity, keys) in zip(identities, bandKeys) {
            guard let identity, memo.keySlot[identity] == nil else { continue }
            if let keys, keys.count == settings.bands {
                memo.keySlot[identity] = Int32(memo.keyStore.count)
                memo.keyStore += keys
            } else {
                memo.keySlot[identity] = -1
            }
        }
        memo.similarities = similarities
        memo.computedBandKeys = computedBandKeys
        memo.computedSimilarities = measuredPairs.count
        memo.measuredPairs = measuredPairs
        memo.rewritesAll = before.settings != settings || before.keySlot.isEmpty
        if !memo.rewritesAll {
            memo.addedIdentities = memo.keySlot.keys.filter { before.keySlot[$0] == nil }
            memo.forgottenIdentities = before.keySlot.keys.filter { memo.keySlot[$0] == nil }
        }
        memo.changed = memo.rewritesAll ? !memo.keySlot.isEmpty
            : !memo.addedIdentities.isEmpty || !measuredPairs.isEmpty || !memo.forgottenIdentities.isEmpty
        return memo
    }
}

extension DuplicateMemo {
    /// Leaves what a replay learnt (`DuplicateReplay`), in place: the identities that are gone forgotten, the
    /// added ones' band keys, and the pairs it measured. Pairs it did not look at stay remembered (a replay
    /// looks at few); those of forgotten identities go with their rows. In place, because a replay changes a few
    /// of a corpus's rows and a copy would duplicate all of them.
    /// - Parameter read: the stored pairs the replay read on demand (every row of the owners of `measured` among
    ///   them, so that those rows are written again whole).
    mutating func replayed(
        added: [(identity: UInt64, keys: [UInt64]?)], forgotten: [UInt64], measured: [Pair: Double], read: [Pair: Double] = [:]
    ) {
        for (pair, value) in read where similarities[pair] == nil { similarities[pair] = value }
        for identity in forgotten { keySlot[identity] = nil }
        for (identity, keys) in added where keySlot[identity] == nil {
            if let keys, keys.count == settings.bands {
                keySlot[identity] = Int32(keyStore.count)
                keyStore += keys
            } else {
                keySlot[identity] = -1
            }
        }
        for (pair, value) in measured { similarities[pair] = value }
        computedBandKeys = added.count
        computedSimilarities = measured.count
        measuredPairs = measured.keys.sorted { ($0.high, $0.low) < ($1.high, $1.low) }
        addedIdentities = added.map(\.identity)
        forgottenIdentities = forgotten
        rewritesAll = false
        changed = !added.isEmpty || !measured.isEmpty || !forgotten.isEmpty
    }

    /// Where `identity`'s band keys start in `keyStore`: nil when unknown, -1 for an article with no shingles.
    func keySlot(of identity: UInt64) -> Int? { keySlot[identity].map(Int.init) }

    var rememberedKeys: [UInt64] { keyStore }
}
