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
    private var keySlot: [UInt64: Int32] = [:]
    private var keyStore: [UInt64] = []
    private(set) var similarities: [Pair: Double] = [:]
    /// True when the last run learnt or forgot anything: the memo is worth storing again.
    public private(set) var changed = false
    /// What the last run had to compute: articles shingled for band keys, pairs compared on their exact sets.
    public private(set) var computedBandKeys = 0
    public private(set) var computedSimilarities = 0

    public init(settings: DuplicateDetection.Settings = .standard) {
        self.settings = settings
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
        similarities: [Pair: Double], computedBandKeys: Int, computedSimilarities: Int, before: DuplicateMemo
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
        memo.computedSimilarities = computedSimilarities
        // Nothing computed and nothing forgotten: what is left is what was there.
        memo.changed = computedBandKeys > 0 || computedSimilarities > 0 || before.settings != settings
            || before.keySlot.count != memo.keySlot.count || before.similarities.count != memo.similarities.count
        return memo
    }

    // MARK: - Stored form

    /// Raised whenever the layout below changes: a memo of another layout is not read.
    static let format: UInt64 = 1

    /// The memo as bytes, for the store: fixed-width little-endian numbers, read back without parsing text.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + keySlot.count * (9 + 8 * settings.bands) + similarities.count * 24)
        func put(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(Self.format)
        for number in [settings.shingleSize, settings.bands, settings.rows] { put(UInt64(number)) }
        put(settings.cut.bitPattern)
        put(UInt64(keySlot.count))
        for (identity, slot) in keySlot {
            put(identity)
            if slot < 0 {
                out.append(0)
            } else {
                out.append(1)
                for key in keyStore[Int(slot)..<(Int(slot) + settings.bands)] { put(key) }
            }
        }
        put(UInt64(similarities.count))
        for (pair, value) in similarities {
            put(pair.low)
            put(pair.high)
            put(value.bitPattern)
        }
        return out
    }

    /// The memo `bytes` hold; nil when they are damaged or of another layout (the next run starts afresh).
    public init?(encoded bytes: [UInt8]) {
        var offset = 0
        func take() -> UInt64? {
            guard offset + 8 <= bytes.count else { return nil }
            defer { offset += 8 }
            return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        }
        guard take() == Self.format, let shingleSize = take(), let bands = take(), let rows = take(), let cut = take(),
              bands > 0, bands <= 1024, let count = take(), count <= UInt64(bytes.count) else { return nil }
        var settings = DuplicateDetection.Settings()
        settings.shingleSize = Int(shingleSize)
        settings.bands = Int(bands)
        settings.rows = Int(rows)
        settings.cut = Double(bitPattern: cut)
        self.init(settings: settings)
        keySlot.reserveCapacity(Int(count))
        keyStore.reserveCapacity(Int(count) * settings.bands)
        for _ in 0..<count {
            guard let identity = take(), offset < bytes.count else { return nil }
            let flag = bytes[offset]
            offset += 1
            if flag == 0 {
                keySlot[identity] = -1
                continue
            }
            guard flag == 1 else { return nil }
            keySlot[identity] = Int32(keyStore.count)
            for _ in 0..<settings.bands {
                guard let key = take() else { return nil }
                keyStore.append(key)
            }
        }
        guard let pairs = take(), pairs <= UInt64(bytes.count) else { return nil }
        similarities.reserveCapacity(Int(pairs))
        for _ in 0..<pairs {
            guard let low = take(), let high = take(), let value = take() else { return nil }
            similarities[Pair(low, high)] = Double(bitPattern: value)
        }
        guard offset == bytes.count else { return nil }
    }
}
