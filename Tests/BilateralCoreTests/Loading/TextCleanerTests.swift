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

    @Test func cleanTextIsKeptAsItIs() {
        let text = "Plain text,\twith a tab.\nAnd “quotes” — and a dash.\n"
        #expect(lines(Array(text.utf8))?.lines == ["Plain text,\twith a tab.", "And “quotes” — and a dash."])
        #expect(lines(Array(text.utf8))?.removed == 0)
    }
}
