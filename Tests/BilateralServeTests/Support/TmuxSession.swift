import Foundation

/// A detached tmux session on a private server socket, so tests never touch a user's tmux.
final class TmuxSession {
    let socketName: String
    private let tmux: String

    /// Starts `command` (run by the shell) in a `columns`×`rows` window.
    init(command: String, columns: Int, rows: Int) throws {
        guard let tmux = TestEnvironment.which("tmux") else { throw TestFailure("tmux is not installed (make deps)") }
        self.tmux = tmux
        socketName = "bilateral-serve-\(UUID().uuidString.prefix(8))"
        try tmuxCommand(["new-session", "-d", "-x", String(columns), "-y", String(rows), command])
    }

    /// The screen as text, one line per row.
    func screen() -> String {
        (try? tmuxCommand(["capture-pane", "-p"])) ?? ""
    }

    func send(_ keys: String...) {
        _ = try? tmuxCommand(["send-keys"] + keys)
    }

    func resize(columns: Int, rows: Int) {
        _ = try? tmuxCommand(["resize-window", "-x", String(columns), "-y", String(rows)])
    }

    func kill() {
        _ = try? tmuxCommand(["kill-server"])
    }

    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> String {
        try ChildProcess.capture(tmux, ["-L", socketName] + arguments, within: 10).output
    }
}
