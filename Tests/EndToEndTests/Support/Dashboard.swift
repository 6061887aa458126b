import Foundation

/// Starting the dashboard on the seeds in tmux, and reading figures off its screen.
enum Dashboard {
    /// `bilateral browse seeds` in a `width`×`height` tmux window, under `locale`
    /// (and `extra` environment assignments), once its first frame is up.
    static func start(
        width: Int = 120, height: Int = 40, locale: String = "C.UTF-8", extra: String = "", waitFor text: String? = "Timeline",
        holdOpen: Bool = false, stateDirectory: String? = nil, arguments: String = ""
    ) throws -> TmuxSession {
        let binary = try BinaryUnderTest.path()
        // Each session remembers its history and position in a state directory of its own,
        // so one test's filter is never restored into the next.
        let state = stateDirectory ?? freshStateDirectory()
        let command = "env LANG=\(locale) LC_ALL=\(locale) XDG_STATE_HOME=\(CommandRunner.shellQuoted(state)) \(extra) "
            + "\(CommandRunner.shellQuoted(binary)) browse \(arguments) "
            + CommandRunner.shellQuoted(BinaryUnderTest.seedsPath)
        let session = try TmuxSession(command: command, width: width, height: height, holdOpen: holdOpen)
        if let text { try session.waitFor(text, timeout: 30) }
        // The first frame comes before the corpus is open: tests read the opened corpus.
        // (The progress can be pushed off the status line by a start-up message: the title's pair shows once open.)
        _ = try? session.waitForScreen("the corpus to open", timeout: 30) { !$0.contains(" opening ") && !$0.contains("RUS – JPN") }
        return session
    }

    /// A new empty directory for `XDG_STATE_HOME`.
    static func freshStateDirectory() -> String {
        let path = NSTemporaryDirectory() + "bilateral-e2e-state-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
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
                if ["articles", "events", "stances"].contains(String(word)), let value = shownCount(words[index - 1]) {
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

extension Dashboard {
    /// `18` from `18` or from a filtered count against its total, `18/80`.
    static func shownCount(_ word: Substring) -> Int? {
        word.split(separator: "/").first.flatMap { Int($0) }
    }

    /// The total from `18/80`, or nil for a plain count.
    static func totalCount(_ word: Substring) -> Int? {
        let parts = word.split(separator: "/")
        return parts.count == 2 ? Int(parts[1]) : nil
    }

    /// The number before `word` (`events`) on the status line, which may be cut short.
    static func statusNumber(_ word: String, on screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").last else { return nil }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "·" })
        guard let index = words.firstIndex(where: { $0.hasPrefix(word) }), index > 0 else { return nil }
        return shownCount(words[index - 1])
    }

    /// The filter line's `N articles · M stances` while a filter is typed.
    static func filterFeedback(on screen: String) -> (articles: Int, stances: Int)? {
        guard let line = screen.split(separator: "\n").last, line.contains("filter:") else { return nil }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "·" })
        guard let articlesAt = words.lastIndex(of: "articles"), articlesAt > 0,
              let stancesAt = words.lastIndex(of: "stances"), stancesAt > 0,
              let articles = shownCount(words[articlesAt - 1]), let stances = shownCount(words[stancesAt - 1]) else { return nil }
        return (articles, stances)
    }

    /// The `N` of the search line's `i/N matches`.
    static func matchTotal(on screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").last(where: { $0.contains(" matches") }) else { return nil }
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(of: "matches"), index > 0 else { return nil }
        return words[index - 1].split(separator: "/").last.flatMap { Int($0) }
    }

    /// The scores in the stances pane's list, top to bottom.
    static func stanceScores(on screen: String) -> [Double] {
        guard let top = screen.split(separator: "\n").first(where: { $0.contains("3 Stances") }),
              let range = top.range(of: "3 Stances") else { return [] }
        let column = top[..<range.lowerBound].count
        var scores: [Double] = []
        for line in screen.split(separator: "\n").drop(while: { !$0.contains("3 Stances") }).dropFirst() {
            let characters = Array(line)
            guard characters.count > column else { continue }
            let inside = String(characters[max(0, column - 3)...]).drop(while: { " │┃|".contains($0) })
            if inside.hasPrefix("─") || inside.hasPrefix("━") { break }
            guard let word = inside.split(separator: " ").first, let score = Double(word) else { continue }
            scores.append(score)
        }
        return scores
    }

    /// The signs of the scores in the stances pane's list (`+4.0 JPN → RUS`).
    static func stanceSigns(on screen: String) -> [Character] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        guard let top = lines.firstIndex(where: { String($0).contains("3 Stances") }),
              let column = String(lines[top]).range(of: "3 Stances").map({ String(lines[top])[..<$0.lowerBound].count })
        else { return [] }
        // The pane's border starts a few columns before its title.
        let left = max(0, column - 3)
        var signs: [Character] = []
        for line in lines.dropFirst(top + 1) {
            guard line.count > left + 2 else { continue }
            if line[left] == "╰" || line[left] == "┗" { break }
            let inside = String(line[(left + 1)...]).drop(while: { $0 == " " || $0 == "│" || $0 == "┃" || $0 == "|" })
            let score = inside.prefix(5)
            guard let sign = score.first, sign == "+" || sign == "-",
                  score.dropFirst().first?.isNumber == true else {
                if inside.hasPrefix("─") || inside.hasPrefix("━") { break }
                continue
            }
            signs.append(sign)
        }
        return signs
    }
}
