import Testing
@testable import TerminalUI

/// The byte-level fast paths agree with the character-by-character definitions they stand in for.
@Suite struct FastPathTests {
    /// Texts mixing ASCII, controls, C1, direction overrides, wide and combined characters.
    static let samples = [
        "", "plain ASCII text", "tab\there", "crlf\r\nline", "del\u{7F}", "nul\u{0}", "esc\u{1B}[31m",
        "c1 \u{85} \u{9B} \u{9F}", "latin-1 \u{A0}\u{A9} é", "override \u{202A}\u{202E} \u{202F}", "isolate \u{2066}\u{2069} \u{2065}",
        "dashes – — … ’", "北京 and 東京", "flag 🇯🇵 family 👩‍👩‍👧 e\u{301}", "zero\u{200B}width", "\u{2029}\u{2028}",
    ]

    @Test func controlsFoundOnBytesAreTheControlCharacters() {
        for text in Self.samples {
            #expect(text.hasTerminalControls == text.contains(where: \.isTerminalControl), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func widthMeasuredOnBytesIsTheSumOfTheCharacters() {
        for text in Self.samples {
            #expect(text.displayWidth == text.reduce(0) { $0 + $1.displayWidth }, "\(text.unicodeScalars.map(\.value))")
        }
        #expect("abc".displayWidth == 3)
        #expect("a\u{7F}\u{1}b".displayWidth == 2)
    }

    @Test func asciiPutSkipsControlsAndStopsAtTheLimit() {
        var grid = Grid(width: 10, height: 2)
        #expect(grid.put("a\u{1}b\u{7F}c", x: 1, y: 0) == 3)
        #expect(grid.put("too long for the row", x: 1, y: 1, limit: 8) == 8)
        #expect(grid.rows == [" abc      ", " too long "])
        var offLeft = Grid(width: 4, height: 1)
        #expect(offLeft.put("abcdef", x: -2, y: 0) == 6)
        #expect(offLeft.row(0) == "cdef")
    }
}
