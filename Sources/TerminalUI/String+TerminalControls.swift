/// Keeping article text from acting as terminal commands.
extension Character {
    /// True for C0/C1 controls, DEL and the invisible direction overrides that reorder a line.
    public var isTerminalControl: Bool {
        unicodeScalars.contains { scalar in
            let value = scalar.value
            return value < 0x20 || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }
}

extension StringProtocol {
    /// True when a character of the text is a terminal control (`Character.isTerminalControl`).
    ///
    /// Read from the UTF-8 bytes, which is what a frame's every cell and string goes through:
    /// C0 and DEL are single bytes, C1 is `C2 80`…`C2 9F`, the direction overrides
    /// `E2 80 AA`…`E2 80 AE` and `E2 81 A6`…`E2 81 A9`.
    public var hasTerminalControls: Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            if previous == 0xC2, byte >= 0x80, byte <= 0x9F { return true }
            if beforePrevious == 0xE2 {
                if previous == 0x80, byte >= 0xAA, byte <= 0xAE { return true }
                if previous == 0x81, byte >= 0xA6, byte <= 0xA9 { return true }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}

extension String {
    /// The text with escape sequences and control characters removed; tabs and newlines become spaces.
    public var removingTerminalControls: String {
        guard hasTerminalControls else { return self }
        var result = ""
        var characters = makeIterator()
        while let character = characters.next() {
            if character == "\u{1B}" {
                skipEscapeSequence(&characters)
            } else if character == "\t" || character == "\n" || character == "\r\n" || character == "\r" {
                result.append(" ")
            } else if !character.isTerminalControl {
                result.append(character)
            }
        }
        return result
    }

    /// Drops the body of `ESC [ … final`, `ESC ] … BEL` or a two-character escape.
    private func skipEscapeSequence(_ characters: inout String.Iterator) {
        guard let introducer = characters.next() else { return }
        switch introducer {
        case "[":
            while let next = characters.next() {
                if let value = next.unicodeScalars.first?.value, (0x40...0x7E).contains(value) { return }
            }
        case "]", "P", "X", "^", "_":
            var previous: Character?
            while let next = characters.next() {
                if next == "\u{07}" || (previous == "\u{1B}" && next == "\\") { return }
                previous = next
            }
        default:
            return
        }
    }
}
