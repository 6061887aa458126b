import Foundation
import Testing

/// Tests that run the real `bilateral serve` and OpenSSH's clients on loopback, one at a time:
/// they start processes, and counting a server's descriptors or children needs a quiet machine.
@Suite(.serialized, .timeLimit(.minutes(10)))
enum ServeEndToEndTests {
    /// The OpenSSH client, which `make deps` installs.
    static func ssh() throws -> String {
        guard let path = TestEnvironment.which("ssh") else {
            throw TestFailure("ssh is not installed: run `make deps` (installs openssh-client)")
        }
        return path
    }
}
