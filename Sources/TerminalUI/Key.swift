/// A key press as the app sees it, independent of curses key codes.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lower-case (`ctrl("c")`).
    case ctrl(Character)
    /// Alt (Meta) plus a key: Esc then the key in one read (`alt("b")`; Alt-Backspace is `alt("\u{7F}")`).
    case alt(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    case function(Int)
    case resize
    /// A mouse report (only when mouse reporting is on).
    case mouse(MouseEvent)
}

/// A click or wheel turn at a screen cell (0-based).
public struct MouseEvent: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case press(button: Int)
        case release
        case wheelUp, wheelDown
        /// Motion with a button held.
        case drag
    }

    public var action: Action
    public var x: Int
    public var y: Int

    public init(action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }

    /// An SGR (1006) mouse report's fields, `ESC [ < b ; x ; y M|m` with 1-based x and y;
    /// nil for reports the dashboard has no use for.
    public static func sgr(button: Int, x: Int, y: Int, released: Bool) -> MouseEvent? {
        let position = (x: max(0, x - 1), y: max(0, y - 1))
        if button & 64 != 0 {
            switch button & 3 {
            case 0: return MouseEvent(action: .wheelUp, x: position.x, y: position.y)
            case 1: return MouseEvent(action: .wheelDown, x: position.x, y: position.y)
            default: return nil
            }
        }
        if button & 32 != 0 { return MouseEvent(action: .drag, x: position.x, y: position.y) }
        if released { return MouseEvent(action: .release, x: position.x, y: position.y) }
        return MouseEvent(action: .press(button: button & 3), x: position.x, y: position.y)
    }
}
