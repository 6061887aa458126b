import CNcursesw
import TerminalUI

/// Turns what `wget_wch` returned into a `Key`, with no terminal involved.
enum KeyDecoder {
    /// One read from `wget_wch`: a function-key code (`KEY_CODE_YES`) or a character.
    enum RawInput: Sendable, Equatable {
        case functionKey(Int32)
        case character(UInt32)
    }

    /// The key for `input`, or nil for codes the app has no use for (mouse, unknown keys).
    static func key(for input: RawInput) -> Key? {
        switch input {
        case .functionKey(let code): functionKey(code)
        case .character(let value): character(value)
        }
    }

    /// Keys curses decoded from an escape sequence.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        default:
            let first = bilateral_key_f(1)
            if code >= first && code <= bilateral_key_f(63) {
                return .function(Int(code - first) + 1)
            }
            return nil
        }
    }

    /// Plain characters: control bytes become named keys or Ctrl-letters.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            // 1 is Ctrl-A; tab (9), Ctrl-J (10), Ctrl-M (13) and Ctrl-H (8) are taken above.
            guard let letter = Unicode.Scalar(value + 96) else { return nil }
            return .ctrl(Character(letter))
        case 0..<32, 128..<160:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
