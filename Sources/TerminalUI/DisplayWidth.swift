/// Terminal column widths, computed without the C library so grids agree with any locale.
extension Character {
    /// 0 for combining and control characters, 2 for East Asian wide and emoji, else 1.
    public var displayWidth: Int {
        // Most text on screen is ASCII: one byte, one column (none for a control).
        if let ascii = asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        guard let first = unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
            return 0
        }
        if value == 0x200B || value == 0xFEFF || (0x200C...0x200F).contains(value) { return 0 }
        if Character.isWide(value) { return 2 }
        if unicodeScalars.count > 1, first.properties.isEmojiPresentation
            || unicodeScalars.contains(where: { $0.value == 0xFE0F }) {
            return 2
        }
        return 1
    }

    /// The scalars sent to the terminal for this character, which then takes exactly `displayWidth` columns.
    ///
    /// Terminals and tmux disagree on emoji sequences: one draws "👩‍👩‍👧" as one glyph two columns wide, another
    /// as three glyphs six columns wide, and the rest of the row shifts. So a cluster is sent as its first
    /// scalar with only the marks that never take a column of their own (combining marks, variation
    /// selectors) or, for a flag, its two regional indicators; a zero-width joiner and everything after it,
    /// skin-tone modifiers and tags are left out. At most `limit` scalars (curses holds five with the NUL).
    public func terminalScalars(limit: Int = 4) -> [Unicode.Scalar] {
        var scalars = unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return [] }
        var kept = [first]
        let isFlag = Character.isRegionalIndicator(first.value)
        while kept.count < limit, let next = scalars.next() {
            let value = next.value
            if value == 0x200D { break }
            let category = next.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark || category == .spacingMark
                || (0xFE00...0xFE0F).contains(value) || (isFlag && kept.count == 1 && Character.isRegionalIndicator(value)) {
                kept.append(next)
            } else if category == .format || (0x1F3FB...0x1F3FF).contains(value) {
                // Tags and skin tones change a glyph's look; left out, the base glyph keeps its width.
                continue
            } else {
                break
            }
        }
        return kept
    }

    static func isRegionalIndicator(_ value: UInt32) -> Bool {
        (0x1F1E6...0x1F1FF).contains(value)
    }

    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
             0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The number of terminal columns the text takes.
    public var displayWidth: Int {
        // ASCII is measured on its bytes, without breaking the text into characters.
        var width = 0
        for byte in utf8 {
            if byte >= 0x80 { return reduce(0) { $0 + $1.displayWidth } }
            if byte >= 0x20, byte != 0x7F { width += 1 }
        }
        return width
    }

    /// True when every character is ASCII (one byte, at most one column).
    var isAllASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
