import TerminalUI

/// What a screen under 40×10 shows instead of the dashboard.
struct TooSmallScreen: Widget {
    var width: Int
    var height: Int
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let times = theme.ascii ? "x" : "×"
        let need = "(need \(ScreenLayout.minimumWidth)\(times)\(ScreenLayout.minimumHeight))"
        var lines = WordWrap.lines("terminal too small \(need)", width: area.width)
        lines.append("now \(width)\(times)\(height)")
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < area.maxY {
            let x = area.x + max(0, (area.width - line.displayWidth) / 2)
            let style = offset == lines.count - 1 ? theme.faint : theme.articleTitle
            grid.write(line, x: x, y: top + offset, style: style, limit: area.maxX - x, ascii: theme.ascii)
        }
    }
}
