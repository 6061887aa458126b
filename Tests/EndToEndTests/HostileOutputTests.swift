import Foundation
import Testing

/// What the binary writes when names and destinations are hostile: one printable line per problem,
/// exports that cannot be written end with one line and status 1, never a crash.
@Suite(.serialized) struct HostileOutputTests {
    /// A folder with a good article and one whose name holds an escape sequence and a newline.
    private static func makeCorpus() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-e2e-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("Tokyo and Moscow\n\nJapan criticised Russia over the islands. They met again.\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/good.txt"))
        // Invalid UTF-8 inside, so the file gets a warning that names it.
        try Data(Array("Japan met Russia. Caf".utf8) + [0xE9] + Array(" talks.\n".utf8))
            .write(to: URL(fileURLWithPath: root + "/evil\u{1B}]0;owned\u{07}\u{1B}[2J\nname.txt"))
        return root
    }

    private static func hasNoControls(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\r" || $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }
    }

    @Test func namesWithEscapesArePrintableInWarningsCSVAndMarkdown() throws {
        let root = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let binary = try BinaryUnderTest.path()
        for format in ["csv", "markdown"] {
            let outcome = try CommandRunner.run(binary, ["export", "--no-store", "--format", format, root])
            #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
            #expect(Self.hasNoControls(outcome.standardOutput))
            #expect(outcome.standardOutput.contains("evil\\e]0;owned\\x07\\e[2J\\nname.txt"))
            // One warning, on one line, naming the file visibly.
            let lines = outcome.standardError.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 1, "stderr: \(outcome.standardError)")
            #expect(Self.hasNoControls(outcome.standardError))
            #expect(outcome.standardError.contains("evil\\e]0;owned\\x07\\e[2J\\nname.txt: invalid UTF-8"))
        }
        let csv = try CommandRunner.run(binary, ["export", "--no-store", "--format", "csv", root]).standardOutput
        // Every row of the CSV is one line: the newline in the name does not start a row.
        // (Export ends the text with one newline of its own.)
        #expect(csv.hasSuffix("\n"))
        #expect(csv.dropLast().split(separator: "\r\n").allSatisfy { !$0.contains("\n") })
    }

    @Test func anExportThatCannotBeWrittenSaysWhyInOneLine() throws {
        let binary = CommandRunner.shellQuoted(try BinaryUnderTest.path())
        let seeds = CommandRunner.shellQuoted(BinaryUnderTest.seedsPath)
        for (redirect, reason) in [("> /dev/full", "No space left on device"), (">&-", "standard output is closed")] {
            let outcome = try CommandRunner.run("/bin/sh", ["-c", "\(binary) export --no-store \(seeds) \(redirect)"])
            #expect(outcome.status == 1, "\(redirect): \(outcome.standardError)")
            #expect(outcome.standardError == "bilateral: cannot write the export: \(reason)\n")
        }
    }

    @Test func evalWithAGoldFileForAnotherCorpusFails() throws {
        let gold = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-e2e-gold-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: gold) }
        let json = #"{"articles": {"no-such-article.txt": {"date": null, "era": null, "stances_required": []}}}"#
        try Data(json.utf8).write(to: gold)
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["eval", "--no-store", "--gold", gold.path, BinaryUnderTest.seedsPath])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("none of its 1 article id (no-such-article.txt) is in the corpus"))
    }
}
