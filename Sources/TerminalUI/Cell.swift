/// One screen cell: the text drawn there and its style.
///
/// A double-width character occupies its cell and marks the next one as a continuation
/// (empty `text`), so a row's cells always match the screen's columns.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()

    /// The right half of a double-width character.
    public var isContinuation: Bool { text.isEmpty }
}
