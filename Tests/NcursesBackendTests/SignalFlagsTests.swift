import CNcursesw
import Testing
@testable import NcursesBackend

@Suite struct SignalFlagsTests {
    /// One test, in order: a hang-up stays recorded for the rest of the process.
    @Test func interruptIsTakenOnceAndHangUpStays() {
        let saved = SignalFlags.install()
        defer { SignalFlags.uninstall(saved) }
        #expect(SignalFlags.take() == .none)
        raise(SIGINT)
        #expect(SignalFlags.take() == .interrupt)
        #expect(SignalFlags.take() == .none)
        raise(SIGTERM)
        raise(SIGINT)
        #expect(SignalFlags.take() == .hangUp)
        #expect(SignalFlags.take() == .hangUp)
    }
}
