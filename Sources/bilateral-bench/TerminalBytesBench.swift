import Foundation

/// Bytes the dashboard writes to a 120×40 terminal: the first full repaint, and one-line moves.
///
/// Runs the release `bilateral` next to this executable on a pseudo-terminal, as a user
/// over SSH would see it; the counts include every escape sequence.
enum TerminalBytesBench {
    static let width = 120
    static let height = 40
    static let presses = 5

    static func run() throws {
        guard let seeds = ThroughputBench.seedsDirectory() else {
            throw BenchError("no seeds/ directory found (set BILATERAL_SEEDS)")
        }
        let binary = try dashboardBinary()
        let terminal = try PseudoTerminal(
            executable: binary, arguments: ["browse", seeds], width: width, height: height, environment: environment()
        )
        let first = terminal.readUntilQuiet(quiet: 1.0, first: 60)
        guard !first.isEmpty else { throw BenchError("the dashboard wrote nothing within 60 s") }
        guard terminal.isRunning else {
            throw BenchError("the dashboard exited at once; it wrote: \(String(decoding: first, as: UTF8.self))")
        }
        print("first full repaint at \(width)x\(height): \(first.count) bytes")

        let timeline = (0..<presses).map { _ in bytesAfterTyping("j", on: terminal) }
        report("one-line move (j) in the timeline", timeline)

        _ = bytesAfterTyping("2", on: terminal)
        let article = (0..<presses).map { _ in bytesAfterTyping("j", on: terminal) }
        report("one-line scroll (j) in the article, three panes", article)

        // Full-width lines let curses scroll the terminal itself; side by side, no terminal can.
        _ = bytesAfterTyping("gz", on: terminal)
        let maximised = (0..<presses).map { _ in bytesAfterTyping("j", on: terminal) }
        report("one-line scroll (j) in the maximised article", maximised)

        terminal.type("q")
        if let status = terminal.waitForExit() {
            print("quit with q: exit status \(status)")
        } else {
            throw BenchError("the dashboard did not exit within 10 s of q")
        }
    }

    /// What the terminal receives after `keys`, until it has been quiet for a moment.
    private static func bytesAfterTyping(_ keys: String, on terminal: PseudoTerminal) -> Int {
        terminal.type(keys)
        return terminal.readUntilQuiet(quiet: 0.3, first: 5).count
    }

    private static func report(_ label: String, _ counts: [Int]) {
        let sorted = counts.sorted()
        let median = sorted[sorted.count / 2]
        let largest = sorted.last ?? 0
        let verdict = largest <= 1024 ? "within" : "over"
        print("\(label): median \(median) bytes, max \(largest) bytes over \(counts.count) presses "
            + "(\(verdict) the 1 KB target); each: \(counts.map(String.init).joined(separator: " "))")
    }

    /// The `bilateral` built alongside this benchmark.
    private static func dashboardBinary() throws -> String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let path = directory.appendingPathComponent("bilateral").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError("\(path) not found; build it first (`swift build -c release`, which `make bench` runs)")
        }
        return path
    }

    /// A common UTF-8, 256-colour terminal, whatever the bench itself runs under.
    private static func environment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_CTYPE", "NO_COLOR", "TMUX", "LINES", "COLUMNS"] {
            environment.removeValue(forKey: name)
        }
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        return environment
    }
}
