import Foundation
import Testing

extension ServeEndToEndTests {
    /// The other way: a real sshd whose ForceCommand is the dashboard, set up by openssh-loopback.sh.
    @Suite(.enabled(
        if: FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd"),
        "skipped: /usr/sbin/sshd is missing and could not be installed (make deps installs openssh-server)"))
    struct OpenSSH {
        @Test func dashboardThroughSshdForceCommand() throws {
            let directory = try TestEnvironment.temporaryDirectory("sshd")
            defer { try? FileManager.default.removeItem(at: directory) }
            let article = try DashboardCheck.writeCJKArticle(in: directory)
            let port = try TestEnvironment.freePort()
            let script = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/BilateralServeTests/openssh-loopback.sh").path
            let setup = try ChildProcess.run(
                "/bin/bash", [script, directory.appendingPathComponent("sshd").path, String(port),
                              try TestEnvironment.binary(), TestEnvironment.seeds, article],
                within: 30, in: directory)
            try #require(setup.status == 0, "openssh-loopback.sh failed:\n\(setup.output)")
            let config = directory.appendingPathComponent("sshd")

            let sshd = try ChildProcess(
                "/usr/sbin/sshd", ["-D", "-e", "-f", config.appendingPathComponent("sshd_config").path],
                outputPath: directory.appendingPathComponent("sshd.log").path)
            defer { sshd.stop(grace: 2) }
            try #require(TestEnvironment.eventually(within: 10) { Self.accepts(port: port, scratch: directory) || !sshd.isRunning },
                         "sshd did not start:\n\(sshd.output)")
            try #require(sshd.isRunning, "sshd exited:\n\(sshd.output)")

            let user = ProcessInfo.processInfo.environment["USER"] ?? "root"
            let statusFile = directory.appendingPathComponent("ssh.status").path
            let arguments = [
                "-p", String(port), "-i", config.appendingPathComponent("client_key").path,
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR",
                "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=\(config.appendingPathComponent("known_hosts").path)",
                "\(user)@127.0.0.1",
            ]
            let tmux = try TmuxSession(
                command: try DashboardCheck.sshCommand(arguments, statusFile: statusFile), columns: 110, rows: 32)
            defer { tmux.kill() }
            DashboardCheck.expectWorkingDashboard(in: tmux, statusFile: statusFile, columns: 110, rows: 32)
        }

        /// Whether something accepts TCP connections on the loopback port.
        static func accepts(port: Int, scratch: URL) -> Bool {
            let result = try? ChildProcess.run(
                "/bin/bash", ["-c", "exec 3<>/dev/tcp/127.0.0.1/\(port)"], within: 2, in: scratch)
            return result?.status == 0
        }
    }
}
