import Testing
@testable import TerminalUI

/// Emoji sequences are measured, clipped and sent as one cluster whose width the terminal agrees with.
@Suite struct GraphemeClusterTests {
    @Test func aZWJSequenceIsSentAsItsFirstGlyphOnly() {
        let family: Character = "👩\u{200D}👩\u{200D}👧"
        #expect(family.displayWidth == 2)
        #expect(family.terminalScalars() == ["👩"])
        let rainbowFlag: Character = "🏳\u{FE0F}\u{200D}🌈"
        #expect(rainbowFlag.terminalScalars() == ["🏳", "\u{FE0F}"])
        // A joiner glued to a letter is never sent on its own.
        let joined: Character = "a\u{200D}"
        #expect(joined.terminalScalars() == ["a"])
        #expect(joined.displayWidth == 1)
    }

    @Test func marksFlagsAndModifiersKeepTheirWidth() {
        #expect(Character("e\u{301}").terminalScalars() == ["e", "\u{301}"])
        #expect(Character("🇯🇵").terminalScalars() == ["\u{1F1EF}", "\u{1F1F5}"])
        #expect(Character("👍🏽").terminalScalars() == ["👍"])
        #expect(Character("👍🏽").displayWidth == 2)
        // No more than curses can hold, whatever piles on.
        let piled = Character("a" + String(repeating: "\u{301}", count: 9))
        #expect(piled.terminalScalars().count == 4)
    }

    @Test func aRowWithZWJSequencesKeepsItsColumns() {
        var grid = Grid(width: 10, height: 1)
        let used = grid.put("a👩\u{200D}👩\u{200D}👧b👨\u{200D}💻|", x: 0, y: 0)
        #expect(used == 7)
        #expect(grid[6, 0].text == "|")
        #expect(grid[2, 0].isContinuation && grid[5, 0].isContinuation)
        // Clipped by cluster: a two-column cluster that does not fit is left out whole.
        var narrow = Grid(width: 2, height: 1)
        narrow.put("a👩\u{200D}👧", x: 0, y: 0)
        #expect(narrow.row(0) == "a ")
        // Every cell's scalars end on something other than a joiner.
        for x in 0..<grid.width {
            #expect(grid[x, 0].text.first.map { $0.terminalScalars().last != "\u{200D}" } ?? true)
        }
    }
}
