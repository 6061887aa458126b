import TerminalUI

/// The stances pane's inside: the list on top, the selected stance's evidence below.
struct StancesLayout {
    var list: Rect
    var detail: Rect

    init(inner: Rect) {
        let detailHeight = inner.height >= 10 ? min(12, inner.height * 2 / 5) : (inner.height >= 6 ? 3 : 0)
        let parts = Layout.vertical([.fill(1), .length(detailHeight)]).split(inner)
        list = parts[0]
        detail = parts[1]
    }
}
