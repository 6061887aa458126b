import Foundation

/// A tmux server on a private socket running one command in a detached window.
///
/// Every call waits by polling with a deadline, never by a fixed sleep, so the tests
/// hold on a loaded machine. `kill()` (also run by deinit) stops the whole server.
final class TmuxSession {
    /// A wait that ran out, with the screen as it was for the failure message.
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    let socket: String
    /// Where the wrapped command writes `EXIT=<status>` when it ends.
    let exitFile: URL
    private var killed = false

    /// Starts `command` (a shell command line) in a `width`×`height` window.
    ///
    /// The command runs as `sh -c "<command>; echo EXIT=$? > exitFile"`; with `holdOpen`
    /// the shell then waits, so the pane can be inspected after the command ended.
    init(command: String, width: Int = 120, height: Int = 40, holdOpen: Bool = false) throws {
        // Tests run in parallel: each session needs its own server.
        socket = "bilateral-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).exit")
        try? FileManager.default.removeItem(at: exitFile)
        var wrapped = "\(command); echo EXIT=$? > \(CommandRunner.shellQuoted(exitFile.path))"
        if holdOpen { wrapped += "; sleep 120" }
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", wrapped])
    }

    deinit {
        kill()
    }

    /// Runs one tmux command on this session's server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outcome = try CommandRunner.run(
            "/usr/bin/env", ["tmux", "-u", "-f", "/dev/null", "-L", socket] + arguments
        )
        guard outcome.status == 0 else {
            throw TmuxFailure(arguments: arguments, message: outcome.standardError)
        }
        return outcome.standardOutput
    }

    /// Types keys as tmux names them (`"j"`, `"Enter"`, `"C-c"`); `literal` sends text as is.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen as text; with `escapes`, including colour and attribute codes.
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the pane's command (the program itself when started with `exec`).
    func panePID() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxFailure(arguments: ["display-message"], message: "no pane pid in \(text)")
        }
        return pid
    }

    /// Polls the screen until `condition` holds, for up to `timeout` seconds.
    @discardableResult
    func waitForScreen(
        _ description: String, timeout: Double = 15, escapes: Bool = false, _ condition: (String) -> Bool
    ) throws -> String {
        var last = ""
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? screen(escapes: escapes) {
                last = text
                if condition(text) { return text }
            }
            usleep(100_000)
        } while Date() < deadline
        throw Timeout(waitingFor: description, screen: last)
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        try waitForScreen("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The command's exit status once it has ended, polling for up to `timeout` seconds.
    func exitStatus(timeout: Double = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOf: exitFile, encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("EXIT=") }),
               let status = Int32(line.dropFirst(5)) {
                return status
            }
            usleep(100_000)
        } while Date() < deadline
        throw Timeout(waitingFor: "the command to exit", screen: (try? screen()) ?? "(session gone)")
    }

    /// Stops the tmux server and everything in it; safe to call twice.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: exitFile)
    }
}

/// A tmux command that failed.
struct TmuxFailure: Error, CustomStringConvertible {
    var arguments: [String]
    var message: String
    var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(message)" }
}
