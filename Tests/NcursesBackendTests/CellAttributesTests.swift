import CNcursesw
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

@Suite struct AttributeBitsTests {
    @Test func eachAttributeSetsItsCursesBitAndNoOther() {
        let bits = AttributeBits()
        #expect(bits.bits([]) == bilateral_a_normal())
        #expect(bits.bits([.bold]) == bilateral_a_bold())
        #expect(bits.bits([.dim]) == bilateral_a_dim())
        #expect(bits.bits([.reverse]) == bilateral_a_reverse())
        #expect(bits.bits([.underline]) == bilateral_a_underline())
        #expect(bits.bits([.bold, .underline]) == bilateral_a_bold() | bilateral_a_underline())
    }
}
