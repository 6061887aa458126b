/// Why the dashboard cannot run on this terminal; its description is one line for stderr.
public enum TerminalUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
    case notATerminal
    case termUnset
    case dumbTerminal(String)
    case unknownTerminal(String)
    case noTerminfoDatabase(String)
    case cannotStart(String)

    public var description: String {
        "\(reason); use `bilateral export` for text output instead"
    }

    private var reason: String {
        switch self {
        case .notATerminal:
            "the dashboard needs an interactive terminal (stdin and stdout are not both a tty)"
        case .termUnset:
            "the dashboard needs a terminal type, but TERM is not set"
        case .dumbTerminal(let name):
            "the dashboard cannot draw on TERM=\(name) (no cursor movement)"
        case .unknownTerminal(let name):
            "the terminal type TERM=\(name) is not in the terminfo database"
        case .noTerminfoDatabase(let name):
            "no terminfo database found to describe TERM=\(name)"
        case .cannotStart(let name):
            "ncurses could not start on TERM=\(name)"
        }
    }
}
