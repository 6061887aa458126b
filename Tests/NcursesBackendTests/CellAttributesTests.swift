import Testing
import TerminalUI
@testable import NcursesBackend

@Suite struct CellAttributesTests {
    @Test func eachStyleFlagMapsToItsAttribute() {
        let style = Style(bold: true, dim: true, reverse: true, underline: true)
        #expect(CellAttributes(style, colors: 256) == [.bold, .dim, .reverse, .underline])
        #expect(CellAttributes(Style(underline: true), colors: 8) == [.underline])
        #expect(CellAttributes(.plain, colors: 8) == [])
    }

    @Test func colouredBackgroundBecomesReverseWithoutColour() {
        let selected = Style(foreground: .black, background: .cyan)
        #expect(CellAttributes(selected, colors: 0) == [.reverse])
        #expect(CellAttributes(selected, colors: 8) == [])
    }

    @Test func foregroundColourAloneLeavesNoMarkWithoutColour() {
        #expect(CellAttributes(Style(foreground: .red), colors: 0) == [])
        #expect(CellAttributes(Style(foreground: .red, bold: true), colors: 0) == [.bold])
    }
}
