import Testing
@testable import BilateralCore

/// Shared numbers looked up by a string's UTF-8 bytes (the store's decoder does, to make no string per mention):
/// the very numbers the string itself is given, one per distinct string, across the table's growth.
@Suite struct UTF8NumbersTests {
    private func number(_ numbers: SharedStrings.LocalNumbers, _ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { numbers.number(ofUTF8: $0) }
    }

    @Test func bytesGetTheNumberOfTheirString() {
        let numbers = SharedStrings.LocalNumbers()
        for text in ["JPN", "RUS", "held talks with", "", "Côte d’Ivoire", "JPN"] {
            #expect(number(numbers, Array(text.utf8)) == SharedStrings.number(of: text))
            #expect(number(numbers, Array(text.utf8)) == numbers.number(of: text))
        }
    }

    @Test func distinctStringsStayDistinctAsTheTableGrows() {
        let numbers = SharedStrings.LocalNumbers()
        // Far more than the first table holds, with look-alikes differing in one byte or in length only.
        let texts = (0..<3000).flatMap { ["utf8-\($0)", "utf8-\($0)x", "utf8-\($0 + 1)"] }
        let first = texts.map { number(numbers, Array($0.utf8)) }
        let again = texts.map { number(numbers, Array($0.utf8)) }
        #expect(first == again)
        #expect(first == texts.map { SharedStrings.number(of: $0) })
        #expect(Set(first).count == Set(texts).count)
    }

    @Test func invalidBytesReadAsTheirDecodedString() {
        let numbers = SharedStrings.LocalNumbers()
        let damaged: [UInt8] = [0x4A, 0xFF, 0x50]
        #expect(number(numbers, damaged) == SharedStrings.number(of: String(decoding: damaged, as: UTF8.self)))
    }
}
