import Testing
@testable import TerminalUI

@Suite struct LayoutTests {
    @Test func fixedAndPercentagePartsThenFillTakesTheRest() {
        let parts = Layout.horizontal([.length(10), .percentage(50), .fill(1)]).split(Rect(x: 0, y: 0, width: 100, height: 5))
        #expect(parts.map(\.width) == [10, 50, 40])
        #expect(parts.map(\.x) == [0, 10, 60])
        #expect(parts.allSatisfy { $0.height == 5 })
    }

    @Test func fillsShareByWeight() {
        let parts = Layout.vertical([.fill(1), .fill(2), .length(1)]).split(Rect(x: 0, y: 2, width: 10, height: 31))
        #expect(parts.map(\.height) == [10, 20, 1])
        #expect(parts.map(\.y) == [2, 12, 32])
    }

    @Test func tooLittleRoomShrinksFromTheEnd() {
        let parts = Layout.horizontal([.length(6), .length(6), .min(3)]).split(Rect(x: 0, y: 0, width: 8, height: 1))
        #expect(parts.map(\.width) == [6, 2, 0])
    }

    @Test func listStateKeepsTheSelectionInView() {
        var list = ListState()
        list.select(12, count: 20, height: 5)
        #expect(list.offset == 8)
        list.move(by: -10, count: 20, height: 5)
        #expect(list.selected == 2 && list.offset == 2)
        list.move(by: 100, count: 20, height: 5)
        #expect(list.selected == 19 && list.offset == 15)
        #expect(list.visible(count: 20, height: 5) == 15..<20)
    }
}

@Suite struct ListViewTests {
    @Test func drawsOnlyTheVisibleItemsAndMarksTheSelection() {
        var grid = Grid(width: 6, height: 3)
        var drawn: [Int] = []
        let state = ListState(selected: 4, offset: 3)
        ListView(count: 10, state: state) { index, row, isSelected, grid in
            drawn.append(index)
            grid.put(isSelected ? ">\(index)" : " \(index)", x: row.x, y: row.y)
        }.render(in: grid.bounds, into: &grid)
        #expect(drawn == [3, 4, 5])
        #expect(grid.rows == [" 3    ", ">4    ", " 5    "])
    }
}
