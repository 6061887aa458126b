import Testing
@testable import BilateralCore

@Suite struct TextCleanerTests {
    private func lines(_ bytes: [UInt8]) -> (lines: [String], removed: Int)? {
        guard case .success(let result) = TextCleaner().clean(bytes) else { return nil }
        let removed = result.repairs.compactMap { repair -> Int? in
            if case .controlCharacters(let count) = repair { return count }
            return nil
        }.first ?? 0
        return (result.lines, removed)
    }

    @Test func controlBytesNextToLineFeedsAndTabsAreRemovedAtEveryAlignment() {
        // Eight-byte chunks are checked at once: a control byte must not hide behind a kept one.
        for shift in 0..<8 {
            let prefix = [UInt8](repeating: UInt8(ascii: "x"), count: shift)
            let bytes = prefix + Array("One.\n".utf8) + [0x0B] + Array("Two.\t".utf8) + [0x08] + Array("three\n\n".utf8) + [0x0C] + Array("Four.".utf8)
            let cleaned = lines(bytes)
            #expect(cleaned?.lines == [String(repeating: "x", count: shift) + "One.", "Two.\tthree", "", "Four."], "shift \(shift)")
            #expect(cleaned?.removed == 3, "shift \(shift)")
        }
    }

    @Test func removingASequenceNeverJoinsAStrayLeadByteIntoANewC1Control() {
        // A lone C2 (invalid), then a C1 CSI sequence that is removed, then a continuation byte: joined, they would
        // be C2 9B, the CSI control itself. An ESC sequence between them must not join them either.
        for between in [[0xC2, 0x9B, 0x54] as [UInt8], Array("\u{1B}[1m".utf8)] {
            let bytes = Array("Text ".utf8) + [0xC2] + between + [0x9B] + Array("2J after.".utf8)
            let cleaned = lines(bytes)
            #expect(cleaned?.lines.count == 1)
            #expect(cleaned?.lines.first?.unicodeScalars.contains { (0x80...0x9F).contains($0.value) } == false)
            #expect(cleaned?.lines.first?.hasSuffix("2J after.") == true)
        }
        // Look-alike: a real two-byte character after a removed sequence is kept ("é" is C3 A9, "\u{A0}" is C2 A0).
        let kept = lines(Array("Caf".utf8) + [0x1B, 0x5B, 0x6D] + Array("é\u{A0}ok".utf8))
        #expect(kept?.lines == ["Café\u{A0}ok"])
    }

    @Test func cleanTextIsKeptAsItIs() {
        let text = "Plain text,\twith a tab.\nAnd “quotes” — and a dash.\n"
        #expect(lines(Array(text.utf8))?.lines == ["Plain text,\twith a tab.", "And “quotes” — and a dash."])
        #expect(lines(Array(text.utf8))?.removed == 0)
    }
}
