import Foundation

/// The user's own editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a text, through a private
/// temporary file: written, edited, read back, removed.
///
/// The command is the variable split at spaces into an argument vector and run with the file's
/// path as one more argument, never through a shell: nothing in the variable or the text is
/// interpreted. The caller gives the terminal away around `edit` (curses suspended).
public struct ExternalEditor: Sendable {
    /// The command and its arguments, before the file's path.
    public var command: [String]

    public init(command: [String]) {
        self.command = command
    }

    /// The editor the environment names: `$VISUAL`, else `$EDITOR`, else `vi`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let named = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
            .first { !$0.isEmpty }
        command = named ?? ["vi"]
    }

    /// Why the text did not come back.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case cannotWrite(String)
        case cannotStart(String, String)
        case exited(String, Int32)
        case cannotRead(String)

        public var description: String {
            switch self {
            case .cannotWrite(let why): return "could not write the note for the editor: \(why)"
            case .cannotStart(let editor, let why): return "could not start \(editor): \(why)"
            case .exited(let editor, let status): return "\(editor) exited with status \(status): note unchanged"
            case .cannotRead(let why): return "could not read the note back: \(why)"
            }
        }
    }

    /// Runs the editor on `text` and returns what the file holds when it exits with status 0.
    /// - Throws: `Failure` when the file cannot be written or read, the editor cannot start, or it fails.
    public func edit(_ text: String) throws(Failure) -> String {
        let file: URL
        do {
            file = try Self.privateFile(holding: text.isEmpty ? "" : text + "\n")
        } catch {
            throw .cannotWrite(error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let name = command.first ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command + [file.path]
        do {
            try process.run()
        } catch {
            throw .cannotStart(name, error.localizedDescription)
        }
        process.waitUntilExit()
        // env's 127: no such command.
        if process.terminationReason == .exit, process.terminationStatus == 127 { throw .cannotStart(name, "not found") }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .exited(name, process.terminationStatus)
        }
        do {
            let data = try Data(contentsOf: file)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw .cannotRead(error.localizedDescription)
        }
    }

    /// A new file only this user can read, in the temporary directory, holding `text`.
    private static func privateFile(holding text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
        let file = directory.appendingPathComponent("bilateral-note-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return file
    }
}
