/// A bordered frame with an optional title on its top edge.
public struct Box: Widget {
    public var symbols: BorderSymbols
    public var style: Style
    public var title: String?
    public var titleStyle: Style
    /// Text at the right end of the top edge (a count, a scroll position).
    public var trailing: String?
    public var ascii: Bool

    public init(
        symbols: BorderSymbols = .rounded, style: Style = .plain, title: String? = nil,
        titleStyle: Style = .plain, trailing: String? = nil, ascii: Bool = false
    ) {
        self.symbols = symbols
        self.style = style
        self.title = title
        self.titleStyle = titleStyle
        self.trailing = trailing
        self.ascii = ascii
    }

    /// The area inside the border.
    public static func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    public func render(in area: Rect, into grid: inout Grid) {
        guard area.width >= 2, area.height >= 2 else { return }
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        for x in (area.x + 1)..<right {
            grid[x, area.y] = Cell(symbols.horizontal, style: style)
            grid[x, bottom] = Cell(symbols.horizontal, style: style)
        }
        for y in (area.y + 1)..<bottom {
            grid[area.x, y] = Cell(symbols.vertical, style: style)
            grid[right, y] = Cell(symbols.vertical, style: style)
        }
        grid[area.x, area.y] = Cell(symbols.topLeft, style: style)
        grid[right, area.y] = Cell(symbols.topRight, style: style)
        grid[area.x, bottom] = Cell(symbols.bottomLeft, style: style)
        grid[right, bottom] = Cell(symbols.bottomRight, style: style)

        var used = 0
        let room = area.width - 4
        if let title, room > 2 {
            used = 1 + grid.write(" \(title) ", x: area.x + 2, y: area.y, style: titleStyle, limit: room - 1, ascii: ascii)
        }
        if let trailing, !trailing.isEmpty {
            let text = " \(trailing) "
            let width = (ascii ? Transliteration.ascii(text) : text).displayWidth
            if used + width + 1 <= room {
                grid.write(text, x: right - 1 - width, y: area.y, style: style, ascii: ascii)
            }
        }
    }
}
