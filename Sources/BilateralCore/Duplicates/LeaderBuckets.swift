/// The LSH buckets of near-duplicate detection: for each band key, the group leaders filed under it, in the
/// order they were filed.
///
/// One table entry per key and one list node per (key, leader), all in flat arrays: a corpus files tens of
/// thousands of leaders under 32 keys each, and an array per key would be as many allocations, freed again
/// at the end of the step.
struct LeaderBuckets {
    private struct Bucket {
        var head: Int32
        var tail: Int32
    }

    private var buckets: [UInt64: Bucket] = [:]
    private var leaderOfNode: [Int32] = []
    private var nextNode: [Int32] = []

    /// Files `leader` under `key`, after the leaders filed there before.
    mutating func add(leader: Int, under key: UInt64) {
        let node = Int32(leaderOfNode.count)
        leaderOfNode.append(Int32(leader))
        nextNode.append(-1)
        if let bucket = buckets[key] {
            nextNode[Int(bucket.tail)] = node
            buckets[key] = Bucket(head: bucket.head, tail: node)
        } else {
            buckets[key] = Bucket(head: node, tail: node)
        }
    }

    /// Calls `body` with each leader filed under `key`, oldest filing first, while it returns true.
    func forEachLeader(under key: UInt64, _ body: (Int) -> Bool) {
        guard var node = buckets[key]?.head else { return }
        while node >= 0 {
            guard body(Int(leaderOfNode[Int(node)])) else { return }
            node = nextNode[Int(node)]
        }
    }
}
