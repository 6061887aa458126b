import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
import TerminalUI

extension NcursesTerminal {
    /// Blocks for the next key, resize or close; never spins once the terminal is gone.
    public func nextEvent() -> TerminalEvent {
        while true {
            switch SignalFlags.take() {
            case .hangUp: return .closed
            case .interrupt: return .key(.ctrl("c"))
            case .none: break
            }
            if isShutDown { return .closed }
            var value: wint_t = 0
            bilateral_clear_errno()
            let status = wget_wch(window, &value)
            if status == ERR {
                // errno first: any later call may overwrite it.
                let code = bilateral_errno()
                switch readPolicy.judge(errno: code, stdinIsTerminal: isatty(STDIN_FILENO) == 1) {
                case .interrupted, .retry: continue
                case .closed: return .closed
                }
            }
            readPolicy.reset()
            let input: KeyDecoder.RawInput =
                status == KEY_CODE_YES ? .functionKey(Int32(bitPattern: value)) : .character(UInt32(value))
            if input == .functionKey(KEY_RESIZE) {
                lastFrame = nil
                let current = size
                return .resize(width: current.width, height: current.height)
            }
            if input == .character(0x1B) || input == .functionKey(KEY_MOUSE) {
                switch readSequence(afterMouseKey: input == .functionKey(KEY_MOUSE)) {
                case .key(let key): return .key(key)
                case .swallowed: continue
                }
            }
            if let key = KeyDecoder.key(for: input) { return .key(key) }
        }
    }

    /// Reads what already waits after Esc (or after curses matched the start of a mouse
    /// report as `KEY_MOUSE`) without blocking: Alt keys, mouse reports, other sequences.
    private func readSequence(afterMouseKey: Bool) -> EscapeSequence.Outcome {
        _ = wtimeout(window, 0)
        defer { wtimeout(window, -1) }
        let next: () -> UInt32? = { [window] in
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            guard status != ERR, status != KEY_CODE_YES else { return nil }
            return UInt32(value)
        }
        guard afterMouseKey else { return EscapeSequence.read(next: next, mouse: mouseReporting) }
        // curses took `ESC [ <` (SGR) or `ESC [ M` (X10): the rest of the report follows.
        guard let first = next() else { return .swallowed }
        var pending: UInt32? = first
        let replay: () -> UInt32? = {
            if let byte = pending {
                pending = nil
                return byte
            }
            return next()
        }
        if (0x30...0x39).contains(first) { return EscapeSequence.sgrMouse(next: replay, mouse: mouseReporting) }
        let bytes = [first] + (0..<2).compactMap { _ in next() }
        guard mouseReporting, bytes.count == 3,
              let event = MouseEvent.sgr(button: Int(bytes[0]) - 32, x: Int(bytes[1]) - 32, y: Int(bytes[2]) - 32, released: bytes[0] & 3 == 3)
        else { return .swallowed }
        return .key(.mouse(event))
    }
}

extension NcursesTerminal {
    /// Input that has already arrived (keys typed or pasted while the last frame was made); nil at once when none.
    public func pendingEvent() -> TerminalEvent? {
        nextEvent(timeout: 0)
    }

    /// Waits at most `milliseconds` for input; nil when none came. A signal (a resize, a hang-up) ends the
    /// wait early and is read as `nextEvent` reads it.
    public func nextEvent(timeout milliseconds: Int) -> TerminalEvent? {
        if isShutDown { return .closed }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(clamping: milliseconds))
        if ready == 0 { return nil }
        if ready < 0 {
            // Interrupted: a hang-up or interrupt is a flag nextEvent reads; a resize is queued by curses,
            // read without waiting so that a stray signal does not block the progress updates.
            switch SignalFlags.take() {
            case .hangUp: return .closed
            case .interrupt: return .key(.ctrl("c"))
            case .none: break
            }
            wtimeout(window, 0)
            defer { wtimeout(window, -1) }
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            guard status != ERR else { return nil }
            if status == KEY_CODE_YES && Int32(bitPattern: value) == KEY_RESIZE {
                lastFrame = nil
                let current = size
                return .resize(width: current.width, height: current.height)
            }
            let input: KeyDecoder.RawInput = status == KEY_CODE_YES ? .functionKey(Int32(bitPattern: value)) : .character(UInt32(value))
            return KeyDecoder.key(for: input).map(TerminalEvent.key)
        }
        return nextEvent()
    }
}
