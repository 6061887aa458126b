/// For each key (a byte pair, a hashed trigram, a hashed word), the bitmap of the articles
/// that hold it, stored key by key so that testing a key against every article is one pass
/// over a short row rather than a lookup per article.
struct ArticleBitmaps: Sendable {
    /// Key → its row in `rows`, or -1 when no article has it; rows are made on first use.
    private var slots: [Int32]
    /// The rows, `stride` words each, one after another.
    private var rows: [UInt64] = []
    private let stride: Int

    init(keyCount: Int, articleCount: Int) {
        slots = [Int32](repeating: -1, count: keyCount)
        stride = ArticleBits.wordCount(articleCount)
    }

    /// Records that article `article` holds each of `keys` (distinct, each in 0 ..< keyCount).
    mutating func add(_ keys: UnsafeBufferPointer<Int>, article: Int) {
        for key in keys where slots[key] < 0 {
            slots[key] = Int32(rows.count / max(1, stride))
            rows.append(contentsOf: repeatElement(0, count: stride))
        }
        let stride = self.stride, word = article >> 6, bit: UInt64 = 1 << UInt64(article & 63)
        slots.withUnsafeBufferPointer { slots in
            rows.withUnsafeMutableBufferPointer { rows in
                for key in keys { rows[Int(slots[key]) * stride + word] |= bit }
            }
        }
    }

    /// Keeps in `candidates` only the articles holding `key`.
    func narrow(_ candidates: inout ArticleBits, toHold key: Int) {
        guard candidates.words.count == stride else { return }
        let slot = Int(slots[key])
        guard slot >= 0 else {
            candidates.removeAll()
            return
        }
        rows.withUnsafeBufferPointer { all in
            candidates.formIntersection(UnsafeBufferPointer(rebasing: all[(slot * stride)..<((slot + 1) * stride)]))
        }
    }

    /// The articles holding any of `keys`.
    func union(of keys: some Sequence<Int>, count: Int) -> ArticleBits {
        var union = [UInt64](repeating: 0, count: stride)
        for key in keys {
            let slot = Int(slots[key])
            guard slot >= 0 else { continue }
            for word in 0..<stride { union[word] |= rows[slot * stride + word] }
        }
        return ArticleBits(words: union, count: count)
    }
}
