import Testing
import TerminalUI
@testable import NcursesBackend

@Suite struct FrameSanitizerTests {
    @Test func unicodeFramesPassThroughUnchanged() {
        var grid = Grid(width: 8, height: 1)
        grid.put("日本 ok", x: 0, y: 0)
        #expect(FrameSanitizer.sanitize(grid, unicode: true) == grid)
    }

    @Test func asciiModeReplacesEveryNonASCIICell() {
        var grid = Grid(width: 10, height: 1)
        grid.put("a—日b", x: 0, y: 0)
        let safe = FrameSanitizer.sanitize(grid, unicode: false)
        #expect(safe.row(0) == "a?? b     ")
        #expect(safe.cells.allSatisfy { $0.text.allSatisfy(\.isASCII) && !$0.text.isEmpty })
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        var grid = Grid(width: 3, height: 1)
        grid[0, 0] = Cell("\u{1B}")
        grid[1, 0] = Cell("\n")
        grid[2, 0] = Cell("\u{7}")
        #expect(FrameSanitizer.sanitize(grid, unicode: true).row(0) == "???")
    }

    @Test func strayContinuationBecomesABlank() {
        var grid = Grid(width: 3, height: 1)
        grid[1, 0] = Cell("")
        #expect(FrameSanitizer.sanitize(grid, unicode: true).row(0) == "   ")
    }

    @Test func wideCharacterInTheLastColumnIsBlanked() {
        var grid = Grid(width: 3, height: 1)
        grid[2, 0] = Cell("日")
        #expect(FrameSanitizer.sanitize(grid, unicode: true).row(0) == "   ")
    }

    @Test func cellsHoldingSeveralCharactersKeepTheFirst() {
        var grid = Grid(width: 2, height: 1)
        grid[0, 0] = Cell("ab")
        #expect(FrameSanitizer.sanitize(grid, unicode: true).row(0) == "a ")
        #expect(FrameSanitizer.sanitize(grid, unicode: false).row(0) == "a ")
    }

    @Test func combiningAccentsStayWithTheirLetterUnderUnicode() {
        var grid = Grid(width: 2, height: 1)
        grid[0, 0] = Cell("e\u{301}")
        #expect(FrameSanitizer.sanitize(grid, unicode: true)[0, 0].text == "e\u{301}")
        #expect(FrameSanitizer.sanitize(grid, unicode: false)[0, 0].text == "?")
    }
}
