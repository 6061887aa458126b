import ArgumentParser
import Foundation

/// A runtime failure: one line on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}

/// The one place that writes to stderr.
enum Diagnostics {
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data("bilateral: warning: \(line)\n".utf8))
    }

    static func fail(_ line: String) -> ExitCode {
        FileHandle.standardError.write(Data("bilateral: \(line)\n".utf8))
        return ExitCode(1)
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CommandFailure` into its line on stderr and exit status 1.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            throw Diagnostics.fail(failure.message)
        }
    }
}
