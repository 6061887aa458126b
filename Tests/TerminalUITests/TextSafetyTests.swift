import Testing
@testable import TerminalUI

@Suite struct TextSafetyTests {
    @Test func transliteratesPunctuationAccentsAndCyrillic() {
        #expect(Transliteration.ascii("“Quoted” — it’s… café") == "\"Quoted\" - it's... cafe")
        #expect(Transliteration.ascii("Москва") == "Moskva")
        #expect(Transliteration.ascii("Ōta → 北") == "Ota -> ?")
    }

    @Test func removesEscapeSequencesAndControls() {
        #expect("a\u{1B}[31mred\u{1B}[0m b".removingTerminalControls == "ared b")
        #expect("x\u{1B}]0;title\u{07}y".removingTerminalControls == "xy")
        #expect("tab\there\u{0}\u{7F}\u{9B}".removingTerminalControls == "tab here")
        #expect("left\u{202E}right".removingTerminalControls == "leftright")
    }

    @Test func writeIsTheSafePath() {
        var grid = Grid(width: 12, height: 1)
        grid.write("“hi”\u{1B}[2J!", x: 0, y: 0, ascii: true)
        #expect(grid.row(0) == "\"hi\"!       ")
    }

    @Test func makeSafeLeavesOnlyASCIIInASCIIMode() {
        var grid = Grid(width: 4, height: 1)
        grid.put("北a\u{1}", x: 0, y: 0)
        grid[3, 0] = Cell("\u{1B}")
        grid.makeSafe(ascii: true)
        #expect(grid.row(0) == "??a ")
    }

    @Test func boxesDrawInASCII() {
        var grid = Grid(width: 10, height: 3)
        Box(symbols: .ascii, title: "Tí", ascii: true).render(in: grid.bounds, into: &grid)
        #expect(grid.rows == ["+- Ti ---+", "|        |", "+--------+"])
    }
}
