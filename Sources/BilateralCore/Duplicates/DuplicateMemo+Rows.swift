/// The memo as the store keeps it: one row per article identity, holding the article's band keys and the
/// similarities of the pairs it owns (a pair belongs to the higher of its two identities), so that one changed
/// file writes its own articles' rows and those of the few leaders it was compared with, never the whole memo.
extension DuplicateMemo {
    /// Raised whenever the row layout below changes: rows of another layout are not read.
    static let rowFormat: UInt64 = 1

    /// The rows this memo needs written and the identities whose rows must go, since the memo it was made from.
    /// - Returns: `rewritesAll` true when every stored row must be dropped first (no memo, or other settings).
    func changedRows() -> (written: [(identity: UInt64, bytes: [UInt8])], removed: [UInt64], rewritesAll: Bool) {
        let owners: Set<UInt64>
        if rewritesAll {
            owners = Set(keySlot.keys)
        } else {
            owners = Set(addedIdentities).union(measuredPairs.map(\.high))
        }
        guard !owners.isEmpty else { return ([], forgottenIdentities, rewritesAll) }
        var pairsOf: [UInt64: [(other: UInt64, value: Double)]] = [:]
        for (pair, value) in similarities where owners.contains(pair.high) {
            pairsOf[pair.high, default: []].append((pair.low, value))
        }
        var written: [(identity: UInt64, bytes: [UInt8])] = []
        written.reserveCapacity(owners.count)
        for identity in owners.sorted() where keySlot[identity] != nil {
            written.append((identity, row(of: identity, pairs: pairsOf[identity] ?? [])))
        }
        return (written, forgottenIdentities, rewritesAll)
    }

    /// One identity's row: a flag (1: band keys follow), the keys, then the pairs it owns, each as the other
    /// identity and the similarity, all fixed-width little-endian.
    private func row(of identity: UInt64, pairs: [(other: UInt64, value: Double)]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 + 8 * settings.bands + 8 + 16 * pairs.count)
        func put(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        if let slot = keySlot[identity], slot >= 0 {
            out.append(1)
            for key in keyStore[Int(slot)..<(Int(slot) + settings.bands)] { put(key) }
        } else {
            out.append(0)
        }
        put(UInt64(pairs.count))
        for (other, value) in pairs.sorted(by: { $0.other < $1.other }) {
            put(other)
            put(value.bitPattern)
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

    /// Adds the stored row of `identity`; false when the row is damaged (the caller starts afresh).
    mutating func addRow(identity: UInt64, bytes: [UInt8]) -> Bool {
        var reader = FixedWidthReader(bytes)
        guard let flag = reader.byte(), flag <= 1 else { return false }
        if flag == 1 {
            let start = keyStore.count
            for _ in 0..<settings.bands {
                guard let key = reader.take() else {
                    keyStore.removeSubrange(start...)
                    return false
                }
                keyStore.append(key)
            }
            keySlot[identity] = Int32(start)
        } else {
            keySlot[identity] = -1
        }
        guard let count = reader.take(), count <= UInt64(bytes.count / 16) else { return false }
        for _ in 0..<count {
            guard let other = reader.take(), let value = reader.take() else { return false }
            similarities[Pair(other, identity)] = Double(bitPattern: value)
        }
        return reader.isAtEnd
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

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func take() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }
}
