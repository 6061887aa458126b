import BilateralCore
import TerminalUI

/// The `?` screen: every keymap's bindings with their help, flowed into columns.
struct HelpOverlay: Widget {
    var theme: Theme

    /// One line of the help: a section name, or keys and what they do.
    enum Line: Equatable {
        case section(String)
        case binding(keys: String, help: String)
        /// A word drawn as the dashboard draws that kind of thing, and what the look means.
        case sample(text: String, meaning: String, look: Look)
        case gap
    }

    /// The styles the colour legend shows.
    enum Look: Equatable {
        case mention(Actor.Kind)
        case polarity(Stance.Polarity)
        case highlight, match
    }

    static let legend: [Line] = [
        .section("Colours"),
        .sample(text: "JPN", meaning: "a state", look: .mention(.state)),
        .sample(text: "NATO", meaning: "an organisation", look: .mention(.organisation)),
        .sample(text: "Abe", meaning: "a person", look: .mention(.person)),
        .sample(text: "Diet", meaning: "a body (ministry, parliament)", look: .mention(.body)),
        .sample(text: "+4.0", meaning: "cooperative stance", look: .polarity(.cooperative)),
        .sample(text: "-4.0", meaning: "conflictual stance", look: .polarity(.conflictual)),
        .sample(text: "sentence", meaning: "the selected event or stance", look: .highlight),
        .sample(text: "match", meaning: "a search match", look: .match),
        .gap,
        .section("Era scores (the focal pair, both directions)"),
        .binding(keys: "+1.2/st", help: "mean Goldstein score per stance, -10 hostile … +10 warm"),
        .binding(keys: "14 st 9+ 5-", help: "stances in the era: cooperative, conflictual"),
        .binding(keys: "▂▅·█", help: "mean per year (per month if under 2 years) on -10…+10; · none"),
        .binding(keys: "detected", help: "eras found in the data: no era file or catalogue entry"),
    ]

    /// The lines, from the same tables the keys and the status hints use.
    static var lines: [Line] {
        var lines: [Line] = []
        for keymap in Keymap.all {
            if !lines.isEmpty { lines.append(.gap) }
            lines.append(.section(keymap.name))
            for binding in keymap.bindings {
                lines.append(.binding(keys: binding.label, help: binding.command.help))
            }
        }
        return lines + [.gap] + legend
    }

    /// Rows the first visible line is scrolled down by (`j`/`k` while the help is open).
    var scroll = 0

    /// Columns narrower than this truncate the help, so the lines scroll instead.
    static let minimumColumnWidth = 58

    func render(in area: Rect, into grid: inout Grid) {
        let available = area
        guard available.width > 20, available.height > 4 else { return }
        let capacity = available.height - 2
        let fitting = max(1, (available.width - 2) / Self.minimumColumnWidth)
        let columnCount = min(fitting, max(1, (Self.lines.count + capacity - 1) / capacity))
        let rowsPerColumn = min(capacity, (Self.lines.count + columnCount - 1) / columnCount)
        let first = min(max(0, scroll), max(0, Self.lines.count - rowsPerColumn * columnCount))
        let lines = Array(Self.lines.dropFirst(first).prefix(rowsPerColumn * columnCount))
        let more = first + lines.count < Self.lines.count
        let box = Rect(x: available.x, y: available.y, width: available.width, height: rowsPerColumn + 2)
        grid.fill(box)
        let trailing = more || first > 0 ? "j/k scroll · ? or Esc to close" : "? or Esc to close"
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: "Keys",
            titleStyle: theme.focusedTitle, trailing: trailing, ascii: theme.ascii
        ).render(in: box, into: &grid)
        let inner = Box.inner(box)
        let columnWidth = inner.width / columnCount
        let longestKeys = Self.lines.map { line -> Int in
            if case .binding(let keys, _) = line { return keys.count }
            return 0
        }.max() ?? 0
        let keyWidth = min(longestKeys + 2, max(6, columnWidth / 3))
        for (index, line) in lines.enumerated() {
            let column = index / rowsPerColumn
            let x = inner.x + column * columnWidth + 1
            let y = inner.y + index % rowsPerColumn
            let limit = columnWidth - 2
            switch line {
            case .section(let name):
                grid.write(name, x: x, y: y, style: theme.eraHeader, limit: limit, ascii: theme.ascii)
            case .binding(let keys, let help):
                grid.write(keys, x: x, y: y, style: theme.focusedTitle, limit: keyWidth - 1, ascii: theme.ascii)
                grid.write(help, x: x + keyWidth, y: y, limit: max(0, limit - keyWidth), ascii: theme.ascii)
            case .sample(let text, let meaning, let look):
                grid.write(text, x: x, y: y, style: style(of: look), limit: keyWidth - 1, ascii: theme.ascii)
                grid.write(meaning, x: x + keyWidth, y: y, limit: max(0, limit - keyWidth), ascii: theme.ascii)
            case .gap:
                continue
            }
        }
    }

    private func style(of look: Look) -> Style {
        switch look {
        case .mention(let kind): return theme.mention(kind, over: .plain)
        case .polarity(let polarity): return theme.polarity(polarity)
        case .highlight: return theme.highlighted(.plain)
        case .match: return theme.match
        }
    }
}
