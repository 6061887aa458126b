import Foundation
import Testing

/// What a user must see once the dashboard is up over SSH, and how it ends.
enum DashboardCheck {
    /// An era label from the catalogue that the seeds fall in.
    static let eraLabel = "The Sochi warming"
    /// Words from the test article's title, in Japanese: two columns per character on screen.
    static let cjkTitle = "日ロ交渉"
    static let curlyQuotes: Set<Character> = ["“", "”", "‘", "’"]

    /// Writes a small article whose title is Japanese and whose text has curly quotes; returns its path.
    static func writeCJKArticle(in directory: URL) throws -> String {
        let text = """
            ---
            title: \(cjkTitle)、東京で再開
            date: 2019-01-22
            source: Loopback Test Wire
            ---
            Japan and Russia reopened their “peace treaty” talks in Tokyo on 22 January 2019. \
            The Japanese side called the first round “frank”; 両国の外相 met for three hours, and Moscow’s envoy \
            said the islands question would take time.

            """
        let path = directory.appendingPathComponent("000_cjk_article.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Waits for the dashboard on `tmux` and checks text, resize and `q`; `statusFile` receives ssh's exit status.
    static func expectWorkingDashboard(in tmux: TmuxSession, statusFile: String, columns: Int, rows: Int) {
        let rendered = TestEnvironment.eventually(within: 30) {
            let screen = tmux.screen()
            return screen.contains(eraLabel) && screen.contains(cjkTitle)
        }
        let screen = tmux.screen()
        #expect(rendered, "the dashboard did not show the era label and the CJK title:\n\(screen)")
        #expect(screen.contains { curlyQuotes.contains($0) }, "no curly quote on screen:\n\(screen)")
        #expect(!screen.contains("\u{FFFD}") && !screen.contains("?\u{0080}"), "mangled text:\n\(screen)")

        // Grow the window: the dashboard only draws on the new rows if its terminal heard of the change.
        let grownRows = rows + 12
        tmux.resize(columns: columns + 30, rows: grownRows)
        let redrawn = TestEnvironment.eventually(within: 15) {
            let lines = tmux.screen().components(separatedBy: "\n")
            return lines.count >= grownRows
                && lines[rows..<grownRows].contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        #expect(redrawn, "the dashboard did not use the rows a resize added:\n\(tmux.screen())")

        tmux.send("q")
        let ended = TestEnvironment.eventually(within: 15) { FileManager.default.fileExists(atPath: statusFile) }
        let status = (try? String(contentsOfFile: statusFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ended && status == "0", "ssh did not exit 0 after q (status \(status ?? "none")):\n\(tmux.screen())")
    }

    /// A shell command for tmux: runs ssh and writes its exit status to `statusFile`.
    ///
    /// The client sends no locale, so the UTF-8 on screen is the server's doing (serve's C.UTF-8 default,
    /// sshd's `SetEnv`), whatever locale the machine running the tests has.
    static func sshCommand(_ arguments: [String], statusFile: String) throws -> String {
        let client = ["env", "-u", "LANG", "-u", "LC_ALL", "-u", "LC_CTYPE", try ServeEndToEndTests.ssh(), "-tt"]
        let quoted = (client + arguments).map { "'\($0)'" }.joined(separator: " ")
        return "\(quoted); echo $? > '\(statusFile)'; sleep 60"
    }
}
