import Foundation
import Testing

/// The ways `bilateral` refuses or avoids the dashboard, checked on the built binary.
@Suite(.serialized) struct WithoutDashboardTests {
    @Test func dumbTerminalGetsOneLinePointingToExportAndStatusOne() throws {
        let binary = try BinaryUnderTest.path()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-e2e-dumb-\(getpid()).err")
        defer { try? FileManager.default.removeItem(at: errors) }
        let command = "TERM=dumb \(CommandRunner.shellQuoted(binary)) browse "
            + "\(CommandRunner.shellQuoted(BinaryUnderTest.seedsPath)) 2> \(CommandRunner.shellQuoted(errors.path))"
        let session = try TmuxSession(command: command)
        defer { session.kill() }
        #expect(try session.exitStatus() == 1)
        let message = try String(contentsOf: errors, encoding: .utf8)
        let lines = message.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(message)")
        #expect(message.contains("TERM=dumb"))
        #expect(message.contains("bilateral export"))
    }

    @Test func unknownTerminalGetsOneLineAndStatusOne() throws {
        let binary = try BinaryUnderTest.path()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-e2e-unknown-\(getpid()).err")
        defer { try? FileManager.default.removeItem(at: errors) }
        let command = "TERM=no-such-terminal-here \(CommandRunner.shellQuoted(binary)) "
            + "\(CommandRunner.shellQuoted(BinaryUnderTest.seedsPath)) 2> \(CommandRunner.shellQuoted(errors.path))"
        let session = try TmuxSession(command: command)
        defer { session.kill() }
        #expect(try session.exitStatus() == 1)
        let message = try String(contentsOf: errors, encoding: .utf8)
        #expect(message.split(separator: "\n").count == 1, "expected one line, got: \(message)")
        #expect(message.contains("no-such-terminal-here"))
        #expect(message.contains("bilateral export"))
    }

    @Test func noTerminalAtAllGetsOneLineAndStatusOne() throws {
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), [BinaryUnderTest.seedsPath])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.split(separator: "\n").count == 1, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.contains("bilateral export"))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func exportWorksWithoutATerminal() throws {
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["export", BinaryUnderTest.seedsPath])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(object?["schema"] as? Int == 1)
        let articles = object?["articles"] as? [Any] ?? []
        #expect(!articles.isEmpty)
    }
}
