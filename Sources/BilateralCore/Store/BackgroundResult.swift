import Foundation

/// A value worked out on a thread of its own while the caller does something else, then waited for: the
/// corpus-level step runs its independent parts side by side so that the second core does not idle through
/// the serial ones (the duplicate step's leader loop, the focal pair's figures, writing the memo).
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    // Unchecked: `work` and `result` are touched by the worker only before `done` is signalled, and by the
    // caller only after it.
    private var work: (@Sendable () -> Value)?
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    /// Starts `work` at once on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        let thread = Thread { [self] in
            runWork()
            done.signal()
        }
        // As the extraction workers: reading an article may recurse deeply.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Runs the work and lets go of it before the caller is told it is done: what the work captured (a store's
    /// connection, say) is released by then, not whenever the thread happens to exit. A store closed late would
    /// write its last checkpoint after the caller thought it finished with the file.
    private func runWork() {
        guard let work else { return }
        self.work = nil
        result = work()
    }

    /// The value, once the work is done (waiting for it the first time); nil only if the work never set it.
    func value() -> Value? {
        if !waited {
            done.wait()
            waited = true
        }
        return result
    }

    /// As `value()`, handing the value over: this result no longer holds it, so the caller's copy is the only
    /// one and changing it copies nothing.
    func take() -> Value? {
        defer { result = nil }
        return value()
    }
}
