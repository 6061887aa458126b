/// A vertical list that draws only its visible items, one row each, through a closure.
public struct ListView: Widget {
    public var count: Int
    public var state: ListState
    public var draw: (_ index: Int, _ row: Rect, _ isSelected: Bool, _ grid: inout Grid) -> Void

    public init(
        count: Int, state: ListState,
        draw: @escaping (_ index: Int, _ row: Rect, _ isSelected: Bool, _ grid: inout Grid) -> Void
    ) {
        self.count = count
        self.state = state
        self.draw = draw
    }

    public func render(in area: Rect, into grid: inout Grid) {
        for (row, index) in state.visible(count: count, height: area.height).enumerated() {
            draw(index, Rect(x: area.x, y: area.y + row, width: area.width, height: 1), index == state.selected, &grid)
        }
    }
}
