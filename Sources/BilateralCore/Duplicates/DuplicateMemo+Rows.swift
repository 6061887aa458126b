/// The memo as the store keeps it, in two kinds of rows so that an open with one file changed reads only what it
/// needs: every article's band keys, in a few dozen chunks by identity (a replay scans every article's keys, so
/// all are read, as flat bytes), and per article identity the similarities of the pairs it owns (a pair belongs
/// to the higher of its two identities), read only for the pairs a replay asks about. One changed file writes
/// the chunks of its old and new identities and the pair rows of its articles and of the few leaders it was
/// compared with, never the whole memo.
extension DuplicateMemo {
    /// Raised whenever the row layout below changes: rows of another layout are not read.
    static let rowFormat: UInt64 = 2

    /// The chunk that keeps `identity`'s band keys: one of 64, by its top bits (about 1,600 articles a chunk at
    /// 100,000 articles, so a change rewrites a few hundred kilobytes).
    static func keyChunk(of identity: UInt64) -> Int { Int(identity >> 58) }

    /// The rows this memo needs written and the identities whose rows must go, since the memo it was made from.
    /// - Returns: `rewritesAll` true when every stored row must be dropped first (no memo, or other settings);
    ///   `chunks`, the band-key chunks to write (each whole).
    func changedRows() -> (
        written: [(identity: UInt64, bytes: [UInt8])], removed: [UInt64], rewritesAll: Bool, chunks: [(chunk: Int, bytes: [UInt8])]
    ) {
        let owners: Set<UInt64>
        let chunkNumbers: Set<Int>
        if rewritesAll {
            owners = Set(keySlot.keys)
            chunkNumbers = Set(keySlot.keys.map { Self.keyChunk(of: $0) })
        } else {
            owners = Set(addedIdentities).union(measuredPairs.map(\.high))
            chunkNumbers = Set((addedIdentities + forgottenIdentities).map { Self.keyChunk(of: $0) })
        }
        var pairsOf: [UInt64: [(other: UInt64, value: Double)]] = [:]
        if !owners.isEmpty {
            for (pair, value) in similarities where owners.contains(pair.high) {
                pairsOf[pair.high, default: []].append((pair.low, value))
            }
        }
        var written: [(identity: UInt64, bytes: [UInt8])] = []
        written.reserveCapacity(owners.count)
        for identity in owners.sorted() where keySlot[identity] != nil {
            written.append((identity, Self.pairRow(pairsOf[identity] ?? [])))
        }
        var members: [Int: [UInt64]] = [:]
        if !chunkNumbers.isEmpty {
            for identity in keySlot.keys where chunkNumbers.contains(Self.keyChunk(of: identity)) {
                members[Self.keyChunk(of: identity), default: []].append(identity)
            }
        }
        let chunks = chunkNumbers.sorted().map { chunk in (chunk: chunk, bytes: keyChunkBytes(members[chunk]?.sorted() ?? [])) }
        return (written, forgottenIdentities, rewritesAll, chunks)
    }

    /// One identity's row of pairs: their count, then each pair as the other identity and the similarity, all
    /// fixed-width little-endian.
    private static func pairRow(_ pairs: [(other: UInt64, value: Double)]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(8 + 16 * pairs.count)
        func put(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt64(pairs.count))
        for (other, value) in pairs.sorted(by: { $0.other < $1.other }) {
            put(other)
            put(value.bitPattern)
        }
        return out
    }

    /// The band keys of `identities`, one after another: the identity, a flag (1: band keys follow, 0: no
    /// shingles), then the keys.
    private func keyChunkBytes(_ identities: [UInt64]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(identities.count * (16 + 8 * settings.bands))
        func put(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        for identity in identities {
            put(identity)
            if let slot = keySlot[identity], slot >= 0 {
                put(1)
                for key in keyStore[Int(slot)..<(Int(slot) + settings.bands)] { put(key) }
            } else {
                put(0)
            }
        }
        return out
    }

    /// The settings as the store keeps them beside the rows.
    func settingsBytes() -> [UInt8] {
        var out: [UInt8] = []
        func put(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(Self.rowFormat)
        for number in [settings.shingleSize, settings.bands, settings.rows] { put(UInt64(number)) }
        put(settings.cut.bitPattern)
        return out
    }

    /// An empty memo of the settings `bytes` hold; nil when damaged or of another row layout.
    init?(settingsBytes bytes: [UInt8]) {
        var reader = FixedWidthReader(bytes)
        guard reader.take() == Self.rowFormat, let shingleSize = reader.take(), let bands = reader.take(),
              let rows = reader.take(), let cut = reader.take(), bands > 0, bands <= 1024, reader.isAtEnd else { return nil }
        var settings = DuplicateDetection.Settings()
        settings.shingleSize = Int(shingleSize)
        settings.bands = Int(bands)
        settings.rows = Int(rows)
        settings.cut = Double(bitPattern: cut)
        self.init(settings: settings)
    }

    /// Adds the band keys a stored chunk holds; false when the chunk is damaged (the caller starts afresh).
    mutating func addKeyChunk(_ bytes: [UInt8]) -> Bool {
        var reader = FixedWidthReader(bytes)
        while !reader.isAtEnd {
            guard let identity = reader.take(), let flag = reader.take(), flag <= 1 else { return false }
            if flag == 1 {
                guard reader.remaining >= 8 * settings.bands else { return false }
                keySlot[identity] = Int32(keyStore.count)
                for _ in 0..<settings.bands {
                    guard let key = reader.take() else { return false }
                    keyStore.append(key)
                }
            } else {
                keySlot[identity] = -1
            }
        }
        return true
    }

    /// Makes room for the band keys of chunks of `bytes` bytes in all, once (room made chunk by chunk would copy
    /// the keys read so far at every chunk).
    mutating func reserveKeyChunks(bytes: Int) {
        keyStore.reserveCapacity(bytes / 8)
        keySlot.reserveCapacity(bytes / (16 + 8 * settings.bands))
    }

    /// Adds the pairs of the stored row of `owner`; false when the row is damaged (nothing is added then).
    mutating func addPairRow(owner: UInt64, bytes: [UInt8]) -> Bool {
        Self.readPairs(bytes, owner: owner, into: &similarities)
    }

    /// Reads the pairs of `owner`'s stored row into `pairs`; false (and nothing added) when the row is damaged.
    static func readPairs(_ bytes: [UInt8]?, owner: UInt64, into pairs: inout [Pair: Double]) -> Bool {
        guard let bytes else { return false }
        var reader = FixedWidthReader(bytes)
        guard let count = reader.take(), count == UInt64(reader.remaining / 16), reader.remaining % 16 == 0 else { return false }
        for _ in 0..<count {
            guard let other = reader.take(), let value = reader.take() else { return false }
            pairs[Pair(other, owner)] = Double(bitPattern: value)
        }
        return true
    }
}

/// Reads fixed-width little-endian numbers from bytes, nil past the end.
private struct FixedWidthReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }
    var remaining: Int { bytes.count - offset }

    mutating func take() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }
}
