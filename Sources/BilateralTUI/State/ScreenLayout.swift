import TerminalUI

/// Where the title line, the panes and the status line go for a screen size.
public struct ScreenLayout: Sendable, Equatable {
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public var title = Rect(x: 0, y: 0, width: 0, height: 0)
    public var status = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The panes on screen; one when maximised or when the screen is small.
    public var panes: [Pane: Rect] = [:]
    public var isTooSmall: Bool
    /// Only the focused pane fits, so it is shown alone with tabs naming the others.
    public var showsOnePane = false

    /// Three columns from 100 wide; at 70–99 the timeline beside the article over the stances;
    /// smaller, one pane at a time.
    public init(width: Int, height: Int, focus: Pane, maximised: Bool) {
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        guard !isTooSmall else { return }
        title = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        if maximised || width < 70 || height < 16 {
            showsOnePane = !maximised
            panes[focus] = body
        } else if width >= 100 {
            let columns = Layout.horizontal([.percentage(30), .fill(1), .percentage(27)]).split(body)
            panes = [.timeline: columns[0], .article: columns[1], .stances: columns[2]]
        } else {
            let columns = Layout.horizontal([.percentage(38), .fill(1)]).split(body)
            let right = Layout.vertical([.percentage(60), .fill(1)]).split(columns[1])
            panes = [.timeline: columns[0], .article: right[0], .stances: right[1]]
        }
    }

    /// The inside of `pane`'s border, or an empty rectangle when it is not shown.
    public func inner(_ pane: Pane) -> Rect {
        panes[pane].map(Box.inner) ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }
}
