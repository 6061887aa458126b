import TerminalUI

/// What the user's config file changes: keys added to or taken from commands, colours of the
/// theme's parts, and whether the mouse is used. Parsed by the executable; defaults apply to the rest.
public struct DashboardSettings: Sendable, Equatable {
    /// Keys added for commands; they win over the built-in bindings of the same key.
    public var keys: [Key: Command] = [:]
    /// Keys whose built-in bindings are removed (`unbind: [x]`), unless `keys` binds them again.
    public var unboundKeys: Set<Key> = []
    /// Commands whose built-in keys are removed (`rejectStance: none`); keys in `keys` still run them.
    public var unboundCommands: Set<Command> = []
    /// Colours by theme part (`cooperative`, `accent` …; see `colorParts`).
    public var colors: [String: Color] = [:]
    public var mouse = true

    public init(keys: [Key: Command] = [:], colors: [String: Color] = [:], mouse: Bool = true) {
        self.keys = keys
        self.colors = colors
        self.mouse = mouse
    }

    /// The parts of the theme a config file may colour.
    public static let colorParts = [
        "cooperative", "conflictual", "neutral", "accent", "selection", "era", "match", "highlight",
        "state", "organisation", "person", "body",
    ]

    /// `j`, `J`, `C-x`, `M-x`, `F5`, `Enter`, `Esc`, `Tab`, `Space`, `Up`, `PgDn` …; nil otherwise.
    public static func key(_ text: String) -> Key? {
        let named: [String: Key] = [
            "enter": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "s-tab": .backTab, "space": .character(" "),
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pgdn": .pageDown,
            "pageup": .pageUp, "pagedown": .pageDown, "home": .home, "end": .end, "bs": .backspace,
            "backspace": .backspace, "del": .delete, "delete": .delete,
        ]
        if let key = named[text.lowercased()] { return key }
        let characters = Array(text)
        if characters.count == 1, !characters[0].isWhitespace { return .character(characters[0]) }
        if characters.count == 3, characters[1] == "-" {
            let letter = Character(characters[2].lowercased())
            switch characters[0] {
            case "C", "c": return letter.isLetter && letter.isASCII ? .ctrl(letter) : nil
            case "M", "m", "A", "a": return .alt(characters[2])
            default: return nil
            }
        }
        if characters.first == "F" || characters.first == "f", let number = Int(String(characters.dropFirst())), (1...12).contains(number) {
            return .function(number)
        }
        return nil
    }

    /// `0`–`255`, or a name of the eight basic colours, or `default`.
    public static func color(_ text: String) -> Color? {
        if let number = Int(text), (0...255).contains(number) { return .indexed(UInt8(number)) }
        let names: [String: Color] = [
            "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
            "magenta": .magenta, "cyan": .cyan, "white": .white,
        ]
        return names[text.lowercased()]
    }

    /// A command by its name in the config (`sortStances`, `undo` …, as in `Command`).
    public static func command(_ name: String) -> Command? {
        Command(rawValue: name) ?? Command.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
    }
}
