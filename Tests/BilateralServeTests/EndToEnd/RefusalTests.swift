import Foundation
import Testing

extension ServeEndToEndTests {
    /// Everything but a terminal session is turned away.
    @Suite struct Refusals {
        @Test func execIsRefusedWithAReasonAndNoCommandRuns() throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            let marker = server.directory.appendingPathComponent("ran").path
            let result = try ChildProcess.run(
                try ServeEndToEndTests.ssh(), server.sshOptions() + ["demo@127.0.0.1", "touch \(marker)"],
                within: 20, in: server.directory)
            #expect(result.status == 1)
            #expect(result.output.contains("runs no commands"))
            #expect(!FileManager.default.fileExists(atPath: marker))
            #expect(server.logCount("exec refused") == 1)
            #expect(server.childPIDs().isEmpty)
        }

        @Test func sftpSubsystemIsRefused() throws {
            guard let sftp = TestEnvironment.which("sftp") else { throw TestFailure("sftp is not installed (make deps)") }
            let server = try ServeFixture()
            defer { server.tearDown() }
            let options = server.sshOptions().map { $0 == "-p" ? "-P" : $0 }
            let result = try ChildProcess.run(sftp, options + ["-b", "/dev/null", "demo@127.0.0.1"], within: 20, in: server.directory)
            #expect(result.status != 0)
            #expect(server.logCount("subsystem sftp refused") == 1)
        }

        @Test func shellWithoutATerminalGetsOneClearLine() throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            let result = try ChildProcess.run(
                try ServeEndToEndTests.ssh(), server.sshOptions() + ["-T", "demo@127.0.0.1"], within: 20, in: server.directory)
            #expect(result.status == 1)
            #expect(result.output.contains("needs a terminal"))
            #expect(server.childPIDs().isEmpty)
        }

        @Test func portForwardingIsRefused() throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            let remote = try ChildProcess.run(
                try ServeEndToEndTests.ssh(),
                server.sshOptions() + ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9", "demo@127.0.0.1"],
                within: 20, in: server.directory)
            #expect(remote.status == 255)
            #expect(remote.output.contains("forwarding failed"))

            // A local forward is only tried when something connects to it: ssh -W does that at once.
            let direct = try ChildProcess.run(
                try ServeEndToEndTests.ssh(), server.sshOptions() + ["-W", "127.0.0.1:9", "demo@127.0.0.1"],
                within: 20, in: server.directory)
            #expect(direct.status != 0)
            #expect(server.logCount("forwarding channel refused") == 1)
        }
    }
}
