import Testing
import TerminalUI
@testable import NcursesBackend

@Suite struct ColorPairTableTests {
    @Test func defaultColoursUsePairZero() {
        var table = ColorPairTable(colors: 256, capacity: 256)
        #expect(table.number(for: .plain) == 0)
        #expect(table.drainNew().isEmpty)
    }

    @Test func eachCombinationGetsOnePairReusedAfterwards() {
        var table = ColorPairTable(colors: 256, capacity: 256)
        let red = Style(foreground: .red)
        let redOnBlue = Style(foreground: .red, background: .blue)
        #expect(table.number(for: red) == 1)
        #expect(table.number(for: redOnBlue) == 2)
        #expect(table.number(for: Style(foreground: .red, bold: true)) == 1)
        let new = table.drainNew()
        #expect(new.map(\.number) == [1, 2])
        #expect(new[0].pair == .init(foreground: 1, background: -1))
        #expect(new[1].pair == .init(foreground: 1, background: 4))
        #expect(table.drainNew().isEmpty)
    }

    @Test func noColourMeansPairZeroForEverything() {
        var table = ColorPairTable(colors: 0, capacity: 256)
        #expect(table.number(for: Style(foreground: .green, background: .indexed(200))) == 0)
        #expect(table.drainNew().isEmpty)
    }

    @Test func fullTableFallsBackToTheDefaultPair() {
        var table = ColorPairTable(colors: 8, capacity: 3)
        #expect(table.number(for: Style(foreground: .red)) == 1)
        #expect(table.number(for: Style(foreground: .green)) == 2)
        #expect(table.number(for: Style(foreground: .blue)) == 0)
        #expect(table.number(for: Style(foreground: .red)) == 1)
    }

    @Test func indexedColoursKeepTheirIndexOnlyWith256() {
        let wide = ColorPairTable(colors: 256, capacity: 256)
        let narrow = ColorPairTable(colors: 8, capacity: 64)
        #expect(wide.curses(.indexed(208), isBackground: false) == 208)
        #expect(narrow.curses(.indexed(9), isBackground: false) == 1)
        #expect(narrow.curses(.indexed(196), isBackground: false) == 1)
        #expect(narrow.curses(.indexed(21), isBackground: false) == 4)
        #expect(narrow.curses(.indexed(255), isBackground: false) == 7)
        #expect(narrow.curses(.indexed(233), isBackground: false) == 0)
    }

    @Test func withoutDefaultColoursTheDefaultIsWhiteOnBlack() {
        var table = ColorPairTable(colors: 8, capacity: 64, defaultColorsAllowed: false)
        #expect(table.curses(.default, isBackground: false) == 7)
        #expect(table.curses(.default, isBackground: true) == 0)
        #expect(table.number(for: .plain) == 0)
        #expect(table.number(for: Style(foreground: .white, background: .black)) == 0)
    }

    @Test func plainTextMayTakeAPairOfItsOwn() {
        var table = ColorPairTable(colors: 256, capacity: 256, plainHasOwnPair: true)
        #expect(table.number(for: Style(foreground: .red)) == 1)
        #expect(table.number(for: .plain) == 2)
        #expect(table.number(for: .plain) == 2)
        #expect(table.drainNew().map(\.pair) == [.init(foreground: 1, background: -1), .init(foreground: -1, background: -1)])
        // Without -1 for the defaults the plain pair would be white on black: pair 0 then.
        var fixed = ColorPairTable(colors: 8, capacity: 64, defaultColorsAllowed: false, plainHasOwnPair: true)
        #expect(fixed.number(for: .plain) == 0)
    }
}
