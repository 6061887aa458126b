import Foundation
import Testing

/// Folding the timeline and writing a note in `$EDITOR`, in a real terminal on the seeds.
@Suite(.serialized) struct TimelineFoldingTests {
    /// The timeline pane's part of each screen line (left of the article pane).
    private static func timeline(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.prefix(while: { $0 != "│" && $0 != "╭" && $0 != "╰" }))
        }
    }

    private static func eventRows(_ screen: String) -> Int {
        timeline(screen).filter { $0.contains("• ") }.count
    }

    @Test func bracketsFoldAndUnfoldEverythingAndSpaceOneEra() throws {
        let session = try Dashboard.start(arguments: "--no-store --fresh")
        defer { session.kill() }
        let opened = try session.waitForScreen("events in the timeline") { Self.eventRows($0) > 0 }
        let events = Self.eventRows(opened)
        try session.send("[")
        let folded = try session.waitForScreen("every era folded") { $0.contains("all folded") }
        #expect(Self.eventRows(folded) == 0)
        #expect(Self.timeline(folded).filter { $0.contains("▸ ") }.count >= 2, "folded eras are marked:\n\(folded)")
        try session.send("]")
        let unfolded = try session.waitForScreen("everything unfolded") { $0.contains("all unfolded") }
        #expect(Self.eventRows(unfolded) == events)
        // Up from the first article to its era's header; Space folds that era alone, and again opens it.
        try session.send("g")
        try session.send("k")
        try session.send("Space")
        let one = try session.waitForScreen("one era folded") { $0.contains("folded (Space again opens it)") }
        #expect(Self.timeline(one).filter { $0.contains("▸ ") }.count == 1)
        try session.send("Space")
        let again = try session.waitForScreen("the era unfolded") { $0.contains(" unfolded") && !$0.contains("all unfolded") }
        #expect(Self.eventRows(again) == events)
    }

    @Test func ctrlXOnTheNoteLineWritesTheNoteInTheEditor() throws {
        // A fake editor: appends a line to the file it is given and exits.
        let directory = NSTemporaryDirectory() + "bilateral-e2e-editor-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let editor = directory + "/editor"
        try Data("#!/bin/sh\nprintf 'from the editor\\n' >> \"$1\"\n".utf8).write(to: URL(fileURLWithPath: editor))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
        let session = try Dashboard.start(extra: "EDITOR=\(editor) VISUAL=", arguments: "--no-store --fresh")
        defer { session.kill() }
        try session.send("i")
        try session.waitFor("C-x $EDITOR")
        try session.send("typed", literal: true)
        try session.send("C-x")
        let screen = try session.waitForScreen("the note saved from the editor") { $0.contains("note saved") }
        // The dashboard is whole again after the editor gave the terminal back.
        #expect(["1 Timeline", "2 Article", "3 Stances"].allSatisfy(screen.contains))
        #expect(Self.timeline(screen).contains { $0.contains("✎") })
        try session.send("i")
        try session.waitFor("typed from the editor")
    }
}
