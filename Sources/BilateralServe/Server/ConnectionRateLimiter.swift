import NIOConcurrencyHelpers
import NIOCore

/// Allows each remote address a number of new connections per minute (a sliding window).
final class ConnectionRateLimiter: Sendable {
    private let perMinute: Int
    private let recent = NIOLockedValueBox([String: [NIODeadline]]())
    private static let window = TimeAmount.seconds(60)

    /// - Parameter perMinute: connections allowed per address per minute; 0 allows all.
    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Records a connection from `address` and says whether it is within the limit.
    func allow(_ address: String, now: NIODeadline = .now()) -> Bool {
        guard perMinute > 0 else { return true }
        return recent.withLockedValue { recent in
            let cutoff = now - Self.window
            var times = (recent[address] ?? []).filter { $0 > cutoff }
            let allowed = times.count < perMinute
            if allowed { times.append(now) }
            recent[address] = times
            // Forget quiet addresses so the table cannot grow without bound.
            if recent.count > 4096 {
                recent = recent.filter { $0.value.contains { $0 > cutoff } }
            }
            return allowed
        }
    }
}
