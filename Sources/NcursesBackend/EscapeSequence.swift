import TerminalUI

/// What follows an Esc read on its own: Alt plus a key, a mouse report, another control
/// sequence curses did not know, or nothing (Esc itself).
///
/// Pure: it reads characters through `next`, which returns nil when none is waiting, so
/// it is tested without a terminal. Mouse reports are read whole whether or not the mouse
/// is on, so their bytes never reach the dashboard as keys (`1;40;12M` would focus a pane).
enum EscapeSequence {
    enum Outcome: Equatable {
        case key(Key)
        /// A sequence read and dropped.
        case swallowed
    }

    /// The longest control sequence read before giving up on finding its end.
    static let longest = 32

    /// After Esc: `next` yields what is already waiting. `mouse` says whether reports act.
    static func read(next: () -> UInt32?, mouse: Bool) -> Outcome {
        guard let first = next() else { return .key(.escape) }
        switch first {
        case 0x5B: // [
            return controlSequence(next: next, mouse: mouse)
        case 0x4F: // O: SS3 (keypad and function keys curses did not decode)
            _ = next()
            return .swallowed
        case 0x1B:
            return .key(.escape)
        case 0x7F, 0x08:
            return .key(.alt("\u{7F}"))
        default:
            guard first >= 0x20, let scalar = Unicode.Scalar(first) else { return .swallowed }
            return .key(.alt(Character(scalar)))
        }
    }

    /// What follows `ESC [`: an SGR mouse report (`<b;x;yM`), an X10 one (`M` and three
    /// bytes), or any other sequence, read up to its final byte and dropped.
    static func controlSequence(next: () -> UInt32?, mouse: Bool) -> Outcome {
        guard let first = next() else { return .key(.alt("[")) }
        if first == 0x3C { return sgrMouse(next: next, mouse: mouse) } // <
        if first == 0x4D { // M: X10, three raw bytes
            let bytes = (0..<3).compactMap { _ in next() }
            guard mouse, bytes.count == 3 else { return .swallowed }
            return sgrOutcome(button: Int(bytes[0]) - 32, x: Int(bytes[1]) - 32, y: Int(bytes[2]) - 32, released: bytes[0] & 3 == 3)
        }
        var current: UInt32? = first
        for _ in 0..<longest {
            guard let byte = current else { break }
            if (0x40...0x7E).contains(byte) { break }
            current = next()
        }
        return .swallowed
    }

    /// `<b;x;y` then `M` (press) or `m` (release), after `ESC [`.
    static func sgrMouse(next: () -> UInt32?, mouse: Bool) -> Outcome {
        var fields: [Int] = [0]
        for _ in 0..<longest {
            guard let byte = next() else { return .swallowed }
            switch byte {
            case 0x30...0x39: fields[fields.count - 1] = fields[fields.count - 1] * 10 + Int(byte - 0x30)
            case 0x3B: fields.append(0)
            case 0x4D, 0x6D:
                guard mouse, fields.count == 3 else { return .swallowed }
                return sgrOutcome(button: fields[0], x: fields[1], y: fields[2], released: byte == 0x6D)
            default: return .swallowed
            }
        }
        return .swallowed
    }

    private static func sgrOutcome(button: Int, x: Int, y: Int, released: Bool) -> Outcome {
        MouseEvent.sgr(button: button, x: x, y: y, released: released).map { .key(.mouse($0)) } ?? .swallowed
    }
}
