import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension ServeEndToEndTests {
    /// The dashboard over the built-in server, and what happens around it.
    @Suite struct Sessions {
        @Test func dashboardShowsTextIntactFollowsResizeAndQuitsWithZero() throws {
            let directory = try TestEnvironment.temporaryDirectory("dashboard")
            let article = try DashboardCheck.writeCJKArticle(in: directory)
            let server = try ServeFixture(paths: [TestEnvironment.seeds, article], directory: directory)
            defer { server.tearDown() }
            let statusFile = directory.appendingPathComponent("ssh.status").path
            let tmux = try TmuxSession(
                command: try DashboardCheck.sshCommand(server.sshOptions() + ["demo@127.0.0.1"], statusFile: statusFile),
                columns: 110, rows: 32)
            defer { tmux.kill() }
            DashboardCheck.expectWorkingDashboard(in: tmux, statusFile: statusFile, columns: 110, rows: 32)
            #expect(TestEnvironment.eventually(within: 5) { server.logCount("exit=0") == 1 }, "\(server.log)")
            #expect(server.childPIDs().isEmpty)
        }

        @Test func theDashboardGetsTheClientsTerminalTypeAndOnlyLocaleVariables() throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            let sent = "LD_PRELOAD=/nonexistent.so FOO=bar LC_CTYPE=xx_NOWHERE.UTF-8 LC_TIME=C.UTF-8"
            let client = try server.connect(
                sshArguments: ["-o", "SetEnv=\(sent)"], environment: ["TERM": "screen-256color", "LANG": "C"])
            defer { client.stop(grace: 1) }
            try #require(TestEnvironment.eventually(within: 20) { server.childPIDs().count == 1 })
            let child = server.childPIDs()[0]
            // Between fork and exec the child still carries the server's environment: read it after exec.
            try #require(TestEnvironment.eventually(within: 10) {
                let arguments = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(child)/cmdline"))) ?? Data()
                return arguments.split(separator: 0).contains { String(decoding: $0, as: UTF8.self) == "browse" }
            }, "the dashboard child never ran browse")
            let raw = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(child)/environ"))
            let variables = Set(raw.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
            #expect(variables.contains("TERM=screen-256color"))
            #expect(variables.contains("LANG=C.UTF-8"), "a non-UTF-8 LANG from the client must not reach the dashboard")
            #expect(variables.contains("LC_TIME=C.UTF-8"))
            #expect(!variables.contains { $0.hasPrefix("LD_PRELOAD=") || $0.hasPrefix("FOO=") || $0.hasPrefix("LC_CTYPE=") })
        }

        @Test func killingTheClientEndsTheDashboardWithinThreeSeconds() throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            let client = try server.connect()
            defer { client.stop(grace: 1) }
            #expect(TestEnvironment.eventually(within: 20) { !server.childPIDs().isEmpty && !client.output.isEmpty })
            let children = server.childPIDs()
            try #require(children.count == 1)

            client.signal(SIGKILL)
            let gone = TestEnvironment.eventually(within: 3) { !FileManager.default.fileExists(atPath: "/proc/\(children[0])") }
            #expect(gone, "the dashboard outlived its client by 3 s")
            #expect(server.childPIDs().isEmpty)
            #expect(TestEnvironment.eventually(within: 3) { server.logCount("session end") == 1 })

            // Nothing left spinning: the server is idle once the session is over.
            let before = server.cpuSeconds()
            usleep(1_000_000)
            #expect(server.cpuSeconds() - before < 0.3)
        }

        @Test func theClientAfterTheSessionLimitIsToldSo() throws {
            let server = try ServeFixture(options: ["--max-sessions", "2"])
            defer { server.tearDown() }
            var holders: [ChildProcess] = []
            defer { holders.forEach { $0.stop(grace: 1) } }
            for index in 0..<2 {
                holders.append(try server.connect("holder\(index)"))
            }
            try #require(TestEnvironment.eventually(within: 20) { server.logCount("session start") == 2 })
            let third = try ChildProcess.run(
                try ServeEndToEndTests.ssh(), server.sshOptions() + ["-tt", "demo@127.0.0.1"], within: 20, in: server.directory)
            #expect(third.status == 1)
            #expect(third.output.contains("all 2 sessions are in use"))
            #expect(server.childPIDs().count == 2)
        }

        @Test func anIdleSessionIsEndedWithAReason() throws {
            let server = try ServeFixture(options: ["--idle-timeout", "1"])
            defer { server.tearDown() }
            let result = try ChildProcess.run(
                try ServeEndToEndTests.ssh(), server.sshOptions() + ["-tt", "demo@127.0.0.1"], within: 20, in: server.directory)
            #expect(result.status != nil)
            #expect(result.output.contains("idle for 1 s"))
            #expect(TestEnvironment.eventually(within: 3) { server.logCount("(idle for 1 s)") == 1 })
            #expect(server.childPIDs().isEmpty)
        }

        @Test func sigtermEndsSessionsAndTheServerExitsZero() throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            let client = try server.connect()
            defer { client.stop(grace: 1) }
            try #require(TestEnvironment.eventually(within: 20) { server.logCount("session start") == 1 })
            let child = server.childPIDs()
            server.server.signal(SIGTERM)
            #expect(server.server.exitStatus(within: 10) == 0)
            #expect(client.exitStatus(within: 5) != nil)
            #expect(client.output.contains("the server is stopping"))
            #expect(child.allSatisfy { !FileManager.default.fileExists(atPath: "/proc/\($0)") })
            #expect(server.log.contains("stopped"))
        }
    }
}
