import TerminalUI

/// Makes a grid safe to hand to curses: the last safeguard before bytes reach the terminal.
///
/// The app already strips control characters and draws ASCII under a non-UTF-8 locale;
/// this only guarantees that nothing slipping through can move the cursor, wrap a line
/// or print half a character.
enum FrameSanitizer {
    /// `grid` with control characters, stray continuations and, without Unicode, any
    /// non-ASCII text replaced.
    static func sanitize(_ grid: Grid, unicode: Bool) -> Grid {
        var result = grid
        for y in 0..<grid.height {
            var previousWasWide = false
            for x in 0..<grid.width {
                let cell = grid[x, y]
                let replacement = replacementText(
                    for: cell.text, x: x, width: grid.width, previousWasWide: previousWasWide, unicode: unicode
                )
                if let replacement {
                    result[x, y] = Cell(replacement, style: cell.style)
                }
                let final = replacement ?? cell.text
                previousWasWide = !final.isEmpty && final.displayWidth == 2
            }
        }
        return result
    }

    /// nil to keep `text`, else what to draw instead.
    private static func replacementText(
        for text: String, x: Int, width: Int, previousWasWide: Bool, unicode: Bool
    ) -> String? {
        if text.isEmpty {
            // A continuation is only real right after a double-width character.
            return previousWasWide ? nil : " "
        }
        if previousWasWide {
            // The wide character to the left already covers this column.
            return ""
        }
        guard let character = text.first else { return " " }
        // One character per cell; anything more would push the rest of the row right.
        let kept = text.count == 1 ? nil : String(character)
        let columns = character.displayWidth
        if columns == 0 { return "?" }
        if !unicode { return character.isASCII ? kept : "?" }
        if columns == 2 && x == width - 1 {
            // Half a character cannot be drawn at the right edge.
            return " "
        }
        return kept
    }
}
