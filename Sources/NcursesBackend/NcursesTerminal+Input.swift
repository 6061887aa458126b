import CNcursesw
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
            if let key = KeyDecoder.key(for: input) { return .key(key) }
        }
    }
}
