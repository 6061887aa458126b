import CNcursesw
import Synchronization

/// Signals that arrived since the last look, recorded by async-signal-safe handlers.
///
/// The handlers only store a flag: the input loop sees it when the blocked read
/// returns EINTR (they are installed without SA_RESTART for that reason).
enum SignalFlags {
    /// What a pending signal asks the input loop to do.
    enum Request: Int32, Sendable {
        case none = 0
        case interrupt = 1
        case hangUp = 2
    }

    private static let pending = Atomic<Int32>(0)

    /// The actions `install()` replaced, to put back on shutdown.
    struct SavedActions {
        fileprivate var actions: [(signal: Int32, action: sigaction)] = []
    }

    /// Catches SIGHUP, SIGTERM and SIGINT (ncurses then leaves them alone).
    /// - Returns: the actions replaced, for `uninstall`.
    static func install() -> SavedActions {
        _ = bilateral_unblock_terminal_signals()
        var saved = SavedActions()
        let handlers: [(Int32, @convention(c) (Int32) -> Void)] = [
            (SIGHUP, onHangUp), (SIGTERM, onHangUp), (SIGINT, onInterrupt),
        ]
        for (signal, handler) in handlers {
            var previous = sigaction()
            if bilateral_catch_signal(signal, handler, &previous) == 0 {
                saved.actions.append((signal, previous))
            }
        }
        return saved
    }

    /// Puts back what the process did with these signals before, so a later signal acts as it would have.
    static func uninstall(_ saved: SavedActions) {
        for (signal, action) in saved.actions.reversed() {
            var previous = action
            _ = bilateral_restore_signal(signal, &previous)
        }
    }

    /// The most urgent pending request, cleared except for a hang-up, which stays.
    static func take() -> Request {
        let value = pending.load(ordering: .acquiring)
        if value == Request.hangUp.rawValue { return .hangUp }
        if value == Request.interrupt.rawValue {
            _ = pending.compareExchange(expected: value, desired: 0, ordering: .acquiringAndReleasing)
            return .interrupt
        }
        return .none
    }

    fileprivate static func record(_ request: Request) {
        // A hang-up outranks an interrupt and is never downgraded.
        if request == .hangUp {
            pending.store(request.rawValue, ordering: .releasing)
        } else {
            _ = pending.compareExchange(expected: 0, desired: request.rawValue, ordering: .acquiringAndReleasing)
        }
    }
}

private func onHangUp(_ signal: Int32) {
    SignalFlags.record(.hangUp)
}

private func onInterrupt(_ signal: Int32) {
    SignalFlags.record(.interrupt)
}
