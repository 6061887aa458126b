import CNcursesw
import TerminalUI

/// The only code that calls curses.
public enum NcursesBackend {}
