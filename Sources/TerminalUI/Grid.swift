/// A screen's worth of cells that views render into and tests read without a terminal.
public struct Grid: Sendable, Equatable, CustomStringConvertible {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, filling cell: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: cell, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, x < width, y >= 0, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Fills `area` (clipped to the grid) with `cell`.
    public mutating func fill(_ area: Rect, with cell: Cell = .blank) {
        for y in max(0, area.y)..<min(height, area.maxY) {
            for x in max(0, area.x)..<min(width, area.maxX) {
                cells[y * width + x] = cell
            }
        }
    }

    /// Writes `text` from (`x`, `y`), stopping at `limit` columns (default: the grid's edge).
    ///
    /// A double-width character that would not fit whole is not drawn: the rest of the
    /// run stays blank rather than showing half a character.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let end = min(width, limit.map { x + $0 } ?? width)
        if text.isAllASCII { return putASCII(text, x: x, y: y, style: style, end: end) }
        var column = x
        for character in text {
            let columns = character.displayWidth
            if columns == 0 { continue }
            if column + columns > end { break }
            if column >= 0 {
                self[column, y] = Cell(String(character), style: style)
                if columns == 2 { self[column + 1, y] = Cell("", style: style) }
            }
            column += columns
        }
        return column - x
    }

    /// `put` for ASCII text: byte by byte, each cell's text taken from a table rather than
    /// made from a `Character` (the path most of a frame's text takes).
    private mutating func putASCII(_ text: String, x: Int, y: Int, style: Style, end: Int) -> Int {
        var column = x
        let rowStart = y * width
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { continue }
            if column + 1 > end { break }
            if column >= 0 { cells[rowStart + column] = Cell(Self.asciiTexts[Int(byte)], style: style) }
            column += 1
        }
        return column - x
    }

    /// The one-character strings of the ASCII table, by code.
    private static let asciiTexts: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Changes the style of the cells in `area`, keeping their text.
    public mutating func restyle(_ area: Rect, _ change: (inout Style) -> Void) {
        for y in max(0, area.y)..<min(height, area.maxY) {
            for x in max(0, area.x)..<min(width, area.maxX) {
                change(&cells[y * width + x].style)
            }
        }
    }

    /// The text of row `y`, continuation cells left out.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        return cells[(y * width)..<((y + 1) * width)].map(\.text).joined()
    }

    /// Every row's text, for tests.
    public var rows: [String] { (0..<height).map(row) }

    /// One quoted row per line, so a failing test shows the screen.
    public var description: String {
        rows.map { "\"\($0)\"" }.joined(separator: "\n")
    }
}
