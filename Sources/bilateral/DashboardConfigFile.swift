import BilateralTUI
import Foundation
import TerminalUI
import Yams

/// The dashboard's config file: `$XDG_CONFIG_HOME/bilateral/config.yaml` (default
/// `~/.config/bilateral/`). Each bad line is one message naming the file and the line, and
/// the built-in default applies for it; the rest of the file still counts.
///
/// ```yaml
/// mouse: false            # leave the mouse to the terminal
/// keys:                   # command: key, or a list of keys (added to the built-in ones)
///   undo: u
///   sortStances: [S, F5]
///   rejectStance: none    # none: the command loses its built-in keys
/// unbind: [c]             # keys that no longer do what they did (C-c always quits)
/// colors:                 # part: 0-255 or black red green yellow blue magenta cyan white
///   cooperative: 41
///   conflictual: red
/// ```
struct DashboardConfigFile {
    let path: String

    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            base = config
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        }
        return base + "/bilateral/config.yaml"
    }

    /// The settings, and one message per line that could not be used. No file: defaults, no message.
    func load() -> (settings: DashboardSettings, problems: [String]) {
        guard FileManager.default.fileExists(atPath: path) else { return (DashboardSettings(), []) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return (DashboardSettings(), ["\(path): cannot be read as UTF-8 text; the defaults apply"])
        }
        return Self.parse(text, path: path)
    }

    static func parse(_ text: String, path: String) -> (settings: DashboardSettings, problems: [String]) {
        var settings = DashboardSettings()
        var problems: [String] = []
        func problem(_ node: Node?, _ message: String) {
            let line = node.map { "\($0.mark?.line ?? 0)" } ?? "?"
            problems.append("\(path):\(line): \(message); the default applies")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let line = Self.line(of: error)
            return (settings, ["\(path):\(line): not YAML (\(Self.summary(of: error))); the defaults apply"])
        } catch {
            return (settings, ["\(path): not YAML; the defaults apply"])
        }
        guard let root else { return (settings, []) }
        guard let mapping = root.mapping else {
            problem(root, "expected `mouse:`, `keys:`, `unbind:` and `colors:` entries")
            return (settings, problems)
        }
        for (keyNode, value) in mapping {
            switch keyNode.string {
            case "mouse":
                guard let flag = value.bool else {
                    problem(value, "mouse: is true or false")
                    continue
                }
                settings.mouse = flag
            case "keys":
                guard let keys = value.mapping else {
                    problem(value, "keys: holds `command: key` lines")
                    continue
                }
                for (name, keyValue) in keys {
                    guard let command = DashboardSettings.command(name.string ?? "") else {
                        problem(name, "unknown command '\(name.string ?? "")' (the commands are listed by `?`)")
                        continue
                    }
                    let words = Self.words(keyValue)
                    guard !words.isEmpty else {
                        problem(keyValue, "\(command.rawValue): needs a key like j, C-x, M-x, F5, Enter, or none")
                        continue
                    }
                    for message in settings.bind(command, to: words) { problem(keyValue, message) }
                }
            case "unbind":
                let words = Self.words(value)
                guard !words.isEmpty else {
                    problem(value, "unbind: holds a key or a list of keys, like [x, c]")
                    continue
                }
                for message in settings.unbind(words) { problem(value, message) }
            case "colors", "colours":
                guard let colors = value.mapping else {
                    problem(value, "colors: holds `part: colour` lines")
                    continue
                }
                for (part, colorValue) in colors {
                    let name = part.string ?? ""
                    guard DashboardSettings.colorParts.contains(name) else {
                        problem(part, "unknown colour part '\(name)' (parts: \(DashboardSettings.colorParts.joined(separator: " ")))")
                        continue
                    }
                    guard let color = colorValue.string.flatMap(DashboardSettings.color) else {
                        problem(colorValue, "'\(colorValue.string ?? "")' is not a colour (0-255 or a name like red)")
                        continue
                    }
                    settings.colors[name] = color
                }
            default:
                problem(keyNode, "unknown setting '\(keyNode.string ?? "")' (settings: mouse keys unbind colors)")
            }
        }
        return (settings, problems)
    }

    /// A scalar's text, or a list's texts (`x` or `[x, c]`); nothing for a mapping.
    private static func words(_ node: Node) -> [String] {
        node.sequence.map { $0.compactMap(\.string) } ?? [node.string].compactMap { $0 }
    }

    private static func line(of error: YamlError) -> String {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return "\(mark.line)"
        default:
            return "?"
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
