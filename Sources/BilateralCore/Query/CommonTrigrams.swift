/// Exact article bitmaps of the corpus' most widespread byte trigrams, so that the first three
/// letters of a word typed into the filter ("abe", "act", "era") are answered from one row
/// instead of a scan of most of the corpus' text.
///
/// A trigram that many articles hold is the expensive one to scan for (few articles can be
/// ruled out, and a scan reads every byte of those that lack it); a rare one leaves few
/// candidates, so only widespread trigrams get a row. Which ones is judged from a sample of
/// the articles, and at most `limit` rows are kept, so the memory is bounded at any size
/// (`limit` × articles / 8 bytes: 12.8 MB at 100,000 articles).
struct CommonTrigrams: Sendable {
    /// Packed trigram (`a << 16 | b << 8 | c`) → its row.
    private let slots: [Int32: Int32]
    private let rows: [UInt64]
    private let stride: Int

    /// The most rows kept.
    static let limit = 1_024
    /// A trigram gets a row when at least this share of the sampled articles holds it.
    static let minimumShare = 0.02
    /// Articles sampled to judge which trigrams are widespread.
    static let sampleSize = 1_024

    /// The rows of `starts.count - 1` articles whose folded texts lie in `bytes` (article `i`
    /// is `bytes[starts[i]..<starts[i + 1]]`).
    init(bytes: UnsafeRawBufferPointer, starts: [Int]) {
        let articleCount = max(0, starts.count - 1)
        stride = ArticleBits.wordCount(articleCount)
        let chosen = Self.widespread(bytes: bytes, starts: starts)
        guard !chosen.isEmpty else {
            slots = [:]
            rows = []
            return
        }
        // Which packed trigrams have a row, one bit each (2 MB), and per 64 of them how many
        // before have one, so the pass over every byte finds a row by a bit test and a count.
        var member = [UInt64](repeating: 0, count: (1 << 24) / 64)
        for trigram in chosen { member[trigram >> 6] |= 1 << UInt64(trigram & 63) }
        var before = [Int32](repeating: 0, count: member.count)
        var running: Int32 = 0
        for word in member.indices {
            before[word] = running
            running += Int32(member[word].nonzeroBitCount)
        }
        var rows = [UInt64](repeating: 0, count: chosen.count * stride)
        let stride = self.stride
        member.withUnsafeBufferPointer { member in
            before.withUnsafeBufferPointer { before in
                rows.withUnsafeMutableBufferPointer { rows in
                    for article in 0..<articleCount {
                        let start = starts[article], end = starts[article + 1]
                        guard end - start >= 3 else { continue }
                        let word = article >> 6, bit: UInt64 = 1 << UInt64(article & 63)
                        var packed = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                        for offset in (start + 2)..<end {
                            packed = (packed << 8 | Int(bytes[offset])) & 0xFF_FFFF
                            let bits = member[packed >> 6], mask: UInt64 = 1 << UInt64(packed & 63)
                            guard bits & mask != 0 else { continue }
                            let slot = Int(before[packed >> 6]) + (bits & (mask &- 1)).nonzeroBitCount
                            rows[slot * stride + word] |= bit
                        }
                    }
                }
            }
        }
        // The same slots by trigram, for the few lookups a query makes.
        var slots: [Int32: Int32] = [:]
        for trigram in chosen {
            let word = trigram >> 6, mask: UInt64 = 1 << UInt64(trigram & 63)
            slots[Int32(trigram)] = before[word] + Int32((member[word] & (mask &- 1)).nonzeroBitCount)
        }
        self.slots = slots
        self.rows = rows
    }

    /// True when `packed` has an exact row.
    func knows(_ packed: Int) -> Bool { slots[Int32(truncatingIfNeeded: packed)] != nil }

    /// Keeps in `candidates` only the articles holding trigram `packed`; false (and nothing
    /// changed) when it has no row.
    @discardableResult
    func narrow(_ candidates: inout ArticleBits, toHold packed: Int) -> Bool {
        guard candidates.words.count == stride, let slot = slots[Int32(truncatingIfNeeded: packed)] else { return false }
        let start = Int(slot) * stride
        rows.withUnsafeBufferPointer { all in
            candidates.formIntersection(UnsafeBufferPointer(rebasing: all[start..<(start + stride)]))
        }
        return true
    }

    /// The trigrams held by at least `minimumShare` of a sample of evenly spaced articles,
    /// most widespread first, at most `limit`.
    private static func widespread(bytes: UnsafeRawBufferPointer, starts: [Int]) -> [Int] {
        let articleCount = max(0, starts.count - 1)
        guard articleCount > 0 else { return [] }
        let step = max(1, articleCount / sampleSize)
        var held: [Int32: Int32] = [:]
        var seen = Set<Int32>()
        var sampled = 0
        for article in Swift.stride(from: 0, to: articleCount, by: step) {
            sampled += 1
            let start = starts[article], end = starts[article + 1]
            guard end - start >= 3 else { continue }
            seen.removeAll(keepingCapacity: true)
            var packed = Int(bytes[start]) << 8 | Int(bytes[start + 1])
            for offset in (start + 2)..<end {
                packed = (packed << 8 | Int(bytes[offset])) & 0xFF_FFFF
                seen.insert(Int32(packed))
            }
            for trigram in seen { held[trigram, default: 0] += 1 }
        }
        let least = max(2, Int((Double(sampled) * minimumShare).rounded(.up)))
        let kept = held.filter { $0.value >= Int32(least) }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(limit)
        return kept.map { Int($0.key) }
    }
}
