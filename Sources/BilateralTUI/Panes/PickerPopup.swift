import TerminalUI

/// The frame every picker popup shares: a centred box with its title and key hints, and the prompt line
/// holding what the user typed, so the pickers differ only in the rows they list under it.
struct PickerPopup {
    var title: String
    var trailing: String
    var maxWidth: Int
    /// Rows the popup adds to the list's viewport: the border, the prompt and any header line.
    var chromeRows: Int
    var minWidth: Int = 16

    /// Draws the frame and the prompt; returns the area under the prompt, or nil when the screen has no room.
    func render(in area: Rect, into grid: inout Grid, state: AppState, theme: Theme) -> Rect? {
        let width = min(area.width - 4, maxWidth)
        let height = min(area.height - 2, state.pickerViewport + chromeRows)
        guard width > minWidth, height > chromeRows else { return nil }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
        grid.fill(box)
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: title,
            titleStyle: theme.focusedTitle, trailing: trailing, ascii: theme.ascii
        ).render(in: box, into: &grid)
        let inner = Box.inner(box)
        var x = inner.x + grid.write("> ", x: inner.x, y: inner.y, style: theme.focusedTitle, ascii: theme.ascii)
        x += grid.write(state.input.text, x: x, y: inner.y, limit: inner.maxX - x - 1, ascii: theme.ascii)
        grid.write(" ", x: x, y: inner.y, style: Style(reverse: true))
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }
}
