import Testing
import TerminalUI
@testable import NcursesBackend

@Suite struct GridDiffTests {
    private func grid(_ rows: [String], width: Int) -> Grid {
        var grid = Grid(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { grid.put(row, x: 0, y: y) }
        return grid
    }

    private func texts(_ runs: [GridDiff.Run]) -> [String] {
        runs.map { "\($0.y):\($0.x):" + $0.cells.map(\.text).joined() }
    }

    @Test func firstFrameRepaintsEveryRow() {
        let new = grid(["ab", "cd"], width: 2)
        #expect(texts(GridDiff.runs(from: nil, to: new)) == ["0:0:ab", "1:0:cd"])
    }

    @Test func sizeChangeRepaintsEveryRow() {
        let old = grid(["ab"], width: 2)
        let new = grid(["ab", "cd"], width: 2)
        #expect(GridDiff.runs(from: old, to: new).count == 2)
    }

    @Test func identicalFramesWriteNothing() {
        let frame = grid(["hello", "world"], width: 5)
        #expect(GridDiff.runs(from: frame, to: frame).isEmpty)
    }

    @Test func changedCellsGroupIntoRunsPerRow() {
        let old = grid(["abcdef", "ghijkl"], width: 6)
        let new = grid(["aXYdeZ", "ghijkl"], width: 6)
        #expect(texts(GridDiff.runs(from: old, to: new)) == ["0:1:XY", "0:5:Z"])
    }

    @Test func aStyleChangeAloneIsAChange() {
        let old = grid(["abc"], width: 3)
        var new = old
        new.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.reverse = true }
        let runs = GridDiff.runs(from: old, to: new)
        #expect(texts(runs) == ["0:1:b"])
        #expect(runs.first?.cells.first?.style.reverse == true)
    }

    @Test func aChangedRightHalfBringsItsWideCharacter() {
        let old = grid(["a日b"], width: 4)
        var new = old
        new.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.bold = true }
        #expect(texts(GridDiff.runs(from: old, to: new)) == ["0:1:日"])
    }

    @Test func aRunEndingOnAWideCharacterTakesItsRightHalf() {
        // The right halves are equal (empty, plain), so only the left half differs.
        let old = grid(["a日"], width: 3)
        let new = grid(["a本"], width: 3)
        let runs = GridDiff.runs(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs.first?.x == 1)
        #expect(runs.first?.cells.map(\.text) == ["本", ""])
    }

    @Test func aScrollOfOneLineTouchesOnlyTheRowsThatDiffer() {
        let old = grid(["  item 1", "> item 2", "  item 3"], width: 8)
        let new = grid(["  item 1", "  item 2", "> item 3"], width: 8)
        #expect(texts(GridDiff.runs(from: old, to: new)) == ["1:0:" + " ", "2:0:>"])
    }
}
