import Foundation
import Testing

/// The real binary in tmux: type a filter, recall it with Up, undo it, and mouse bytes
/// that must not act as keys when the mouse is off.
@Suite(.serialized) struct FilterHistoryTests {
    /// The status line: the screen's last line.
    private func status(_ screen: String) -> String {
        String(screen.split(separator: "\n").last ?? "")
    }

    /// `18/80 stances`: kept against the total.
    private func countsAgainstTotals(_ line: String) -> Bool {
        line.range(of: #"[0-9]+/[0-9]+ stances"#, options: .regularExpression) != nil
    }

    @Test func typeAFilterRecallItWithUpAndUndoIt() throws {
        let state = Dashboard.freshStateDirectory()
        let session = try Dashboard.start(stateDirectory: state)
        defer { session.kill() }
        try session.send("f")
        try session.waitFor("filter:")
        try session.send("actor:CHN", literal: true)
        try session.waitForScreen("the filter counted against totals") { countsAgainstTotals(status($0)) }
        try session.send("Enter")
        try session.waitForScreen("the applied filter") { status($0).contains("filter: actor:CHN") }
        // Esc takes the typed filter off (no search, no chips), U puts it back.
        try session.send("Escape")
        try session.waitForScreen("the filter cleared") { !status($0).contains("filter: actor:CHN") }
        try session.send("U")
        try session.waitForScreen("the filter back after U") { status($0).contains("undo: actor:CHN") && countsAgainstTotals(status($0)) }
        try session.send("C")
        try session.waitForScreen("everything cleared") { !status($0).contains("filter:") }
        // Up in the filter line recalls it.
        try session.send("f")
        try session.waitFor("filter:")
        try session.send("Up")
        let recalled = try session.waitForScreen("the filter recalled with Up") { status($0).contains("filter: actor:CHN") }
        #expect(countsAgainstTotals(status(recalled)), "counts against totals while filtered: \(status(recalled))")
        try session.send("Enter")
        try session.send("q")
        _ = try session.exitStatus()

        // The next run on the same corpus remembers the history and where it was.
        let again = try Dashboard.start(stateDirectory: state)
        defer { again.kill() }
        try again.waitForScreen("the session's filter restored") { status($0).contains("filter: actor:CHN") }
        try again.send("C")
        try again.send("f")
        try again.send("Up")
        try again.waitForScreen("history kept across runs") { status($0).contains("filter: actor:CHN") }
    }

    @Test func mouseBytesDoNothingWithTheMouseOff() throws {
        let session = try Dashboard.start(arguments: "--no-mouse")
        defer { session.kill() }
        let before = try session.screen()
        #expect(before.contains("┏━ 1 Timeline"), "the timeline starts focused")
        // A click at the stances pane and a wheel turn, as a terminal would report them.
        try session.send("\u{1B}[<0;110;10M", literal: true)
        try session.send("\u{1B}[<0;110;10m", literal: true)
        try session.send("\u{1B}[<65;60;10M", literal: true)
        try session.send("2")
        let after = try session.waitForScreen("focus moved by the 2 key only") { $0.contains("┏━ 2 Article") }
        #expect(!after.contains("┏━ 3 Stances"))
        #expect(!after.contains("┏━ 1 Timeline"))
        #expect(!status(after).contains("filter:"), "no byte of a report was typed as a key")
    }

    @Test func aClickFocusesAndSelectsWithTheMouseOn() throws {
        let session = try Dashboard.start()
        defer { session.kill() }
        try session.send("\u{1B}[<0;110;4M", literal: true)
        try session.waitForScreen("the stances pane focused by a click") { $0.contains("┏━ 3 Stances") }
    }
}

/// Sorting stances and the config file, on the real binary.
@Suite(.serialized) struct SortAndConfigTests {
    @Test func sSortsTheStancesAndTheTitleSaysHow() throws {
        let session = try Dashboard.start(width: 200, height: 50)
        defer { session.kill() }
        try session.send("3")
        try session.send("s")
        let sorted = try session.waitForScreen("the stances sorted by score") { $0.contains("3 Stances · article · by score") }
        let scores = Dashboard.stanceScores(on: sorted)
        #expect(scores.count >= 2)
        #expect(scores == scores.sorted(by: >), "scores shown: \(scores)")
        try session.send("s")
        try session.waitFor("by date")
    }

    @Test func aBadConfigLineIsOneMessageNamingFileAndLineAndDefaultsApply() throws {
        let home = Dashboard.freshStateDirectory()
        try FileManager.default.createDirectory(atPath: home + "/bilateral", withIntermediateDirectories: true)
        try "keys:\n  undo: u\n  frobnicate: x\ncolors:\n  cooperative: 41\n"
            .write(toFile: home + "/bilateral/config.yaml", atomically: true, encoding: .utf8)
        let session = try Dashboard.start(width: 200, height: 50, extra: "XDG_CONFIG_HOME=\(home)")
        defer { session.kill() }
        let screen = try session.waitFor("config.yaml:3:")
        #expect(screen.contains("unknown command 'frobnicate'"))
        // The good lines still count: u undoes.
        try session.send("-")
        try session.waitForScreen("the polarity chip") { $0.contains("pol: -") }
        try session.send("u")
        try session.waitForScreen("u undoing the chip") { !$0.contains("pol: -") }
    }
}
