import Testing
@testable import TerminalUI

@Suite struct ClipTests {
    @Test func textThatFitsIsUntouched() {
        #expect(Clip.text("economic", to: 8) == "economic")
    }

    @Test func aCutEndsWithAnEllipsis() {
        #expect(Clip.text("economic", to: 7) == "econom…")
        #expect(Clip.text("economic", to: 4, ascii: true) == "eco~")
    }

    @Test func neverInsideANumber() {
        #expect(Clip.text("The Sochi warming 2016–2017", to: 26) == "The Sochi warming 2016…")
        #expect(Clip.text("Talks on the 1956 declaration", to: 16) == "Talks on the…")
        #expect(Clip.text("RUS-JPN +71.5", to: 12) == "RUS-JPN…")
        #expect(Clip.text("3/80 stances", to: 4) == "…")
    }

    @Test func wideCharactersAreNotSplit() {
        #expect(Clip.text("日本とロシア", to: 6) == "日本…")
    }

    @Test func gridWriteClipsWithTheMarkAndDropsSpacesThatDoNotFit() {
        var grid = Grid(width: 10, height: 1)
        grid.write("abcdefghijkl", x: 0, y: 0)
        #expect(grid.row(0) == "abcdefghi…")
        grid = Grid(width: 10, height: 1)
        grid.write("abcdefgh    ", x: 0, y: 0)
        #expect(grid.row(0) == "abcdefgh  ")
        grid = Grid(width: 10, height: 1)
        grid.write("year 2016–2017", x: 0, y: 0, limit: 9)
        #expect(grid.row(0) == "year…     ")
    }
}
