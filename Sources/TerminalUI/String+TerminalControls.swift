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

extension String {
    /// The text with escape sequences and control characters removed; tabs and newlines become spaces.
    public var removingTerminalControls: String {
        guard contains(where: \.isTerminalControl) else { return self }
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
