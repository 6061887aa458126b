import BilateralCore
import BilateralTUI
import Foundation
import TerminalUI

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
        // The same keys replayed on an in-process state tell which `j` lands on another article.
        let model = Extractor().analyse(try CorpusLoader().load(paths: [seeds]))
        var state = AppState(model: model, width: width, height: height)
        let terminal = try PseudoTerminal(
            executable: binary, arguments: ["browse", "--no-state", seeds], width: width, height: height, environment: environment()
        )
        let first = terminal.readUntilQuiet(quiet: 1.0, first: 60)
        guard !first.isEmpty else { throw BenchError("the dashboard wrote nothing within 60 s") }
        guard terminal.isRunning else {
            throw BenchError("the dashboard exited at once; it wrote: \(String(decoding: first, as: UTF8.self))")
        }
        dump(first, as: "full-repaint")
        print("first full repaint at \(width)x\(height): \(first.count) bytes")

        var sameArticle: [Int] = [], otherArticle: [Int] = []
        for press in 0..<(presses * 3) {
            let before = state.article.index
            update(&state, .key(.character("j")))
            let count = bytesAfterTyping("j", on: terminal, dump: "timeline-j-\(press)")
            if state.article.index == before { sameArticle.append(count) } else { otherArticle.append(count) }
        }
        report("timeline j, same article (onto its event)", sameArticle)
        report("timeline j onto another article (article pane redrawn)", otherArticle)

        _ = bytesAfterTyping("2", on: terminal)
        let article = (0..<presses).map { bytesAfterTyping("j", on: terminal, dump: "article-j-\($0)") }
        report("article scroll j, three panes at \(width)x\(height)", article)

        // Full-width lines let curses scroll the terminal itself; side by side, no terminal can.
        _ = bytesAfterTyping("gz", on: terminal)
        let maximised = (0..<presses).map { bytesAfterTyping("j", on: terminal, dump: "maximised-j-\($0)") }
        report("article scroll j, maximised (z)", maximised)

        terminal.type("q")
        if let status = terminal.waitForExit() {
            print("quit with q: exit status \(status)")
        } else {
            throw BenchError("the dashboard did not exit within 10 s of q")
        }
        try smallScreen(binary: binary, seeds: seeds)
    }

    /// At 80×24 the panes stack; an article scroll there.
    private static func smallScreen(binary: String, seeds: String) throws {
        let terminal = try PseudoTerminal(executable: binary, arguments: ["browse", "--no-state", seeds], width: 80, height: 24, environment: environment())
        let first = terminal.readUntilQuiet(quiet: 1.0, first: 60)
        print("first full repaint at 80x24: \(first.count) bytes")
        _ = bytesAfterTyping("2", on: terminal)
        let article = (0..<presses).map { bytesAfterTyping("j", on: terminal, dump: "small-article-j-\($0)") }
        report("article scroll j at 80x24 (stacked)", article)
        terminal.type("q")
        _ = terminal.waitForExit()
    }

    /// Writes `bytes` into `$BILATERAL_BENCH_DUMP/NAME.bin` when that directory is set, to read what they are.
    private static func dump(_ bytes: [UInt8], as name: String) {
        guard let directory = ProcessInfo.processInfo.environment["BILATERAL_BENCH_DUMP"] else { return }
        let path = directory + "/" + name + ".bin"
        if !FileManager.default.createFile(atPath: path, contents: Data(bytes)) {
            FileHandle.standardError.write(Data("bench: could not write \(path)\n".utf8))
        }
    }

    /// What the terminal receives after `keys`, until it has been quiet for a moment.
    private static func bytesAfterTyping(_ keys: String, on terminal: PseudoTerminal, dump name: String? = nil) -> Int {
        terminal.type(keys)
        let bytes = terminal.readUntilQuiet(quiet: 0.3, first: 5)
        if let name { dump(bytes, as: name) }
        return bytes.count
    }

    private static func report(_ label: String, _ counts: [Int]) {
        let sorted = counts.sorted()
        guard !sorted.isEmpty else { return print("\(label): no presses") }
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
