import Foundation

/// Builds the state of a large corpus on another thread (its indexes, whole timeline and overview
/// take seconds at 100,000 articles) while the run loop draws a state made from the timeline's
/// opening articles (`TimelineSample`) and goes on reading keys.
final class StateBuilder: @unchecked Sendable {
    private let queue = DispatchQueue(label: "bilateral.state", qos: .userInitiated)
    private let lock = NSLock()
    private var built: AppState?
    /// Raised by `start` and `discard`: a state begun before is not reported.
    private var epoch = 0
    private var running = false
    private let beforeMake: @Sendable () -> Void

    init(beforeMake: @escaping @Sendable () -> Void = {}) {
        self.beforeMake = beforeMake
    }

    /// True while a state is being built or waits to be taken.
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running || built != nil
    }

    /// Builds `make()` in the background; a build still running is overtaken (its state is dropped).
    func start(_ make: @escaping @Sendable () -> AppState) {
        lock.lock()
        epoch += 1
        let started = epoch
        built = nil
        running = true
        lock.unlock()
        queue.async {
            self.beforeMake()
            let state = make()
            self.lock.lock()
            if self.epoch == started {
                self.built = state
                self.running = false
            }
            self.lock.unlock()
        }
    }

    /// The built state, once; nil while it is not ready.
    func take() -> AppState? {
        lock.lock()
        defer { lock.unlock() }
        let state = built
        built = nil
        return state
    }

    /// Forgets the build under way (a newer model arrived).
    func discard() {
        lock.lock()
        epoch += 1
        built = nil
        running = false
        lock.unlock()
    }
}
