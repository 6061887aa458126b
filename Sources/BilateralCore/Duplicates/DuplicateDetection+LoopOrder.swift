/// The leader loop of the duplicate step, run while the exact shingle sets it will measure are made on every core.
extension DuplicateDetection {
    /// The articles whose exact shingle sets the leader loop will measure, to be made ahead on every core, when
    /// most articles are new (a first open): those that share a band key with another, the only ones ever
    /// compared. With few new articles, none: the loop asks for a few and makes them itself.
    static func articlesComparedAhead(bandKeys: [[UInt64]?], newCount: Int, settings: Settings) -> [Int] {
        guard newCount * 2 > bandKeys.count, bandKeys.count > 1 else { return [] }
        var holders: [UInt64: Int] = [:]
        holders.reserveCapacity(bandKeys.count * settings.bands)
        for keys in bandKeys { for key in keys ?? [] { holders[key, default: 0] += 1 } }
        return bandKeys.indices.filter { index in bandKeys[index]?.contains { holders[$0, default: 0] > 1 } ?? false }
    }

    /// Calls `place` with each article of `order`, in order, on the calling thread, while worker threads make the
    /// shingle sets of `ahead` in the order the loop reaches them (handed over through `made`, on the calling
    /// thread, before the article is placed). The loop and the set-making overlap: the serial loop no longer waits
    /// for every set, and the second core makes sets while the first places articles.
    ///
    /// The sets change only when, never whether, a set is made: an article compared before its set arrives has it
    /// made by the loop (`ShingleSets`), so the decisions are those of the loop run alone.
    static func visitInLoopOrder(
        _ order: [Int], makingAhead ahead: [Int], articles: [Article], bodies: ArticleBodies, size: Int,
        made: (Int, [UInt64]) -> Void, place: (Int) -> Void
    ) {
        var position = [Int](repeating: -1, count: articles.count)
        for (at, index) in order.enumerated() where position.indices.contains(index) { position[index] = at }
        // Articles the loop never visits (linked summaries) are never compared: no set is made for them.
        let queue = ahead.filter { position.indices.contains($0) && position[$0] >= 0 }.sorted { position[$0] < position[$1] }
        var next = 0
        guard !queue.isEmpty else {
            for index in order { place(index) }
            return
        }
        var taken = 0
        let batch = max(8, queue.count / 128)
        // No window: every set is kept until the loop is done with it anyway, so workers never wait for the loop.
        PipelinedMap.run(
            queue, batchSize: batch, batchesAhead: queue.count / batch + 1, makeWorker: { () },
            transform: { index, _ in WordShingles.set(of: bodies.withBody(articles[index]), size: size) }
        ) { sets in
            for (index, set) in zip(queue[taken...], sets) { made(index, set) }
            taken += sets.count
            // Every article before the next one whose set is still being made can be placed: it is compared only
            // with articles before it.
            let reach = taken < queue.count ? position[queue[taken]] : order.count
            while next < reach {
                place(order[next])
                next += 1
            }
            return true
        }
        while next < order.count {
            place(order[next])
            next += 1
        }
    }
}
