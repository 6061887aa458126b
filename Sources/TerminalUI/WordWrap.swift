/// One wrapped row: the Characters `start..<end` of the text it came from.
public struct WrappedRow: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Greedy word wrapping by display width.
///
/// Rows are Character ranges of the source rather than copies, so highlights given as
/// source offsets (mentions, matches, sentences) land on the right cells after wrapping.
public enum WordWrap {
    /// Wraps `characters` into rows of at most `width` columns.
    ///
    /// Breaks after spaces (dropped at the break) and after hyphens; a word longer than the
    /// row is cut between characters, never inside a double-width one.
    /// - Parameters:
    ///   - measure: the columns one character takes (ASCII mode passes its transliterated width).
    public static func wrap(
        _ characters: [Character], width: Int, measure: (Character) -> Int = { $0.displayWidth }
    ) -> [WrappedRow] {
        let width = max(1, width)
        var rows: [WrappedRow] = []
        var start = 0
        var column = 0
        var breakAt: Int?
        var index = 0

        func trimmedEnd(_ end: Int) -> Int {
            var end = end
            while end > start, characters[end - 1] == " " { end -= 1 }
            return end
        }
        func skipSpaces(_ from: Int) -> Int {
            var from = from
            while from < characters.count, characters[from] == " " { from += 1 }
            return from
        }

        while index < characters.count {
            let character = characters[index]
            let columns = measure(character)
            if character == " " {
                if column + columns > width {
                    rows.append(WrappedRow(start: start, end: trimmedEnd(index)))
                    index = skipSpaces(index)
                    start = index
                    column = 0
                    breakAt = nil
                    continue
                }
                column += columns
                index += 1
                breakAt = index
                continue
            }
            if column + columns > width, index > start {
                if let cut = breakAt, cut > start {
                    rows.append(WrappedRow(start: start, end: trimmedEnd(cut)))
                    start = skipSpaces(cut)
                    column = characters[start..<index].reduce(0) { $0 + measure($1) }
                } else {
                    rows.append(WrappedRow(start: start, end: index))
                    start = index
                    column = 0
                }
                breakAt = nil
                continue
            }
            column += columns
            index += 1
            if character == "-" || character == "\u{2014}" || character == "/" { breakAt = index }
        }
        if start < characters.count || rows.isEmpty {
            rows.append(WrappedRow(start: start, end: trimmedEnd(characters.count)))
        }
        return rows
    }

    /// Wraps `text` into strings of at most `width` columns.
    public static func lines(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        return wrap(characters, width: width).map { String(characters[$0.start..<$0.end]) }
    }
}
