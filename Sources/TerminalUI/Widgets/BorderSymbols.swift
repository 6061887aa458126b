/// The characters a box is drawn with.
public struct BorderSymbols: Sendable, Hashable {
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var horizontal: String
    public var vertical: String

    public init(
        topLeft: String, topRight: String, bottomLeft: String, bottomRight: String,
        horizontal: String, vertical: String
    ) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// Thin lines with rounded corners.
    public static let rounded = BorderSymbols(
        topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", horizontal: "─", vertical: "│")
    /// Heavy lines, for the focused pane.
    public static let heavy = BorderSymbols(
        topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃")
    /// `+-|`, for terminals without UTF-8.
    public static let ascii = BorderSymbols(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|")
    /// `+=|`, the focused pane in ASCII mode.
    public static let asciiHeavy = BorderSymbols(
        topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#", horizontal: "=", vertical: "|")
}
