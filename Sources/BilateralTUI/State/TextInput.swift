import TerminalUI

/// A one-line text field with a cursor, for the filter, search and actor picker.
public struct TextInput: Sendable, Hashable {
    public private(set) var characters: [Character]
    /// Position between characters, 0...count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns false for keys that are not editing keys.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character) where !character.isTerminalControl:
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .ctrl("w"), .alt("\u{7F}"):
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .ctrl("k"): characters.removeSubrange(cursor...)
        case .alt("b"): cursor = wordStart(before: cursor)
        case .alt("f"): cursor = wordEnd(after: cursor)
        case .alt("d"): characters.removeSubrange(cursor..<wordEnd(after: cursor))
        case .alt:
            // Other Alt keys are the prompt's too: they must never reach the dashboard's keys.
            return true
        default:
            return false
        }
        return true
    }

    /// The start of the word before `position`, past any spaces first (as C-w and M-b go).
    private func wordStart(before position: Int) -> Int {
        var start = position
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        return start
    }

    /// The end of the word after `position`, past any spaces first (as M-f and M-d go).
    private func wordEnd(after position: Int) -> Int {
        var end = position
        while end < characters.count, characters[end] == " " { end += 1 }
        while end < characters.count, characters[end] != " " { end += 1 }
        return end
    }
}
