/// A place in the dashboard the jump list can go back to.
public struct JumpPoint: Sendable, Hashable {
    public var focus: Pane
    public var timelineRow: TimelineRow?
    public var stance: Int?
    public var articleScroll: Int
}

extension AppState {
    static let jumpLimit = 100

    var currentPoint: JumpPoint {
        JumpPoint(focus: focus, timelineRow: timeline.selectedRow, stance: stances.selected, articleScroll: article.scroll)
    }

    /// Remembers where the user is before a jump (Enter, g, G), forgetting any places
    /// walked back past, as vim's jump list does.
    mutating func recordJump() {
        jumps = Array(jumps.prefix(jumpIndex))
        if jumps.last != currentPoint { jumps.append(currentPoint) }
        if jumps.count > Self.jumpLimit { jumps.removeFirst(jumps.count - Self.jumpLimit) }
        jumpIndex = jumps.count
    }

    /// `C-o` (`step` -1) and `C-t` (`step` 1) through the jump list.
    mutating func jump(by step: Int) {
        if step < 0 {
            guard jumpIndex > 0 else {
                message = "at the start of the jump list"
                return
            }
            if jumpIndex == jumps.count, jumps.last != currentPoint { jumps.append(currentPoint) }
            jumpIndex -= 1
        } else {
            guard jumpIndex + 1 < jumps.count else {
                message = "at the end of the jump list"
                return
            }
            jumpIndex += 1
        }
        go(to: jumps[jumpIndex])
    }

    /// Puts back a remembered place, as far as the current filter still shows it.
    mutating func go(to point: JumpPoint) {
        if let row = point.timelineRow, let position = timeline.rows.firstIndex(of: row), position != timeline.list.selected {
            timeline.list.select(position, count: timeline.rows.count, height: timelineViewport)
            timelineSelectionChanged()
        }
        setFocus(point.focus)
        if let stance = point.stance, let position = stances.indices.firstIndex(of: stance) {
            stances.list.select(position, count: stances.indices.count, height: stancesViewport)
            if point.focus != .timeline { stanceSelectionChanged() }
        }
        article.scroll = point.articleScroll
        clampArticleScroll()
    }
}
