import ArgumentParser
import BilateralCore
import Foundation

/// A runtime failure: one line on stderr, exit status 1 (64 for a usage error found only at run time).
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var status: Int32

    init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }

    var description: String { message }
}

/// The one place that writes to stderr: each message one printable line (a file name may hold escape
/// sequences or newlines, which are shown as `\e`, `\n`, never sent raw).
enum Diagnostics {
    static func warn(_ line: String) {
        StandardStream.error.write("bilateral: warning: \(PrintableText.name(line))\n")
    }

    static func fail(_ line: String, status: Int32 = 1) -> ExitCode {
        StandardStream.error.write("bilateral: \(PrintableText.name(line))\n")
        return ExitCode(status)
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CommandFailure` into its line on stderr and exit status 1.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            throw Diagnostics.fail(failure.message, status: failure.status)
        }
    }
}
