import CNcursesw
import TerminalUI

/// The real terminal, through ncurses: the only type that starts, draws to and stops curses.
///
/// Create it after `checkUsable()`, hand it to the run loop, then call `shutdown()` on
/// every way out (deinit does too, so a thrown error still restores the terminal).
public final class NcursesTerminal: TerminalBackend {
    public let capabilities: TerminalCapabilities

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let attributeBits: AttributeBits
    var pairs: ColorPairTable
    var readPolicy = ReadFailurePolicy()
    private let savedSignals: SignalFlags.SavedActions
    /// The terminal as it was before curses started, to give back when stdout is gone at the end.
    private let controlling: ControllingTerminal?
    /// The last frame on screen, after sanitising; nil forces a full repaint.
    var lastFrame: Grid?
    private(set) var isShutDown = false
    /// True when the terminal was asked to report clicks and wheel turns (SGR, 1006).
    let mouseReporting: Bool

    /// Starts curses on stdin/stdout: locale, raw keys, no echo, hidden cursor, colours.
    /// - Throws: `TerminalUnavailable` when the terminal cannot run the dashboard.
    public init(mouse: Bool = true) throws(TerminalUnavailable) {
        let name = try Self.usableTerminalName()
        // Before newterm, or ncurses decides the locale cannot show wide characters.
        bilateral_set_locale_from_environment()
        let unicode = Self.codesetIsUTF8()
        let controlling = ControllingTerminal()
        // Installed first so ncurses sees handlers in place and keeps its own out of the way.
        let savedSignals = SignalFlags.install()
        guard let screen = bilateral_newterm(), let window = bilateral_stdscr() else {
            SignalFlags.uninstall(savedSignals)
            throw .cannotStart(name)
        }
        _ = set_term(screen)
        self.screen = screen
        self.window = window
        self.savedSignals = savedSignals
        self.controlling = controlling
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        // The cursor is hidden, so curses need not park it after each update.
        _ = leaveok(window, true)
        _ = curs_set(0)
        // Esc alone must answer at once, not after the default second.
        _ = set_escdelay(25)
        let colors = Self.startColors()
        capabilities = TerminalCapabilities(unicode: unicode, colors: colors.count)
        pairs = ColorPairTable(
            colors: colors.count, capacity: Int(bilateral_color_pairs()), defaultColorsAllowed: colors.defaultsAllowed,
            plainHasOwnPair: true
        )
        attributeBits = AttributeBits()
        mouseReporting = mouse
        // Clicks, drags and the wheel, reported as SGR sequences that the input reader parses.
        if mouse { Self.writeControl("\u{1B}[?1000h\u{1B}[?1002h\u{1B}[?1006h") }
    }

    /// Writes an application control sequence (OSC 52 copy) straight to the terminal.
    public func writeControl(_ sequence: String) {
        guard !isShutDown else { return }
        Self.writeControl(sequence)
    }

    /// Writes a control sequence straight to the terminal (outside curses' screen model).
    static func writeControl(_ sequence: String) {
        _ = fflush(nil)
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    deinit {
        shutdown()
    }

    /// The largest screen the dashboard draws: a terminal that says it is bigger (a client's window-change
    /// to 65535×65535 crashed ncurses, 5000×5000 took 2.7 GB) gets this much, the rest left blank.
    public static let largestSize = (width: 1000, height: 500)

    public var size: (width: Int, height: Int) {
        (min(Int(bilateral_max_x(window)), Self.largestSize.width), min(Int(bilateral_max_y(window)), Self.largestSize.height))
    }

    /// Ends curses and gives the terminal back as it was; safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if mouseReporting { Self.writeControl("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l") }
        _ = curs_set(1)
        _ = endwin()
        delscreen(screen)
        // curses wrote its restoring bytes and modes to fd 1; with fd 1 gone they went nowhere.
        if ControllingTerminal.standardOutputIsGone { controlling?.restore() }
        SignalFlags.uninstall(savedSignals)
    }

    // MARK: - Start-up

    private static func codesetIsUTF8() -> Bool {
        guard let raw = bilateral_codeset() else { return false }
        let codeset = String(cString: raw).lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }

    /// Colours the dashboard may use: none under `NO_COLOR`, else 256 or 8.
    private static func startColors() -> (count: Int, defaultsAllowed: Bool) {
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return (0, false) }
        guard has_colors(), start_color() == OK else { return (0, false) }
        let defaultsAllowed = use_default_colors() == OK
        let available = Int(bilateral_colors())
        if available >= 256 { return (256, defaultsAllowed) }
        if available >= 8 { return (8, defaultsAllowed) }
        return (0, defaultsAllowed)
    }
}
