import Foundation
import Testing

extension ServeEndToEndTests {
    /// Who gets in, under which host key, and how often.
    @Suite struct Access {
        @Test func publicDemoIsAnnouncedAndHostKeyFingerprintMatchesOpenSSH() throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            #expect(server.log.contains("anyone may connect (a public demo)"))
            guard let keygen = TestEnvironment.which("ssh-keygen") else { throw TestFailure("ssh-keygen missing (make deps)") }
            let keyPath = server.directory.appendingPathComponent("host_key").path
            let printed = try ChildProcess.run(keygen, ["-l", "-f", keyPath], within: 10, in: server.directory)
            let fingerprint = printed.output.split(separator: " ").first { $0.hasPrefix("SHA256:") }.map(String.init)
            #expect(fingerprint != nil)
            #expect(server.log.contains("fingerprint ED25519 \(fingerprint ?? "none")"))
            let attributes = try FileManager.default.attributesOfItem(atPath: keyPath)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
        }

        @Test func restartReusesTheStoredHostKey() throws {
            let directory = try TestEnvironment.temporaryDirectory("reuse")
            let first = try ServeFixture(directory: directory)
            let firstLog = first.log
            first.server.stop()
            let second = try ServeFixture(directory: directory)
            defer { second.tearDown() }
            #expect(firstLog.contains("(new)"))
            #expect(second.log.contains("(reused)"))
            let fingerprint = { (log: String) in log.split(separator: "\n").first { $0.contains("fingerprint") }?
                .split(separator: " ").last.map(String.init) }
            #expect(fingerprint(firstLog) != nil)
            #expect(fingerprint(firstLog) == fingerprint(second.log))
        }

        @Test func authorizedKeysLetOnlyThoseKeysIn() throws {
            guard let keygen = TestEnvironment.which("ssh-keygen") else { throw TestFailure("ssh-keygen missing (make deps)") }
            let directory = try TestEnvironment.temporaryDirectory("authkeys")
            let allowed = directory.appendingPathComponent("allowed").path
            let other = directory.appendingPathComponent("other").path
            for key in [allowed, other] {
                _ = try ChildProcess.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-f", key], within: 10, in: directory)
            }
            let authorized = directory.appendingPathComponent("authorized_keys")
            try FileManager.default.copyItem(atPath: allowed + ".pub", toPath: authorized.path)
            let server = try ServeFixture(options: ["--authorized-keys", authorized.path], directory: directory)
            defer { server.tearDown() }
            #expect(server.log.contains("only the 1 keys in"))

            // An exec request needs a logged-in user, so its answer shows whether the key got in.
            let login = { (key: String) in
                try ChildProcess.run(
                    try ServeEndToEndTests.ssh(),
                    server.sshOptions() + ["-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-i", key, "demo@127.0.0.1", "true"],
                    within: 20, in: directory)
            }
            let accepted = try login(allowed)
            #expect(accepted.output.contains("runs no commands"))
            let refused = try login(other)
            #expect(refused.status == 255)
            #expect(refused.output.contains("Permission denied"))
        }

        @Test func tooManyConnectionsFromOneAddressAreTurnedAway() throws {
            let server = try ServeFixture(options: ["--rate-limit", "3"])
            defer { server.tearDown() }
            var statuses: [Int32?] = []
            for _ in 0..<4 {
                let result = try ChildProcess.run(
                    try ServeEndToEndTests.ssh(), server.sshOptions() + ["-T", "demo@127.0.0.1"], within: 20, in: server.directory)
                statuses.append(result.status)
            }
            #expect(statuses.prefix(3).allSatisfy { $0 == 1 })
            #expect(statuses.last == 255)
            #expect(server.logCount("more than 3 a minute") == 1)
        }
    }
}
