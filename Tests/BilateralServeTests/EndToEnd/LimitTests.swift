import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOSSH
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension ServeEndToEndTests {
    /// Limits a hostile client once got around: channels without a shell, many channels, huge windows,
    /// crash reports, escape sequences in the log.
    @Suite struct Limits {
        @Test func aChannelWithNoShellIsCountedAndClosedAfterTheIdleTimeout() throws {
            let server = try ServeFixture(options: ["--idle-timeout", "3", "--max-sessions", "1"], paths: [TestEnvironment.seeds])
            defer { server.tearDown() }
            let first = try RawSSHClient(port: server.port)
            defer { first.close() }
            let idle = try first.openSession()
            try first.startTerminal(on: idle, columns: 80, rows: 24, shell: false)
            // The channel holds the only place: a second client is told the server is full.
            let second = try RawSSHClient(port: server.port)
            defer { second.close() }
            let output = NIOLockedValueBox("")
            let refused = try second.openSession(output: output)
            try second.startTerminal(on: refused, columns: 80, rows: 24)
            #expect(TestEnvironment.eventually(within: 10) { output.withLockedValue { $0.contains("sessions are in use") } })
            // The shell-less channel is closed after the idle timeout, and so is its connection after it.
            #expect(TestEnvironment.eventually(within: 10) { !idle.isActive })
            #expect(server.logCount("closed: no shell within 3 s") == 1)
            #expect(server.childPIDs().isEmpty)
        }

        @Test func oneSessionChannelPerConnection() throws {
            let server = try ServeFixture(paths: [TestEnvironment.seeds])
            defer { server.tearDown() }
            let client = try RawSSHClient(port: server.port)
            defer { client.close() }
            _ = try client.openSession()
            #expect(throws: (any Error).self) { try client.openSession() }
            #expect(server.logCount("another session channel refused") == 1)
        }

        @Test func hugeWindowSizesAreClamped() throws {
            let server = try ServeFixture(paths: [TestEnvironment.seeds])
            defer { server.tearDown() }
            let client = try RawSSHClient(port: server.port)
            defer { client.close() }
            let channel = try client.openSession()
            try client.startTerminal(on: channel, columns: 65535, rows: 65535)
            #expect(TestEnvironment.eventually(within: 20) { server.logCount("session start") == 1 })
            #expect(server.log.contains("size=1000x500"))
            try client.resize(channel, columns: 65535, rows: 65535)
            // The dashboard lives on at the clamped size: still running a moment later, and answering q.
            usleep(1_500_000)
            #expect(server.childPIDs().count == 1)
            try client.send("q", on: channel)
            #expect(TestEnvironment.eventually(within: 20) { server.logCount("session end") == 1 })
            #expect(server.log.contains("exit=0"))
        }

        @Test func clientStringsReachTheLogPrintableAndBounded() throws {
            let server = try ServeFixture(paths: [TestEnvironment.seeds])
            defer { server.tearDown() }
            let forged = "\u{1B}[2J\nbilateral serve: session end 10.0.0.1 exit=0"
            let client = try RawSSHClient(port: server.port)
            defer { client.close() }
            let channel = try client.openSession()
            try client.startTerminal(on: channel, columns: 80, rows: 24, term: "xterm" + forged + String(repeating: "x", count: 200))
            // The start line quotes the forged "session end" too: wait for a line that is a real session end.
            let realEnds = { server.log.components(separatedBy: "\n").filter { $0.hasPrefix("bilateral serve: session end") }.count }
            #expect(TestEnvironment.eventually(within: 20) { realEnds() == 1 })
            let other = try RawSSHClient(port: server.port)
            defer { other.close() }
            let subsystem = try other.openSession()
            try? subsystem.triggerUserOutboundEvent(SSHChannelRequestEvent.SubsystemRequest(subsystem: "sftp" + forged, wantReply: true)).wait()
            #expect(TestEnvironment.eventually(within: 10) { server.logCount("refused for") == 1 })
            let log = server.log
            #expect(!log.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F })
            #expect(log.contains("term=\"xterm\\e[2J\\nbilateral serve: session end 10.0.0.1 exit=0xxx"))
            #expect(log.contains("subsystem \"sftp\\e[2J\\nbilateral serve: session end 10.0.0.1 exit=0\" refused"))
            // One real session end; the forged one stays inside its quotes, cut after 64 characters.
            #expect(realEnds() == 1)
            #expect(!log.contains(String(repeating: "x", count: 100)))
        }

        @Test func aCrashingDashboardShowsOneLineAndNoCrashReport() throws {
            let server = try ServeFixture(paths: [TestEnvironment.seeds])
            defer { server.tearDown() }
            let client = try RawSSHClient(port: server.port)
            defer { client.close() }
            let output = NIOLockedValueBox("")
            let channel = try client.openSession(output: output)
            try client.startTerminal(on: channel, columns: 100, rows: 30)
            #expect(TestEnvironment.eventually(within: 20) { output.withLockedValue { $0.contains("help") } })
            let children = server.childPIDs()
            #expect(children.count == 1)
            for child in children { kill(child, SIGSEGV) }
            #expect(TestEnvironment.eventually(within: 20) { server.logCount("session end") == 1 })
            #expect(server.log.contains("(dashboard crashed: signal 11)"))
            let seen = output.withLockedValue { $0 }
            #expect(seen.contains("the dashboard stopped unexpectedly (signal 11)"))
            for marker in ["Crash", "backtrace", "Thread 0", "rip", "Fatal error"] {
                #expect(!seen.contains(marker), "client saw \(marker)")
            }
        }
    }
}
