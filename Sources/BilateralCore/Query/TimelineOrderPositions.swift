/// Where each article and event sits in the timeline's fixed order (`TimelineOrder`), so that a
/// filter's result becomes a bitmap over that order in one pass over what it kept: a filtered
/// timeline then reads only the kept entries, in order, instead of testing every entry of the corpus.
struct TimelineOrderPositions: Sendable {
    /// Per article, its position in the order; -1 for one left out (a near-duplicate copy).
    private let article: [Int32]
    /// Per event, its position in the order; -1 for one left out (an event of a copy).
    private let event: [Int32]
    /// How many entries the order has.
    let count: Int

    init(order: [(section: Int, entry: Timeline.Entry)], articleCount: Int, eventCount: Int) {
        var article = [Int32](repeating: -1, count: articleCount)
        var event = [Int32](repeating: -1, count: eventCount)
        for (position, row) in order.enumerated() {
            switch row.entry {
            case .article(let index) where article.indices.contains(index): article[index] = Int32(clamping: position)
            case .event(let index) where event.indices.contains(index): event[index] = Int32(clamping: position)
            default: break
            }
        }
        self.article = article
        self.event = event
        count = order.count
    }

    /// One bit per position of the order, set where `filtered` keeps the article or event there.
    func kept(_ filtered: FilteredModel) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        bits.withUnsafeMutableBufferPointer { bits in
            func mark(_ items: [Int], _ positions: [Int32]) {
                positions.withUnsafeBufferPointer { positions in
                    for item in items where item >= 0 && item < positions.count {
                        let position = Int(positions[item])
                        if position >= 0 { bits[position >> 6] |= 1 << UInt64(position & 63) }
                    }
                }
            }
            mark(filtered.articles, article)
            mark(filtered.events, event)
        }
        return bits
    }
}
