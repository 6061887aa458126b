import CNcursesw
import TerminalUI

extension NcursesTerminal {
    /// Gives the terminal to another program (the user's editor) while `work` runs, then takes
    /// it back and repaints the whole frame: what the program drew is not what curses thinks is on screen.
    public func suspended<Result>(_ work: () -> Result) -> Result {
        guard !isShutDown else { return work() }
        if mouseReporting { Self.writeControl("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l") }
        _ = def_prog_mode()
        _ = curs_set(1)
        _ = endwin()
        let result = work()
        _ = reset_prog_mode()
        _ = curs_set(0)
        if mouseReporting { Self.writeControl("\u{1B}[?1000h\u{1B}[?1002h\u{1B}[?1006h") }
        // The next present() draws every cell, on a cleared screen.
        lastFrame = nil
        _ = clearok(window, true)
        _ = wrefresh(window)
        return result
    }
}
