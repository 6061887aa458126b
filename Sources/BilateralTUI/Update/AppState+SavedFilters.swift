import BilateralCore
import Foundation
import TerminalUI

/// A `:` command typed in the filter line, alone or after a filter (`actor:CHN :save china`).
enum FilterCommand: Equatable {
    /// `:save NAME`: keep the filter under a name.
    case save(String)
    /// `:delete NAME`: forget a saved filter.
    case delete(String)
    /// Anything else after `:`, to report.
    case unknown(String)

    init?(_ line: String) {
        guard let (_, command) = Self.split(line) else { return nil }
        let words = command.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let name = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch words.first {
        case "save" where !name.isEmpty: self = .save(name)
        case "delete" where !name.isEmpty: self = .delete(name)
        default: self = .unknown(command)
        }
    }

    /// The filter typed before the command (trimmed, maybe empty) and the command from its `:`,
    /// or nil when the line holds no command. A command starts at a `:` that begins the line
    /// or follows a space; a field's colon (`actor:CHN`) follows its name, so it never does.
    static func split(_ line: String) -> (query: String, command: String)? {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == ":", previous == " " {
                let query = line[..<index].trimmingCharacters(in: .whitespaces)
                return (query, line[index...].trimmingCharacters(in: .whitespaces))
            }
            previous = line[index]
        }
        return nil
    }

    /// What the filter line shows while the command is typed.
    var preview: String {
        switch self {
        case .save(let name): return "Enter saves the filter as '\(name)'"
        case .delete(let name): return "Enter forgets the saved filter '\(name)'"
        case .unknown: return ":save NAME or :delete NAME"
        }
    }
}

extension AppState {
    /// Enter on a line with a `:` command: runs the command; an unknown one stays in the line
    /// with a note. A filter typed before `:save` is applied, and is what is saved.
    mutating func runFilterCommand() {
        guard let command = FilterCommand(input.text) else { return }
        switch command {
        case .save(let name):
            guard filter.error == nil else { return }
            let query = filter.query
            guard !query.isEmpty else {
                message = "no filter to save"
                return
            }
            if let typed = FilterCommand.split(input.text)?.query, !typed.isEmpty {
                memory.remember(typed)
                recordFilterChange(from: promptOrigin)
            }
            memory.save(query, as: name)
            message = "saved '\(name)': \(query) (F lists saved filters)"
        case .delete(let name):
            guard memory.saved.contains(where: { $0.name == name }) else {
                message = "no saved filter '\(name)'"
                return
            }
            memory.saved.removeAll { $0.name == name }
            message = "forgot the saved filter '\(name)'"
        case .unknown:
            message = "commands: :save NAME, :delete NAME"
            return
        }
        mode = .normal
    }

    /// `F`: the saved filters to pick from.
    mutating func openSavedFilters() {
        guard !memory.saved.isEmpty else {
            message = "no saved filters: type :save NAME in the filter line"
            return
        }
        input = TextInput()
        mode = .savedFilters
        refreshSavedFilters()
    }

    /// The saved filters whose name or query fuzzily match what was typed, best first.
    mutating func refreshSavedFilters() {
        let typed = input.text
        let scored = memory.saved.indices.compactMap { index -> (Int, Int)? in
            let saved = memory.saved[index]
            guard !typed.isEmpty else { return (index, 0) }
            let best = [FuzzyMatch.score(typed, in: saved.name), FuzzyMatch.score(typed, in: saved.query)].compactMap { $0 }.max()
            return best.map { (index, $0) }
        }
        picker.saved = scored.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.map(\.0)
        picker.list = ListState()
        picker.list.select(0, count: picker.saved.count, height: pickerViewport)
    }

    mutating func savedFiltersKey(_ key: Key) {
        let count = picker.saved.count
        let height = pickerViewport
        switch key {
        case .up, .ctrl("p"): picker.list.move(by: -1, count: count, height: height)
        case .down, .ctrl("n"): picker.list.move(by: 1, count: count, height: height)
        case .escape: mode = .normal
        case .enter:
            mode = .normal
            guard picker.saved.indices.contains(picker.list.selected) else { return }
            let saved = memory.saved[picker.saved[picker.list.selected]]
            changeFilter { filter in
                filter.snapshot = FilterSnapshot(text: saved.query)
                filter.error = nil
            }
            message = "filter '\(saved.name)': \(saved.query)"
        default:
            guard input.handle(key) else { return }
            refreshSavedFilters()
        }
    }
}
