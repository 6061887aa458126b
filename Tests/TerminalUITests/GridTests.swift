import Testing
@testable import TerminalUI

@Suite struct GridTests {
    @Test func putClipsAtTheLimitWithoutSplittingWideCharacters() {
        var grid = Grid(width: 6, height: 1)
        let written = grid.put("ab北京", x: 0, y: 0, limit: 5)
        #expect(written == 4)
        #expect(grid.row(0) == "ab北  ")
    }

    @Test func measuresCJKAsTwoColumns() {
        #expect("日本".displayWidth == 4)
        #expect("Japan".displayWidth == 5)
        #expect("e\u{301}".displayWidth == 1)
    }
}
