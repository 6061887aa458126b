import CNcursesw

/// Decides what an `ERR` from `wget_wch` means: a signal to look at, or a terminal that is gone.
///
/// A loop that simply retries spins at full CPU once the terminal disappears, so every
/// error that is not an interrupted read counts toward giving up.
struct ReadFailurePolicy: Sendable {
    /// What the input loop does next.
    enum Verdict: Sendable, Equatable {
        /// The read was interrupted by a signal: check the signal flags and read again.
        case interrupted
        /// A stray error: read again, but it counts.
        case retry
        /// The terminal is gone: report `.closed`.
        case closed
    }

    /// How many errors in a row mean the terminal is gone.
    var limit = 3
    private(set) var consecutive = 0

    /// Judges one `ERR`, given `errno` read right after it and whether stdin is still a terminal.
    mutating func judge(errno code: Int32, stdinIsTerminal: Bool) -> Verdict {
        if code == EINTR { return .interrupted }
        consecutive += 1
        if code == EIO || code == EBADF || !stdinIsTerminal || consecutive >= limit {
            return .closed
        }
        return .retry
    }

    /// A key arrived: the errors were not in a row after all.
    mutating func reset() {
        consecutive = 0
    }
}
