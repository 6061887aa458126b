import Dispatch
import Foundation
import Synchronization

/// Maps independent items on every core, keeping their order: articles share nothing but the
/// process-wide numbering tables, which are safe to use from several threads.
enum ParallelMap {
    /// Items handed to a thread at a time: small enough to even out long and short articles.
    static let batch = 4

    /// `transform` applied to each item, in item order; each thread gets its own `makeWorker()` value
    /// (a cache that is not shared).
    static func map<Item: Sendable, Worker, Output: Sendable>(
        _ items: [Item], threads: Int = ProcessorCount.active, makeWorker: () -> Worker,
        _ transform: (Item, Worker) -> Output
    ) -> [Output] {
        let workers = min(max(1, threads), (items.count + batch - 1) / batch)
        guard workers > 1 else {
            let worker = makeWorker()
            return items.map { transform($0, worker) }
        }
        let results = ResultSlots<Output>(count: items.count)
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(makeWorker) { makeWorker in
            withoutActuallyEscaping(transform) { transform in
                let job = UncheckedJob(makeWorker: makeWorker, transform: transform)
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    let worker = job.makeWorker()
                    while true {
                        let start = next.add(batch, ordering: .relaxed).oldValue
                        guard start < items.count else { break }
                        for index in start..<min(start + batch, items.count) {
                            results.set(index, job.transform(items[index], worker))
                        }
                    }
                }
            }
        }
        return results.collect()
    }

    // Unchecked: the closures are called from several threads, but they touch only their own worker value and
    // the shared tables that lock or publish atomically.
    private struct UncheckedJob<Item, Worker, Output>: @unchecked Sendable {
        let makeWorker: () -> Worker
        let transform: (Item, Worker) -> Output
    }
}

/// One slot per result, each written by exactly one thread before `collect` reads them all.
private final class ResultSlots<Output>: @unchecked Sendable {
    // Unchecked: distinct threads write distinct slots, and `collect` runs after `concurrentPerform` returns.
    private let slots: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Output) { slots[index] = value }

    func collect() -> [Output] {
        (0..<count).compactMap { slots[$0] }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}

/// How many threads extraction uses.
public enum ProcessorCount {
    /// The cores this process may run on, or `BILATERAL_THREADS` when set (1 gives sequential extraction).
    public static var active: Int {
        if let text = ProcessInfo.processInfo.environment["BILATERAL_THREADS"], let value = Int(text), value >= 1 { return value }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
