import TerminalUI

/// The config's changes to the key tables: keys added to a command, keys taken off
/// whatever they did, and commands left without their built-in keys.
extension DashboardSettings {
    /// C-c always quits, so a config can never leave the dashboard without a way out.
    public static let reservedKey = Key.ctrl("c")

    /// The command `key` runs in `pane`: the config's own binding for it, else the pane's
    /// built-in one, else the global one; a key or command the config removed runs nothing.
    public func command(for key: Key, in pane: Pane) -> Command? {
        if key == Self.reservedKey { return .quit }
        if let command = keys[key] { return command }
        if unboundKeys.contains(key) { return nil }
        for keymap in [Keymap.keymap(for: pane), Keymap.global] {
            if let command = keymap.command(for: key), !unboundCommands.contains(command) { return command }
        }
        return nil
    }

    /// The keys that run `binding`'s command from `keymap`'s table: its built-in keys the config
    /// did not take away or give to another command, then (in the global table) the keys the
    /// config added. Empty when none is left.
    public func keys(for binding: KeyBinding, in keymap: Keymap) -> [Key] {
        var result: [Key] = []
        if !unboundCommands.contains(binding.command) {
            result = binding.keys.filter { key in
                key == Self.reservedKey || (!unboundKeys.contains(key) && (keys[key] ?? binding.command) == binding.command)
            }
        }
        if keymap.name == Keymap.global.name {
            result += keys.filter { $0.value == binding.command && !result.contains($0.key) }.map(\.key)
                .sorted { KeyName.label($0) < KeyName.label($1) }
        }
        return result
    }

    /// `command: key`, `command: [key, key]` or `command: none` from the config: the keys are
    /// added to the command (they win over the built-in bindings of the same key); `none`
    /// takes the command's built-in keys away. Returns one problem per word that is not a key.
    public mutating func bind(_ command: Command, to words: [String]) -> [String] {
        var problems: [String] = []
        for word in words {
            if word.lowercased() == "none" {
                unboundCommands.insert(command)
            } else if let key = Self.key(word) {
                if key == Self.reservedKey {
                    problems.append("C-c always quits and cannot be bound to \(command.rawValue)")
                } else {
                    keys[key] = command
                }
            } else {
                problems.append("'\(word)' is not a key (try j, C-x, M-x, F5, Enter, Space, Up, or none)")
            }
        }
        return problems
    }

    /// `unbind: [x, c]` from the config: these keys no longer run their built-in commands
    /// (unless `keys:` binds them again). Returns one problem per word that is not a key.
    public mutating func unbind(_ words: [String]) -> [String] {
        var problems: [String] = []
        for word in words {
            guard let key = Self.key(word) else {
                problems.append("'\(word)' is not a key (try j, C-x, M-x, F5, Enter, Space, Up)")
                continue
            }
            if key == Self.reservedKey {
                problems.append("C-c always quits and cannot be unbound")
            } else {
                unboundKeys.insert(key)
            }
        }
        return problems
    }
}
