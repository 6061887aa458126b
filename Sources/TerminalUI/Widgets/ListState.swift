/// Which item of a list is selected and which is at the top of its viewport.
public struct ListState: Sendable, Hashable {
    public var selected: Int
    /// The first visible item.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Selects `index` clamped to `count`, scrolling as little as needed to keep it in view.
    public mutating func select(_ index: Int, count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, index), count - 1)
        scrollIntoView(count: count, height: height)
    }

    /// Moves the selection by `delta` items.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        select(selected + delta, count: count, height: height)
    }

    /// Adjusts `offset` so the selection is visible and no empty space shows below the last item.
    public mutating func scrollIntoView(count: Int, height: Int) {
        let height = max(1, height)
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = min(offset, max(0, count - height))
        offset = max(0, offset)
    }

    /// The items `offset..<offset+height` that exist.
    public func visible(count: Int, height: Int) -> Range<Int> {
        let start = min(offset, count)
        return start..<min(count, start + max(0, height))
    }
}
