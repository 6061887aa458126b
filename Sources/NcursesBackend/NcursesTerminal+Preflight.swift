import CNcursesw
import TerminalUI

extension NcursesTerminal {
    /// Checks, without changing the terminal, that the dashboard can run here.
    ///
    /// Call it before loading the corpus so a pipe or `TERM=dumb` fails at once.
    /// - Throws: `TerminalUnavailable` with a one-line reason pointing to `bilateral export`.
    public static func checkUsable() throws(TerminalUnavailable) {
        _ = try usableTerminalName()
    }

    /// The value of TERM once every check has passed.
    static func usableTerminalName() throws(TerminalUnavailable) -> String {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let raw = getenv("TERM"), case let name = String(cString: raw), !name.isEmpty else {
            throw .termUnset
        }
        if name == "dumb" { throw .dumbTerminal(name) }
        switch bilateral_terminfo_check(name) {
        case 0: return name
        case 1: throw .unknownTerminal(name)
        case 2: throw .dumbTerminal(name)
        default: throw .noTerminfoDatabase(name)
        }
    }
}
