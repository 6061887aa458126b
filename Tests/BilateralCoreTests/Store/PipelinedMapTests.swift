import Foundation
import Synchronization
import Testing
@testable import BilateralCore

@Suite struct PipelinedMapTests {
    /// Items of very different cost, so workers finish out of order.
    private func slowSquare(_ item: Int) -> Int {
        if item % 7 == 0 { usleep(2_000) }
        return item * item
    }

    @Test(arguments: [1, 2, 4])
    func batchesArriveInItemOrderWithEveryOutput(threads: Int) {
        let items = Array(0..<203)
        var batches: [[Int]] = []
        PipelinedMap.run(items, batchSize: 10, threads: threads, makeWorker: { () }, transform: { item, _ in slowSquare(item) }) { batch in
            batches.append(Array(batch))
            return true
        }
        #expect(batches.flatMap { $0 } == items.map { $0 * $0 })
        #expect(batches.map(\.count) == Array(repeating: 10, count: 20) + [3])
    }

    @Test func stoppingMakesNoMoreThanTheWindowAhead() {
        let made = Atomic<Int>(0)
        var taken = 0
        PipelinedMap.run(Array(0..<1_000), batchSize: 5, threads: 2, batchesAhead: 2, makeWorker: { () }, transform: { item, _ -> Int in
            made.add(1, ordering: .relaxed)
            return item
        }) { batch in
            taken += batch.count
            return taken < 10
        }
        #expect(taken == 10)
        // The workers may run at most two batches past what the consumer took, plus the item each had in hand.
        #expect(made.load(ordering: .relaxed) <= 10 + 2 * 5 + 2)
    }

    @Test func aThrowingConsumerStopsTheWorkersAndRethrows() {
        struct Failed: Error {}
        let made = Atomic<Int>(0)
        #expect(throws: Failed.self) {
            try PipelinedMap.run(Array(0..<500), batchSize: 4, threads: 2, makeWorker: { () }, transform: { item, _ -> Int in
                made.add(1, ordering: .relaxed)
                return item
            }) { _ in throw Failed() }
        }
        #expect(made.load(ordering: .relaxed) < 500)
    }

    @Test func eachThreadHasItsOwnWorker() {
        final class Worker: @unchecked Sendable {
            // Unchecked: used by the one thread that made it.
            var seen = 0
        }
        let workers = Mutex<Int>(0)
        var outputs: [Int] = []
        PipelinedMap.run(Array(0..<100), batchSize: 8, threads: 3, makeWorker: { () -> Worker in
            workers.withLock { $0 += 1 }
            return Worker()
        }, transform: { item, worker in
            worker.seen += 1
            return item
        }) { batch in
            outputs += batch
            return true
        }
        #expect(outputs == Array(0..<100))
        #expect(workers.withLock { $0 } == 3)
    }

    @Test func noItemsCallsNothing() {
        var called = false
        PipelinedMap.run([Int](), batchSize: 3, makeWorker: { () }, transform: { item, _ in item }) { _ in
            called = true
            return true
        }
        #expect(!called)
    }
}
