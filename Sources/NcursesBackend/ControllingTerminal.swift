#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The controlling terminal (`/dev/tty`), kept open from start-up so the terminal can be given back even
/// when stdout is gone: curses restores modes and leaves the alternate screen through fd 1, and with fd 1
/// closed (or no longer a terminal) it would leave the user's terminal raw, without echo, in the alternate
/// screen with the cursor hidden.
final class ControllingTerminal {
    private let descriptor: Int32
    private var saved = termios()

    /// What restores a terminal the dashboard drew on: attributes off, cursor shown, main screen back.
    static let restoreSequence = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"

    /// Opens `path` and remembers its modes as they are now; nil when it cannot be opened or is no terminal.
    init?(path: String = "/dev/tty") {
        let descriptor = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard tcgetattr(descriptor, &saved) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// True when fd 1 can no longer reach a terminal: closed, or not (any longer) a tty.
    static var standardOutputIsGone: Bool {
        isatty(STDOUT_FILENO) != 1
    }

    /// Puts back the modes saved at start-up and writes the restoring sequence, all through this descriptor.
    func restore() {
        let bytes = Array(Self.restoreSequence.utf8)
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
        _ = tcsetattr(descriptor, TCSAFLUSH, &saved)
    }
}
