import Foundation
import Testing

/// How the dashboard ends: by the user, by a signal, or by losing its terminal.
@Suite(.serialized) struct DashboardLifecycleTests {
    @Test func qExitsWithStatusZeroAndRestoresTheTerminal() throws {
        let session = try Dashboard.start(holdOpen: true)
        defer { session.kill() }
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        // The shell after it is back on the normal screen with a visible cursor.
        let modes = try session.tmux(["display-message", "-p", "-t", "0", "#{alternate_on} #{cursor_flag}"])
        #expect(modes.trimmingCharacters(in: .whitespacesAndNewlines) == "0 1")
    }

    @Test func controlCQuitsCleanly() throws {
        let session = try Dashboard.start()
        defer { session.kill() }
        try session.send("C-c")
        #expect(try session.exitStatus() == 0)
    }

    @Test func sigtermRestoresTheTerminalAndExits() throws {
        let session = try Dashboard.start(holdOpen: true)
        defer { session.kill() }
        let pid = try Dashboard.processID(in: session)
        #expect(Glibc.kill(pid, SIGTERM) == 0)
        #expect(try session.exitStatus() == 0)
        let modes = try session.tmux(["display-message", "-p", "-t", "0", "#{alternate_on} #{cursor_flag}"])
        #expect(modes.trimmingCharacters(in: .whitespacesAndNewlines) == "0 1")
    }

    @Test func killingTheTmuxServerEndsTheProcessWithoutSpinning() throws {
        let session = try Dashboard.start()
        defer { session.kill() }
        let pid = try Dashboard.processID(in: session)
        // Idle while waiting for a key: no CPU time to speak of over a second.
        let idleStart = try #require(ProcessStatus(pid: pid))
        usleep(1_000_000)
        let idleEnd = try #require(ProcessStatus(pid: pid))
        #expect(idleEnd.cpuTicks - idleStart.cpuTicks < 20, "the dashboard used CPU while idle")

        session.kill()
        let deadline = Date().addingTimeInterval(1)
        var status = ProcessStatus(pid: pid)
        while let running = status, !running.hasEnded, Date() < deadline {
            usleep(20_000)
            status = ProcessStatus(pid: pid)
        }
        #expect(status == nil || status?.hasEnded == true,
                "still running 1 s after the terminal went away: state \(status?.state ?? "?"), \(status?.cpuTicks ?? 0) ticks")
    }
}

/// What /proc/PID/stat says about a process: its state letter and CPU time used.
struct ProcessStatus {
    var state: Character
    /// User plus system time, in clock ticks.
    var cpuTicks: Int

    /// Ended: gone, or a zombie nobody has reaped yet.
    var hasEnded: Bool { state == "Z" || state == "X" }

    /// nil once the process no longer exists.
    init?(pid: Int32) {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // The command name may hold spaces; the fields after it are fixed.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let state = fields[0].first,
              let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        self.state = state
        cpuTicks = user + system
    }
}
