import Foundation

/// Starting the dashboard on the seeds in tmux, and reading figures off its screen.
enum Dashboard {
    /// `bilateral browse seeds` in a `width`×`height` tmux window, under `locale`
    /// (and `extra` environment assignments), once its first frame is up.
    static func start(
        width: Int = 120, height: Int = 40, locale: String = "C.UTF-8", extra: String = "", waitFor text: String? = "Timeline"
    ) throws -> TmuxSession {
        let binary = try BinaryUnderTest.path()
        let command = "env LANG=\(locale) LC_ALL=\(locale) \(extra) \(CommandRunner.shellQuoted(binary)) browse "
            + CommandRunner.shellQuoted(BinaryUnderTest.seedsPath)
        let session = try TmuxSession(command: command, width: width, height: height)
        if let text { try session.waitFor(text, timeout: 30) }
        return session
    }

    /// The dashboard's own process: the child of the shell tmux started.
    static func processID(in session: TmuxSession) throws -> Int32 {
        let shell = try session.panePID()
        let deadline = Date().addingTimeInterval(10)
        repeat {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let child = children.split(separator: " ").compactMap({ Int32($0) }).first { return child }
            usleep(100_000)
        } while Date() < deadline
        throw TmuxFailure(arguments: ["(children of \(shell))"], message: "the dashboard process was not found")
    }

    /// The status line's `N articles · N events · N stances`, or nil when absent.
    static func counts(on screen: String) -> (articles: Int, events: Int, stances: Int)? {
        for line in screen.split(separator: "\n").reversed() {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "|" || $0 == "│" })
            var numbers: [String: Int] = [:]
            for (index, word) in words.enumerated().dropFirst() {
                if ["articles", "events", "stances"].contains(String(word)), let value = Int(words[index - 1]) {
                    numbers[String(word)] = value
                }
            }
            if let articles = numbers["articles"], let events = numbers["events"], let stances = numbers["stances"] {
                return (articles, events, stances)
            }
        }
        return nil
    }

    /// The `selected/total` a pane's top edge shows after its title (`2 Article` → nil if none).
    static func paneTotal(_ title: String, on screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains(title) }),
              let range = line.range(of: title) else { return nil }
        let after = line[range.upperBound...]
        // The first `a/b` after the title, before the next pane's title begins.
        for token in after.split(whereSeparator: { !$0.isNumber && $0 != "/" }) {
            let parts = token.split(separator: "/")
            if parts.count == 2, let total = Int(parts[1]) { return total }
        }
        return nil
    }
}
