/// For every pair of adjacent bytes in the folded article texts, the articles that hold it.
///
/// A folded needle of one or two bytes (`r`, `sa`, `^t`) is decided here exactly, without
/// reading any text; a longer one is present only where all its byte pairs are, which
/// leaves few articles to scan.
struct BigramPostings: Sendable {
    /// Byte pair (first << 8 | second) → its bitmap's number in `bitmaps`, or -1 when no article has it.
    private var slots = [Int32](repeating: -1, count: 1 << 16)
    /// The bitmaps, `stride` words each, one after another.
    private var bitmaps: [UInt64] = []
    private let stride: Int
    /// Per byte pair, the last article counted (plus one), so each article sets a bit once.
    private var lastArticle = [Int32](repeating: 0, count: 1 << 16)

    init(articleCount: Int) {
        stride = ArticleBits.wordCount(articleCount)
    }

    /// Records the byte pairs of article `article`'s folded text.
    mutating func add(_ text: UnsafeRawBufferPointer, article: Int) {
        guard text.count >= 2 else { return }
        let stamp = Int32(truncatingIfNeeded: article + 1)
        let bit: UInt64 = 1 << UInt64(article & 63)
        let word = article >> 6
        var previous = Int(text[0])
        for offset in 1..<text.count {
            let current = Int(text[offset])
            let pair = previous << 8 | current
            previous = current
            guard lastArticle[pair] != stamp else { continue }
            lastArticle[pair] = stamp
            var slot = Int(slots[pair])
            if slot < 0 {
                slot = bitmaps.count / max(1, stride)
                slots[pair] = Int32(slot)
                bitmaps.append(contentsOf: repeatElement(0, count: stride))
            }
            bitmaps[slot * stride + word] |= bit
        }
    }

    /// Drops the build-time bookkeeping once every article is added.
    mutating func finish() {
        lastArticle = []
    }

    /// Keeps in `candidates` only the articles holding every byte pair of `needle`, or for a
    /// one-byte needle, that byte followed by anything (every folded text ends in `\n`).
    func narrow(_ candidates: inout ArticleBits, toContain needle: [UInt8]) {
        guard stride > 0, candidates.words.count == stride else { return }
        if needle.count == 1 {
            var union = [UInt64](repeating: 0, count: stride)
            let first = Int(needle[0]) << 8
            for second in 0..<256 {
                let slot = Int(slots[first | second])
                guard slot >= 0 else { continue }
                for word in 0..<stride { union[word] |= bitmaps[slot * stride + word] }
            }
            union.withUnsafeBufferPointer { candidates.formIntersection($0) }
            return
        }
        guard needle.count >= 2 else { return }
        bitmaps.withUnsafeBufferPointer { all in
            for offset in 1..<needle.count {
                let slot = Int(slots[Int(needle[offset - 1]) << 8 | Int(needle[offset])])
                guard slot >= 0 else {
                    candidates.removeAll()
                    return
                }
                candidates.formIntersection(UnsafeBufferPointer(rebasing: all[(slot * stride)..<((slot + 1) * stride)]))
            }
        }
    }
}
