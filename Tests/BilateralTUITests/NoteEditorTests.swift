import BilateralCore
import Foundation
import Testing
@testable import BilateralTUI
import TerminalUI

/// Notes through the user's editor: the file round trip with fake editors, and C-x on the note line.
@Suite struct NoteEditorTests {
    /// An executable shell script in a fresh temporary directory, standing in for an editor.
    private func fakeEditor(_ body: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script = directory.appendingPathComponent("editor")
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    @Test func theNoteGoesToTheFileAndWhatTheEditorWroteComesBack() throws {
        // The editor gets one argument, the file, holding the note; it appends a line and a mark of its argument count.
        let editor = try fakeEditor(#"printf 'more words\nargs=%s\n' "$#" >> "$1""#)
        let result = try ExternalEditor(command: [editor]).edit("first line")
        #expect(result == "first line\nmore words\nargs=1\n")
    }

    @Test func theTextIsDataNeverAShellCommand() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-not-run-\(UUID().uuidString)").path
        let note = "$(touch \(marker)) `touch \(marker)`; touch \(marker)"
        // An editor that changes nothing: the note comes back as it went.
        let result = try ExternalEditor(command: ["true"]).edit(note)
        #expect(result == note + "\n")
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func theVariableIsSplitIntoArgumentsAndVisualComesFirst() throws {
        let editor = try fakeEditor(#"printf '%s|' "$@" > "$3""#)
        let split = ExternalEditor(environment: ["VISUAL": "\(editor)  --wait -x", "EDITOR": "nano"])
        #expect(split.command == [editor, "--wait", "-x"])
        let result = try split.edit("old")
        #expect(result.hasPrefix("--wait|-x|/"))
        #expect(ExternalEditor(environment: ["EDITOR": "nano -w"]).command == ["nano", "-w"])
        #expect(ExternalEditor(environment: ["VISUAL": "  ", "EDITOR": "ed"]).command == ["ed"])
        #expect(ExternalEditor(environment: [:]).command == ["vi"])
    }

    @Test func aFailingOrMissingEditorLeavesTheNote() throws {
        let failing = try fakeEditor("echo changed > \"$1\"; exit 3")
        #expect(throws: ExternalEditor.Failure.exited(failing, 3)) { try ExternalEditor(command: [failing]).edit("kept") }
        #expect(throws: ExternalEditor.Failure.cannotStart("no-such-editor-here", "not found")) {
            try ExternalEditor(command: ["no-such-editor-here"]).edit("kept")
        }
    }

    @Test func ctrlXOnTheNoteLineHandsTheNoteToTheEditorAndSavesWhatComesBack() throws {
        var edited: [String] = []
        let terminal = ScriptedTerminal(width: 100, height: 30, events: [
            .key(.character("i")), .key(.character("d")), .key(.character("r")), .key(.ctrl("x")), .key(.character("q")),
        ])
        var saved: [UserEdit] = []
        let state = Dashboard.run(
            model: FixtureModel.model(), on: terminal, corpusName: "fixture", save: { edit, _ in saved.append(edit) },
            editNote: { text in
                edited.append(text)
                return .text("\n  draft, finished in the editor\nsecond line\n\n")
            })
        #expect(edited == ["dr"])
        #expect(state.marks(ofArticle: 0).note == "draft, finished in the editor\nsecond line")
        #expect(saved.contains(.marks(articleKey: state.model.articles[0].marksKey, state.marks(ofArticle: 0))))
        #expect(state.mode == .normal)
    }

    @Test func withoutAnEditorCtrlXSaysSoAndTheLineStaysOpen() {
        var state = makeState()
        state.press(.character("i"))
        state.type("kept")
        state.press(.ctrl("x"))
        #expect(state.mode == .note)
        #expect(state.message?.contains("no external editor") == true)
        #expect(state.effects.isEmpty)
    }

    @Test func aFailedEditLeavesTheNoteAndSaysWhy() {
        var state = makeState()
        state.editorAvailable = true
        state.press(.character("i"))
        state.type("kept")
        state.press(.enter)
        update(&state, .noteEdited(article: 0, .failed("vi exited with status 1: note unchanged")))
        #expect(state.marks(ofArticle: 0).note == "kept")
        #expect(state.message == "vi exited with status 1: note unchanged")
    }
}
