import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program running on a pseudo-terminal of a fixed size, its output read back byte by byte.
///
/// Used to count what the dashboard writes to a terminal, as an SSH connection would carry it.
final class PseudoTerminal {
    private let master: Int32
    private let process: Process

    /// Starts `executable` on a new `width`×`height` pty with `environment`.
    init(executable: String, arguments: [String], width: Int, height: Int, environment: [String: String]) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw BenchError("openpty failed: \(String(cString: strerror(errno)))")
        }
        self.master = master
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        // Only the child keeps the slave open, so its exit shows as EOF/EIO here.
        try terminal.close()
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    var isRunning: Bool { process.isRunning }

    /// Sends `text` as typed keys.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until nothing has arrived for `quiet` seconds, waiting at most `first` seconds
    /// for the first byte; returns what was read.
    func readUntilQuiet(quiet: Double = 0.5, first: Double = 30) -> [UInt8] {
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var deadline = Date().addingTimeInterval(first)
        while Date() < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let waitMilliseconds = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            guard poll(&descriptor, 1, waitMilliseconds) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            collected += buffer[0..<count]
            deadline = Date().addingTimeInterval(quiet)
        }
        return collected
    }

    /// Waits up to `timeout` seconds for the program to end; its exit status, or nil.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            _ = readUntilQuiet(quiet: 0.05, first: 0.05)
        }
        return process.isRunning ? nil : process.terminationStatus
    }
}
