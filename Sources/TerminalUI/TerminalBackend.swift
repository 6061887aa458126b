/// What a terminal reports to the app.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    /// The terminal changed size; the app re-lays out from these.
    case resize(width: Int, height: Int)
    /// The terminal is gone or asked to stop (hang-up, EOF, read errors, SIGTERM): exit now.
    case closed
}

/// What the terminal can show, decided once at start-up.
public struct TerminalCapabilities: Sendable, Equatable {
    /// False under a non-UTF-8 locale (`LANG=C`): the app draws ASCII only.
    public var unicode: Bool
    /// 0 (no colour, e.g. `NO_COLOR`), 8 or 256.
    public var colors: Int

    public init(unicode: Bool, colors: Int) {
        self.unicode = unicode
        self.colors = colors
    }
}

/// A real or fake terminal the app's run loop draws to and reads from.
///
/// The ncurses backend implements it; tests implement it with a scripted fake.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    var capabilities: TerminalCapabilities { get }
    /// Blocks until the next key, resize or close.
    func nextEvent() -> TerminalEvent
    /// Waits at most `milliseconds` for the next event; nil when none came (the app has other work arriving).
    func nextEvent(timeout milliseconds: Int) -> TerminalEvent?
    /// Shows `grid`, writing only what changed since the last frame.
    func present(_ grid: Grid)
    /// An event that has already arrived, without waiting; nil when none is waiting. The run
    /// loop reads keys typed faster than frames are drawn together through it.
    func pendingEvent() -> TerminalEvent?
}

extension TerminalBackend {
    /// A backend that cannot wait with a limit waits for the event.
    public func nextEvent(timeout milliseconds: Int) -> TerminalEvent? { nextEvent() }

    /// A backend that cannot tell whether input is waiting says none is: each event is read on its own.
    public func pendingEvent() -> TerminalEvent? { nil }
}
