import NIOConcurrencyHelpers

/// The sessions running now: admits new ones up to the limit and ends them all on shutdown.
final class SessionBook: Sendable {
    private struct State {
        var enders: [UInt64: @Sendable () -> Void] = [:]
        var nextID: UInt64 = 0
        var closed = false
    }

    private let state = NIOLockedValueBox(State())
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// A ticket for a new session, or nil when all places are taken or the server is stopping.
    /// - Parameter ender: ends the session from any thread (used at shutdown).
    func admit(ender: @escaping @Sendable () -> Void) -> UInt64? {
        state.withLockedValue { state in
            guard !state.closed, state.enders.count < limit else { return nil }
            state.nextID += 1
            state.enders[state.nextID] = ender
            return state.nextID
        }
    }

    func leave(_ ticket: UInt64) {
        _ = state.withLockedValue { $0.enders.removeValue(forKey: ticket) }
    }

    var count: Int {
        state.withLockedValue { $0.enders.count }
    }

    /// Refuses new sessions from now on and asks every running one to end.
    func endAll() {
        let enders = state.withLockedValue { state in
            state.closed = true
            return Array(state.enders.values)
        }
        for ender in enders { ender() }
    }
}
