import TerminalUI

/// Keys bound to one command.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var command: Command

    public init(_ keys: [Key], _ command: Command) {
        self.keys = keys
        self.command = command
    }

    /// `j/Down`, as the help screen and hints write the keys.
    public var label: String { keys.map(KeyName.label).joined(separator: "/") }
}

/// The bindings of one pane, or the global ones every pane falls back to.
///
/// The `?` screen and the status-line hints both read these tables, so they cannot drift
/// from what the keys do.
public struct Keymap: Sendable, Hashable {
    public var name: String
    public var bindings: [KeyBinding]
    /// Commands the status line suggests while this keymap's pane has focus.
    public var hints: [Command]

    public init(name: String, bindings: [KeyBinding], hints: [Command]) {
        self.name = name
        self.bindings = bindings
        self.hints = hints
    }

    public func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    public func binding(for command: Command) -> KeyBinding? {
        bindings.first { $0.command == command }
    }

    /// The pane's own binding for `key`, else the global one.
    public static func command(for key: Key, in pane: Pane) -> Command? {
        keymap(for: pane).command(for: key) ?? global.command(for: key)
    }

    public static func keymap(for pane: Pane) -> Keymap {
        switch pane {
        case .timeline: return timeline
        case .article: return article
        case .stances: return stances
        }
    }

    /// Every table, in the order the help screen lists them.
    public static var all: [Keymap] { [timeline, article, stances, global] }

    public static let global = Keymap(
        name: "Everywhere",
        bindings: [
            KeyBinding([.character("j"), .down], .moveDown),
            KeyBinding([.character("k"), .up], .moveUp),
            KeyBinding([.character("g"), .home], .top),
            KeyBinding([.character("G"), .end], .bottom),
            KeyBinding([.pageDown, .character(" ")], .pageDown),
            KeyBinding([.pageUp], .pageUp),
            KeyBinding([.ctrl("d")], .halfPageDown),
            KeyBinding([.ctrl("u")], .halfPageUp),
            KeyBinding([.tab], .focusNext),
            KeyBinding([.backTab], .focusPrevious),
            KeyBinding([.character("1")], .focusTimeline),
            KeyBinding([.character("2")], .focusArticle),
            KeyBinding([.character("3")], .focusStances),
            KeyBinding([.character("z")], .maximise),
            KeyBinding([.character("f"), .character(":")], .filter),
            KeyBinding([.character("/")], .search),
            KeyBinding([.character("n")], .searchNext),
            KeyBinding([.character("N")], .searchPrevious),
            KeyBinding([.character("a")], .pickActor),
            KeyBinding([.character("e")], .cycleEra),
            KeyBinding([.character("E")], .cycleEraBack),
            KeyBinding([.character("u")], .toggleRead),
            KeyBinding([.character("m")], .toggleBookmark),
            KeyBinding([.character("i")], .editNote),
            KeyBinding([.character("x")], .rejectStance),
            KeyBinding([.character("c")], .confirmStance),
            KeyBinding([.character("+")], .cooperative),
            KeyBinding([.character("-")], .conflictual),
            KeyBinding([.character("=")], .neutral),
            KeyBinding([.character("b")], .toggleBoilerplate),
            KeyBinding([.character("p")], .pickPair),
            KeyBinding([.character("t")], .trajectory),
            KeyBinding([.character("O")], .overview),
            KeyBinding([.character("s")], .sortStances),
            KeyBinding([.character("J")], .evidenceDown),
            KeyBinding([.character("K")], .evidenceUp),
            KeyBinding([.character("y")], .yank),
            KeyBinding([.character("o")], .openURL),
            KeyBinding([.character("w")], .writeView),
            KeyBinding([.ctrl("o")], .jumpBack),
            KeyBinding([.ctrl("t")], .jumpForward),
            KeyBinding([.escape], .clear),
            KeyBinding([.character("C")], .clearAll),
            KeyBinding([.character("U")], .undo),
            KeyBinding([.character("R")], .redo),
            KeyBinding([.character("F")], .savedFilters),
            KeyBinding([.character("?"), .function(1)], .help),
            KeyBinding([.character("q"), .ctrl("c")], .quit),
        ],
        hints: [.filter, .search, .help, .quit]
    )

    public static let timeline = Keymap(
        name: "Timeline",
        bindings: [
            KeyBinding([.enter, .right, .character("l")], .open),
            KeyBinding([.character(" ")], .toggleFold),
            KeyBinding([.character("[")], .foldAll),
            KeyBinding([.character("]")], .unfoldAll),
        ],
        hints: [.moveDown, .open, .cycleEra, .pickActor]
    )

    public static let article = Keymap(
        name: "Article",
        bindings: [KeyBinding([.left, .character("h")], .back)],
        hints: [.moveDown, .searchNext, .toggleBoilerplate, .maximise]
    )

    public static let stances = Keymap(
        name: "Stances",
        bindings: [
            KeyBinding([.enter, .character("l")], .open),
            KeyBinding([.left, .character("h")], .back),
        ],
        hints: [.moveDown, .open, .sortStances, .cooperative, .conflictual]
    )
}

/// How keys are written on screen, in ASCII so every terminal shows them.
public enum KeyName {
    public static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .ctrl(let character): return "C-\(character)"
        case .alt("\u{7F}"): return "M-BS"
        case .alt(let character): return "M-\(character)"
        case .mouse: return "mouse"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "BS"
        case .delete: return "Del"
        case .escape: return "Esc"
        case .function(let number): return "F\(number)"
        case .resize: return "resize"
        }
    }
}
