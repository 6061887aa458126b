/// Shortening text to a number of columns so the cut shows: an ellipsis at the end, and
/// never a cut inside a number (`2016–201` or `+71.` would read as different figures).
public enum Clip {
    /// The mark a clipped string ends with: `…`, or `~` in ASCII (as tig marks a cut field).
    public static func mark(ascii: Bool) -> String { ascii ? "~" : "…" }

    /// `text` when it fits in `columns`, else its longest start that fits with the mark
    /// after it, backed out of any number the cut would split and of trailing spaces and dashes.
    public static func text(_ text: String, to columns: Int, ascii: Bool = false) -> String {
        guard columns > 0 else { return "" }
        guard text.displayWidth > columns else { return text }
        let mark = Self.mark(ascii: ascii)
        let room = columns - mark.displayWidth
        // Only the characters that fit and the two after them (to see whether the cut splits
        // a number) are read: a long sentence clipped to a short row costs the row, not the sentence.
        var characters: [Character] = []
        var kept = 0
        var used = 0
        var fitting = true
        for character in text {
            characters.append(character)
            if fitting, used + character.displayWidth <= room {
                used += character.displayWidth
                kept += 1
            } else {
                fitting = false
                if characters.count >= kept + 2 { break }
            }
        }
        if kept < characters.count, continuesNumber(characters, at: kept), kept > 0, isNumberPart(characters[kept - 1]) {
            while kept > 0, isNumberPart(characters[kept - 1]) { kept -= 1 }
        }
        while kept > 0, isLooseEnd(characters[kept - 1]) { kept -= 1 }
        return String(characters[..<kept]) + mark
    }

    /// True when the characters from `index` carry on a number: a digit, or `.`/`,`/`:` then a digit.
    private static func continuesNumber(_ characters: [Character], at index: Int) -> Bool {
        guard index < characters.count else { return false }
        if characters[index].isNumber { return true }
        return ".,:/-".contains(characters[index]) && index + 1 < characters.count && characters[index + 1].isNumber
    }

    /// Digits and what joins or signs them (`+71.5`, `2016-05-06`, `3/80`, `12:30`).
    private static func isNumberPart(_ character: Character) -> Bool {
        character.isNumber || ".,:/+-".contains(character)
    }

    /// Spaces and dashes a cut should not end on (`2016–…` reads as a range to nowhere).
    private static func isLooseEnd(_ character: Character) -> Bool {
        character.isWhitespace || "-–—/·,:;".contains(character)
    }
}
