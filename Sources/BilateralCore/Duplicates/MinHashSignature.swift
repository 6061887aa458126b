/// A MinHash signature of a set of shingle hashes, by one-permutation hashing with optimal densification
/// (Li, Owen & Zhang 2012; Shrivastava 2017): each shingle is hashed once, its top bits pick one of `bins`
/// bins and the bin keeps the smallest value it is given; an empty bin borrows the value of a non-empty bin
/// chosen by a fixed hash of its number and the attempt. The share of bins two signatures agree on
/// estimates the Jaccard similarity of the two sets, as `bins` independent permutations would, at the cost
/// of one hash per shingle instead of `bins`.
public struct MinHashSignature: Sendable, Equatable {
    /// Bins per signature: 32 LSH bands of 4 rows.
    public static let bins = 128
    private static let binBits = 7
    private static let seed: UInt64 = 0x6269_6C61_7465_7261  // "bilatera": fixed, so every run agrees

    public let values: [UInt64]

    /// The signature of `shingles` (hashes as `WordShingles` gives them); nil for no shingle at all.
    public init?(shingles: [UInt64]) {
        guard !shingles.isEmpty else { return nil }
        let empty = UInt64.max
        var bins = [UInt64](repeating: empty, count: Self.bins)
        for shingle in shingles {
            // The shingle hashes are already mixed; mixing once more with the seed keeps bins and values
            // independent of how shingles were hashed.
            let hash = Mixing.mix(shingle ^ Self.seed)
            let bin = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.binBits))
            let value = hash & (UInt64.max >> UInt64(Self.binBits))
            if value < bins[bin] { bins[bin] = value }
        }
        var dense = bins
        for bin in dense.indices where bins[bin] == empty {
            var attempt: UInt64 = 1
            while true {
                let donor = Int(truncatingIfNeeded: Mixing.mix(Self.seed ^ (UInt64(bin) << 32) ^ attempt) % UInt64(Self.bins))
                if bins[donor] != empty {
                    dense[bin] = bins[donor]
                    break
                }
                attempt += 1
            }
        }
        values = dense
    }

    /// The estimated Jaccard similarity of the two sets: the share of bins that agree.
    public func estimatedSimilarity(to other: MinHashSignature) -> Double {
        let agreeing = zip(values, other.values).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        return Double(agreeing) / Double(values.count)
    }

    /// One key per band of `rows` bins: two signatures that agree on every bin of a band share its key.
    public func bandKeys(rows: Int) -> [UInt64] {
        stride(from: 0, to: values.count - rows + 1, by: rows).map { start in
            var key = Mixing.mix(UInt64(start))
            for value in values[start..<(start + rows)] { key = Mixing.mix(key ^ value) }
            return key
        }
    }
}

/// The exact Jaccard similarity of two sorted, distinct hash sets: |A ∩ B| / |A ∪ B|.
public enum ShingleSimilarity {
    public static func jaccard(_ first: [UInt64], _ second: [UInt64]) -> Double {
        guard !first.isEmpty || !second.isEmpty else { return 1 }
        var i = 0, j = 0, common = 0
        while i < first.count, j < second.count {
            if first[i] == second[j] {
                common += 1
                i += 1
                j += 1
            } else if first[i] < second[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(common) / Double(first.count + second.count - common)
    }
}
