import CNcursesw
import Testing
@testable import NcursesBackend

@Suite struct ReadFailurePolicyTests {
    @Test func interruptedReadsNeverCount() {
        var policy = ReadFailurePolicy()
        for _ in 0..<10 {
            #expect(policy.judge(errno: EINTR, stdinIsTerminal: true) == .interrupted)
        }
        #expect(policy.consecutive == 0)
    }

    @Test func inputOutputErrorClosesAtOnce() {
        var policy = ReadFailurePolicy()
        #expect(policy.judge(errno: EIO, stdinIsTerminal: true) == .closed)
    }

    @Test func stdinNoLongerATerminalCloses() {
        var policy = ReadFailurePolicy()
        #expect(policy.judge(errno: 0, stdinIsTerminal: false) == .closed)
    }

    @Test func aFewErrorsInARowClose() {
        var policy = ReadFailurePolicy()
        #expect(policy.judge(errno: 0, stdinIsTerminal: true) == .retry)
        #expect(policy.judge(errno: EAGAIN, stdinIsTerminal: true) == .retry)
        #expect(policy.judge(errno: 0, stdinIsTerminal: true) == .closed)
    }

    @Test func aKeyInBetweenResetsTheCount() {
        var policy = ReadFailurePolicy()
        _ = policy.judge(errno: 0, stdinIsTerminal: true)
        _ = policy.judge(errno: 0, stdinIsTerminal: true)
        policy.reset()
        #expect(policy.judge(errno: 0, stdinIsTerminal: true) == .retry)
    }
}
