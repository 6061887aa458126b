import CNcursesw
import Testing
import TerminalUI
@testable import NcursesBackend

@Suite struct KeyDecoderTests {
    @Test func arrowsAndPagingKeys() {
        #expect(KeyDecoder.key(for: .functionKey(KEY_UP)) == .up)
        #expect(KeyDecoder.key(for: .functionKey(KEY_DOWN)) == .down)
        #expect(KeyDecoder.key(for: .functionKey(KEY_LEFT)) == .left)
        #expect(KeyDecoder.key(for: .functionKey(KEY_RIGHT)) == .right)
        #expect(KeyDecoder.key(for: .functionKey(KEY_PPAGE)) == .pageUp)
        #expect(KeyDecoder.key(for: .functionKey(KEY_NPAGE)) == .pageDown)
        #expect(KeyDecoder.key(for: .functionKey(KEY_HOME)) == .home)
        #expect(KeyDecoder.key(for: .functionKey(KEY_END)) == .end)
    }

    @Test func enterArrivesThreeWays() {
        #expect(KeyDecoder.key(for: .character(10)) == .enter)
        #expect(KeyDecoder.key(for: .character(13)) == .enter)
        #expect(KeyDecoder.key(for: .functionKey(KEY_ENTER)) == .enter)
    }

    @Test func backspaceArrivesThreeWays() {
        #expect(KeyDecoder.key(for: .character(127)) == .backspace)
        #expect(KeyDecoder.key(for: .character(8)) == .backspace)
        #expect(KeyDecoder.key(for: .functionKey(KEY_BACKSPACE)) == .backspace)
    }

    @Test func tabShiftTabEscapeDelete() {
        #expect(KeyDecoder.key(for: .character(9)) == .tab)
        #expect(KeyDecoder.key(for: .functionKey(KEY_BTAB)) == .backTab)
        #expect(KeyDecoder.key(for: .character(27)) == .escape)
        #expect(KeyDecoder.key(for: .functionKey(KEY_DC)) == .delete)
    }

    @Test func controlLettersAreLowerCase() {
        #expect(KeyDecoder.key(for: .character(3)) == .ctrl("c"))
        #expect(KeyDecoder.key(for: .character(4)) == .ctrl("d"))
        #expect(KeyDecoder.key(for: .character(21)) == .ctrl("u"))
        #expect(KeyDecoder.key(for: .character(1)) == .ctrl("a"))
        #expect(KeyDecoder.key(for: .character(26)) == .ctrl("z"))
    }

    @Test func functionKeysAreNumberedFromOne() {
        #expect(KeyDecoder.key(for: .functionKey(bilateral_key_f(1))) == .function(1))
        #expect(KeyDecoder.key(for: .functionKey(bilateral_key_f(12))) == .function(12))
    }

    @Test func printableCharactersIncludingWideOnes() {
        #expect(KeyDecoder.key(for: .character(UInt32(UInt8(ascii: "q")))) == .character("q"))
        #expect(KeyDecoder.key(for: .character(UInt32(UInt8(ascii: "/")))) == .character("/"))
        #expect(KeyDecoder.key(for: .character(0x65E5)) == .character("日"))
        #expect(KeyDecoder.key(for: .character(0xE9)) == .character("é"))
    }

    @Test func resizeIsRecognised() {
        #expect(KeyDecoder.key(for: .functionKey(KEY_RESIZE)) == .resize)
    }

    @Test func unusableCodesAreDropped() {
        #expect(KeyDecoder.key(for: .character(0)) == nil)
        #expect(KeyDecoder.key(for: .character(0x1F)) == nil)
        #expect(KeyDecoder.key(for: .character(0x85)) == nil)
        #expect(KeyDecoder.key(for: .functionKey(KEY_MOUSE)) == nil)
        #expect(KeyDecoder.key(for: .character(0xD800)) == nil)
    }
}
