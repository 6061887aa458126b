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

    /// Catches SIGHUP, SIGTERM and SIGINT (ncurses then leaves them alone).
    static func install() {
        _ = bilateral_unblock_terminal_signals()
        _ = bilateral_catch_signal(SIGHUP, onHangUp)
        _ = bilateral_catch_signal(SIGTERM, onHangUp)
        _ = bilateral_catch_signal(SIGINT, onInterrupt)
    }

    /// Puts the default actions back, so a later signal ends the process as usual.
    static func uninstall() {
        _ = bilateral_default_signal(SIGHUP)
        _ = bilateral_default_signal(SIGTERM)
        _ = bilateral_default_signal(SIGINT)
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
