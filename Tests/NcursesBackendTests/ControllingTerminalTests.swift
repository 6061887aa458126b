import Foundation
import Testing
@testable import NcursesBackend

#if canImport(Glibc)
import Glibc
#endif

/// Giving the terminal back through /dev/tty when stdout is gone: checked on a pseudo-terminal of its own.
@Suite struct ControllingTerminalTests {
    @Test func restoresTheSavedModesAndLeavesTheAlternateScreen() throws {
        var master: Int32 = -1, slave: Int32 = -1
        try #require(openpty(&master, &slave, nil, nil, nil) == 0)
        defer {
            close(master)
            close(slave)
        }
        // Opened by its own path, as /dev/tty would be.
        let terminal = try #require(ControllingTerminal(path: "/proc/self/fd/\(slave)"))
        // What curses leaves behind when it cannot reach the terminal: raw, no echo, no CR/NL translation.
        var before = termios()
        tcgetattr(slave, &before)
        var raw = before
        cfmakeraw(&raw)
        tcsetattr(slave, TCSANOW, &raw)
        terminal.restore()
        var after = termios()
        tcgetattr(slave, &after)
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(after.c_oflag == before.c_oflag)
        #expect(after.c_lflag & tcflag_t(ECHO) != 0)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(master, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self).contains("\u{1B}[?1049l"))
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self).contains("\u{1B}[?25h"))
    }

    @Test func noTerminalMeansNothingToRestore() {
        #expect(ControllingTerminal(path: "/dev/null") == nil)
        #expect(ControllingTerminal(path: "/no/such/tty") == nil)
    }
}
