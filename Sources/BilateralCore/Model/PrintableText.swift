/// Strings from files (names, front-matter values, text) made safe to write to a terminal or a text
/// export: an escape sequence in a file name must not recolour, retitle or clear the user's terminal,
/// and a newline must not forge a second line of a warning or a CSV row.
///
/// The same rules as the dashboard's `removingTerminalControls` (TerminalUI, which the core cannot
/// import): C0 and C1 controls, DEL and the direction overrides that reorder a line.
public enum PrintableText {
    /// True for the scalars a terminal may act on or that reorder what is shown.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    /// Prose for one line: escape sequences and other controls removed, tabs and line breaks as spaces.
    public static func text(_ string: String) -> String {
        guard string.unicodeScalars.contains(where: isControl) else { return string }
        var result = String.UnicodeScalarView()
        var scalars = string.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}": skipEscapeSequence(&scalars)
            case "\t", "\n", "\r": result.append(" ")
            default: if !isControl(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// A name (a path, an id) shown so the user can still tell which file it is: every control written
    /// as a visible escape (`\n`, `\t`, `\e`, `\x07`, `\u{202E}`) instead of being acted on or dropped.
    public static func name(_ string: String) -> String {
        // Backslashes are doubled only in a name that has escapes, so that ordinary names read as they are.
        guard string.unicodeScalars.contains(where: isControl) else { return string }
        var result = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{1B}": result += "\\e"
            case _ where scalar.value < 0x100 && isControl(scalar):
                result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            case _ where isControl(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Drops the body of `ESC [ … final`, `ESC ] … BEL/ST` or a two-character escape.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "]", "P", "X", "^", "_":
            var previous: Unicode.Scalar?
            while let next = scalars.next() {
                if next == "\u{07}" || (previous == "\u{1B}" && next == "\\") { return }
                previous = next
            }
        default:
            return
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
