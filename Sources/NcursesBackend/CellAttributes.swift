import TerminalUI

/// The curses attributes a cell is drawn with, before they become `attr_t` bits.
struct CellAttributes: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    static let bold = CellAttributes(rawValue: 1 << 0)
    static let dim = CellAttributes(rawValue: 1 << 1)
    static let reverse = CellAttributes(rawValue: 1 << 2)
    static let underline = CellAttributes(rawValue: 1 << 3)

    /// The attributes for `style` on a terminal with `colors` colours.
    ///
    /// Without colour a coloured background is the only mark of a selection or a bar,
    /// so it becomes reverse video rather than vanishing.
    init(_ style: Style, colors: Int) {
        var attributes: CellAttributes = []
        if style.bold { attributes.insert(.bold) }
        if style.dim { attributes.insert(.dim) }
        if style.reverse { attributes.insert(.reverse) }
        if style.underline { attributes.insert(.underline) }
        if colors == 0, style.background != .default { attributes.insert(.reverse) }
        self = attributes
    }
}
