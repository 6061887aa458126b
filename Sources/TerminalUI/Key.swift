/// A key press as the app sees it, independent of curses key codes.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lower-case (`ctrl("c")`).
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    case function(Int)
    case resize
}
