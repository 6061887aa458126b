import TerminalUI

/// The border and title of a pane, marked when the pane has focus.
struct PaneFrame {
    var pane: Pane
    var state: AppState
    var theme: Theme
    /// Extra words after the pane's name (`· this article`).
    var subtitle: String?
    /// Right end of the top edge (`3/12`).
    var trailing: String?

    /// Draws the frame and returns the area inside it.
    @discardableResult
    func render(in area: Rect, into grid: inout Grid) -> Rect {
        let focused = state.focus == pane
        var title = "\(pane.rawValue + 1) \(pane.title)"
        if state.layout.showsOnePane {
            title = "[\(pane.rawValue + 1)/3] \(pane.title)  (Tab: \(pane.next.title))"
        } else if state.maximised {
            title += "  (z: restore)"
        }
        if let subtitle { title += " \(subtitle)" }
        Box(
            symbols: focused ? theme.focusedBorderSymbols : theme.borderSymbols,
            style: focused ? theme.focusedBorder : theme.border,
            title: title,
            titleStyle: focused ? theme.focusedTitle : theme.paneTitle,
            trailing: trailing,
            ascii: theme.ascii
        ).render(in: area, into: &grid)
        return Box.inner(area)
    }
}

extension Grid {
    /// Writes `text` centred in `area`'s first row, dimmed: what a pane says when it is empty.
    mutating func note(_ text: String, in area: Rect, style: Style, ascii: Bool) {
        guard !area.isEmpty else { return }
        let lines = WordWrap.lines(text, width: area.width)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            let x = area.x + max(0, (area.width - line.displayWidth) / 2)
            write(line, x: x, y: area.y + offset, style: style, limit: area.maxX - x, ascii: ascii)
        }
    }

    /// Writes `text` so that it ends at `maxX`, or not at all when it would cross `minX`.
    @discardableResult
    mutating func writeRight(_ text: String, maxX: Int, minX: Int, y: Int, style: Style, ascii: Bool) -> Int? {
        let width = (ascii ? Transliteration.ascii(text) : text).displayWidth
        let x = maxX - width
        guard x >= minX else { return nil }
        write(text, x: x, y: y, style: style, ascii: ascii)
        return x
    }
}
