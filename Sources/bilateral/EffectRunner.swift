import BilateralCore
import BilateralTUI
import Foundation

/// Does what the dashboard asks of the world: copy (OSC 52 and a file), open a URL in the
/// browser, write the filtered view. Each returns the one line the status line shows.
struct EffectRunner {
    /// Writes a control sequence to the terminal (OSC 52).
    var writeToTerminal: (String) -> Void
    var environment = ProcessInfo.processInfo.environment

    /// Where `y` keeps the last copy, for terminals that do not take OSC 52.
    var yankPath: String {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        return base + "/bilateral/yank.txt"
    }

    func perform(_ effect: Effect, state: AppState) -> String? {
        switch effect {
        case .copy(let text): return copy(text)
        case .open(let url): return open(url)
        case .write(let path, let format): return write(state.filteredModel, to: path, as: format)
        // The run loop gives the terminal to the editor itself (Dashboard.run's editNote).
        case .editNote: return nil
        }
    }

    /// Terminals that take OSC 52 (xterm and its kin, tmux, kitty …); the linux console does not.
    var terminalTakesOSC52: Bool {
        let term = environment["TERM"] ?? ""
        if term == "linux" || term == "dumb" || term.isEmpty { return false }
        if environment["TMUX"] != nil { return true }
        return ["xterm", "tmux", "screen", "kitty", "alacritty", "foot", "wezterm", "rxvt", "vte", "st-"].contains { term.contains($0) }
    }

    private func copy(_ text: String) -> String {
        let path = yankPath
        var saved = true
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            saved = false
        }
        if terminalTakesOSC52 {
            writeToTerminal("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}")
            return saved ? "copied (OSC 52; also in \(path))" : "copied (OSC 52)"
        }
        return saved ? "copied to \(path) (this terminal does not take OSC 52)" : "could not copy: \(path) cannot be written"
    }

    /// Runs `$BROWSER` (its first entry, as words) or `xdg-open` with the URL as one argument:
    /// never a shell, so nothing in the URL is interpreted.
    private func open(_ url: String) -> String {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            return "not opened: only http and https URLs are opened"
        }
        let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init) ?? ""
        let words = browser.split(separator: " ").map(String.init)
        let command = words.isEmpty ? ["xdg-open"] : words
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command + [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "could not start \(command[0]): \(error.localizedDescription)"
        }
        return "opening \(url) with \(command[0])"
    }

    private func write(_ model: CorpusModel, to path: String, as format: ExportFormat) -> String {
        let expanded = path.hasPrefix("~/") ? (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst() : path
        let text: String
        switch format {
        case .json: text = JSONExporter().export(model)
        case .csv: text = CSVExporter().export(model)
        case .markdown: text = MarkdownExporter().export(model)
        }
        do {
            try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: expanded), options: .atomic)
        } catch {
            return "cannot write \(path): \(error.localizedDescription)"
        }
        let stances = model.stances.count
        return "wrote \(model.articles.count) article\(model.articles.count == 1 ? "" : "s") and \(stances) stance\(stances == 1 ? "" : "s") to \(path) (\(format.rawValue))"
    }
}
