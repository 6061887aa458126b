import TerminalUI

/// The `?` screen: every keymap's bindings with their help, flowed into columns.
struct HelpOverlay: Widget {
    var theme: Theme

    /// One line of the help: a section name, or keys and what they do.
    enum Line: Equatable {
        case section(String)
        case binding(keys: String, help: String)
        case gap
    }

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
        return lines
    }

    func render(in area: Rect, into grid: inout Grid) {
        let lines = Self.lines
        let available = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        guard available.width > 20, available.height > 4 else { return }
        let columnCount = max(1, (lines.count + available.height - 3) / max(1, available.height - 2))
        let rowsPerColumn = (lines.count + columnCount - 1) / columnCount
        let box = Rect(x: available.x, y: available.y, width: available.width, height: min(available.height, rowsPerColumn + 2))
        grid.fill(box)
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: "Keys",
            titleStyle: theme.focusedTitle, trailing: "? or Esc to close", ascii: theme.ascii
        ).render(in: box, into: &grid)
        let inner = Box.inner(box)
        let columnWidth = inner.width / columnCount
        let longestKeys = lines.map { line -> Int in
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
            case .gap:
                continue
            }
        }
    }
}
