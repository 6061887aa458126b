import Foundation

/// A value worked out on a thread of its own while the caller does something else, then waited for: the
/// corpus-level step runs its independent parts side by side so that the second core does not idle through
/// the serial ones (the duplicate step's leader loop, the focal pair's figures, writing the memo).
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    // Unchecked: `result` is written once by the worker before `done` is signalled and read only after it.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    /// Starts `work` at once on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        // As the extraction workers: reading an article may recurse deeply.
        thread.stackSize = 8 << 20
        thread.start()
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
