import Foundation
import Testing

/// The real binary in tmux: keys the config takes away, evidence scrolled with J, and the
/// stance order kept across runs.
@Suite(.serialized) struct KeysEvidenceAndSessionTests {
    @Test func keysTheConfigUnbindsDoNothingAndTheHelpSaysSo() throws {
        let home = Dashboard.freshStateDirectory()
        try FileManager.default.createDirectory(atPath: home + "/bilateral", withIntermediateDirectories: true)
        try "keys:\n  sortStances: none\n  rejectStance: [none, X]\nunbind: [O]\n"
            .write(toFile: home + "/bilateral/config.yaml", atomically: true, encoding: .utf8)
        let session = try Dashboard.start(width: 200, height: 50, extra: "XDG_CONFIG_HOME=\(home)")
        defer { session.kill() }
        try session.send("3")
        try session.waitFor("┏━ 3 Stances")
        try session.send("s")
        try session.send("O")
        // A key with a visible effect after them: once it shows, s and O have been read.
        try session.send("2")
        let screen = try session.waitFor("┏━ 2 Article")
        #expect(!screen.contains("by score"), "s no longer sorts")
        #expect(!screen.contains("Overview ·"), "O no longer opens the overview")
        try session.send("?")
        let help = try session.waitFor("Everywhere")
        #expect(help.contains("(none)"), "a command without keys says so")
        #expect(help.contains("X") && help.contains("mark the stance wrong"))
    }

    @Test func jScrollsEvidenceThatDoesNotFitAt80x24() throws {
        let session = try Dashboard.start(width: 80, height: 24)
        defer { session.kill() }
        try session.send("3")
        var screen = try session.waitFor("Stances")
        let overflow = #"[0-9]+/[0-9]+ lines"#
        // The first stance whose evidence does not fit under the list.
        for _ in 0..<12 where screen.range(of: overflow, options: .regularExpression) == nil {
            try session.send("j")
            usleep(200_000)
            screen = try session.screen()
        }
        try #require(screen.range(of: overflow, options: .regularExpression) != nil, "some evidence overflows at 80x24:\n\(screen)")
        try session.send("J")
        try session.waitForScreen("the evidence scrolled") { $0.range(of: #"2–[0-9]+/[0-9]+ lines"#, options: .regularExpression) != nil }
        try session.send("K")
        try session.waitForScreen("back at its top") { $0.range(of: #" [0-9]+/[0-9]+ lines"#, options: .regularExpression) != nil }
    }

    @Test func theStanceOrderComesBackOnTheNextRun() throws {
        let state = Dashboard.freshStateDirectory()
        let session = try Dashboard.start(width: 200, height: 50, stateDirectory: state)
        defer { session.kill() }
        try session.send("3")
        try session.send("s")
        try session.waitFor("by score")
        try session.send("q")
        _ = try session.exitStatus()
        let again = try Dashboard.start(width: 200, height: 50, stateDirectory: state)
        defer { again.kill() }
        let screen = try again.waitFor("by score")
        let scores = Dashboard.stanceScores(on: screen)
        #expect(scores == scores.sorted(by: >), "scores shown: \(scores)")
    }
}
