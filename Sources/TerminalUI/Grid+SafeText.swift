/// Writing corpus text into a grid safely.
extension Grid {
    /// Writes `text` after removing control characters, as ASCII when `ascii` is set.
    ///
    /// This is the path every piece of corpus text takes into a grid. Text that does not
    /// fit ends with an ellipsis (`Clip`), never cut inside a number; trailing spaces that
    /// do not fit are dropped without one.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil, ascii: Bool = false
    ) -> Int {
        var safe = text.removingTerminalControls
        if ascii { safe = Transliteration.ascii(safe) }
        let available = min(width, limit.map { x + $0 } ?? width) - x
        if Self.exceeds(safe, columns: available) {
            var trimmed = Substring(safe)
            while let last = trimmed.last, last == " " { trimmed = trimmed.dropLast() }
            safe = trimmed.displayWidth <= available ? String(trimmed) : Clip.text(safe, to: available, ascii: ascii)
        }
        return put(safe, x: x, y: y, style: style, limit: limit)
    }

    /// True when `text` is wider than `columns`; stops measuring once it is, so a long
    /// sentence in a narrow row costs only the row's width.
    static func exceeds(_ text: String, columns: Int) -> Bool {
        // No character is wider than its UTF-8 bytes, so a text of few bytes fits.
        if text.utf8.count <= columns { return false }
        var width = 0
        for character in text {
            width += character.displayWidth
            if width > columns { return true }
        }
        return false
    }

    /// Replaces whatever slipped through as unsafe: control characters, and non-ASCII in ASCII mode.
    ///
    /// A last guard before a frame is shown; in ASCII mode a leftover double-width
    /// character becomes two `?` so columns still line up.
    public mutating func makeSafe(ascii: Bool) {
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                if cell.text.hasTerminalControls {
                    self[x, y] = Cell(" ", style: cell.style)
                } else if ascii, !cell.text.utf8.allSatisfy({ $0 < 0x80 }) || cell.isContinuation {
                    self[x, y] = Cell("?", style: cell.style)
                }
            }
        }
    }
}
