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

        /// `ssh -X` with a DISPLAY set: the x11-req is refused with a failure reply, as OpenSSH's own
        /// "X11 forwarding request failed" shows, and the dashboard comes up on the same connection.
        @Test func x11ForwardingIsRefusedAndTheDashboardStillRuns() throws {
            let directory = try TestEnvironment.temporaryDirectory("x11")
            let article = try DashboardCheck.writeCJKArticle(in: directory)
            let server = try ServeFixture(paths: [TestEnvironment.seeds, article], directory: directory)
            defer { server.tearDown() }
            let statusFile = directory.appendingPathComponent("ssh.status").path
            let errorFile = directory.appendingPathComponent("ssh.err").path
            // A display nobody serves: OpenSSH still asks for forwarding, with made-up authentication data.
            let command = try DashboardCheck.sshCommand(
                server.sshOptions() + ["-X", "-E", errorFile, "demo@127.0.0.1"], statusFile: statusFile)
            let tmux = try TmuxSession(command: "DISPLAY=:99 " + command, columns: 110, rows: 32)
            defer { tmux.kill() }
            DashboardCheck.expectWorkingDashboard(in: tmux, statusFile: statusFile, columns: 110, rows: 32)
            let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
            #expect(errors.contains("X11 forwarding request failed"), "ssh said: \(errors)")
            #expect(server.logCount("channel request x11-req refused") == 1, "\(server.log)")
            #expect(server.logCount("exit=0") == 1, "\(server.log)")
        }

        /// The other ways to ask: the option spelled out, and trusted forwarding (-Y).
        @Test(arguments: [["-o", "ForwardX11=yes"], ["-Y"]])
        func x11ForwardingAskedOtherwiseIsRefusedToo(forwarding: [String]) throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            let client = try server.connect(sshArguments: forwarding, environment: ["DISPLAY": ":99"])
            defer { client.stop(grace: 1) }
            #expect(TestEnvironment.eventually(within: 20) { server.logCount("session start") == 1 }, "\(server.log)")
            #expect(TestEnvironment.eventually(within: 10) { client.output.contains("X11 forwarding request failed") },
                    "\(client.output)")
            #expect(server.logCount("channel request x11-req refused") == 1, "\(server.log)")
            #expect(client.isRunning, "the connection went: \(client.output)")
        }
    }
}
