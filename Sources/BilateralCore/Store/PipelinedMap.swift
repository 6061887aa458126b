import Foundation

/// Maps independent items on worker threads while the calling thread takes the results in item order, a
/// batch at a time: whatever the caller does with one batch (encode it, store it, show it) runs while the
/// workers go on with the next ones, and no worker waits at the end of a batch for the slowest item of it.
///
/// `ParallelMap` stops every core at the end of each call; between the store's batches that left one core
/// idle while the batch was written and the last long article of it was extracted.
enum PipelinedMap {
    /// Calls `consume` with the outputs of `items`, in order, `batchSize` at a time (the last batch may be
    /// shorter), from the calling thread.
    /// - Parameters:
    ///   - threads: worker threads; each gets its own `makeWorker()` value (a cache that is not shared).
    ///   - batchesAhead: how many batches the workers may finish before the caller has taken them, so that a
    ///     slow consumer holds back the workers rather than let results pile up in memory.
    ///   - consume: returns false to stop: the workers finish the item each is on and the rest is never made.
    /// - Throws: what `consume` throws, after the workers have stopped.
    static func run<Item: Sendable, Worker, Output: Sendable>(
        _ items: [Item], batchSize: Int, threads: Int = ProcessorCount.active, batchesAhead: Int = 3,
        makeWorker: () -> Worker, transform: (Item, Worker) -> Output,
        consume: (ArraySlice<Output>) throws -> Bool
    ) rethrows {
        guard !items.isEmpty else { return }
        let size = max(1, batchSize)
        let workers = min(max(1, threads), items.count)
        let state = PipelineState<Output>(count: items.count, window: size * max(1, batchesAhead))
        try withoutActuallyEscaping(makeWorker) { makeWorker in
            try withoutActuallyEscaping(transform) { transform in
                let job = UncheckedJob(makeWorker: makeWorker, transform: transform)
                let finished = DispatchGroup()
                for _ in 0..<workers {
                    finished.enter()
                    // The thread holds its block until it exits, after `leave`: the closures reach it through a box
                    // it empties first, so none of them is still held when `run` returns.
                    let box = JobBox(job)
                    let thread = Thread {
                        if let job = box.job {
                            let worker = job.makeWorker()
                            while let index = state.claim() {
                                state.deliver(index, job.transform(items[index], worker))
                            }
                        }
                        box.job = nil
                        finished.leave()
                    }
                    // Extraction recurses over long sentences: the main thread's stack size, not a secondary thread's 512 KB.
                    thread.stackSize = 8 << 20
                    thread.start()
                }
                // The closures must not outlive this call: every worker is done before it returns or throws.
                defer {
                    state.stop()
                    finished.wait()
                }
                for start in stride(from: 0, to: items.count, by: size) {
                    let outputs = state.take(start..<min(start + size, items.count))
                    guard try consume(outputs[...]) else { return }
                }
            }
        }
    }

    // Unchecked: the closures are called from the worker threads, which end before `run` returns; they touch
    // only their own worker value and what the caller made safe to share (as `ParallelMap`'s closures).
    private struct UncheckedJob<Item, Worker, Output>: @unchecked Sendable {
        let makeWorker: () -> Worker
        let transform: (Item, Worker) -> Output
    }

    // Unchecked: filled before its thread starts, emptied by that thread alone.
    private final class JobBox<Item, Worker, Output>: @unchecked Sendable {
        var job: UncheckedJob<Item, Worker, Output>?

        init(_ job: UncheckedJob<Item, Worker, Output>) { self.job = job }
    }
}

/// What the workers and the consumer share, behind one condition: the next item to claim, the finished
/// outputs not yet taken, and how far the consumer has taken them.
private final class PipelineState<Output>: @unchecked Sendable {
    // Unchecked: every property is read and written with `condition` locked.
    private let condition = NSCondition()
    private var slots: [Output?]
    private var nextToClaim = 0
    private var taken = 0
    private var stopped = false
    private let window: Int

    init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = window
    }

    /// The next item for a worker, waiting while it is more than the window ahead of the consumer; nil when
    /// every item is claimed or the consumer stopped.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && nextToClaim < slots.count && nextToClaim >= taken + window { condition.wait() }
        guard !stopped, nextToClaim < slots.count else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    func deliver(_ index: Int, _ output: Output) {
        condition.lock()
        slots[index] = output
        condition.broadcast()
        condition.unlock()
    }

    /// The outputs of `range`, once all of them are delivered.
    func take(_ range: Range<Int>) -> [Output] {
        condition.lock()
        defer { condition.unlock() }
        while range.contains(where: { slots[$0] == nil }) { condition.wait() }
        let outputs = range.compactMap { index -> Output? in
            defer { slots[index] = nil }
            return slots[index]
        }
        taken = range.upperBound
        condition.broadcast()
        return outputs
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
