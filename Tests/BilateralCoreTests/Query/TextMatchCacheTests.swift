import Testing
@testable import BilateralCore

@Suite struct TextMatchCacheTests {
    private func pattern(_ text: String, start: Bool = false, end: Bool = false, word: Bool = false) -> TextPattern {
        TextPattern(text: text, wholeWord: word, atLineStart: start, atLineEnd: end, caseSensitive: text.contains { $0.isUppercase })
    }

    @Test func aLongerWordNarrowsFromAShorterOne() {
        #expect(TextMatchCache.narrows(pattern("kuril"), from: pattern("kuri")))
        #expect(TextMatchCache.narrows(pattern("Kuril"), from: pattern("kuri")))
        #expect(!TextMatchCache.narrows(pattern("kuril"), from: pattern("Kuri")))
        #expect(!TextMatchCache.narrows(pattern("kuril"), from: pattern("kuril", word: true)))
        #expect(!TextMatchCache.narrows(pattern("the"), from: pattern("th", start: true)))
        #expect(TextMatchCache.narrows(pattern("then", start: true), from: pattern("th", start: true)))
        #expect(!TextMatchCache.narrows(pattern("then", start: true), from: pattern("he", start: true)))
    }

    @Test func typingLetterByLetterGivesWhatAFreshIndexGives() throws {
        let model = QueryFixture.model
        let typed = FilterIndex(model: model)
        for query in ["i", "is", "isl", "isla", "islan", "island", "islands", "Islands", "^T", "^Th", "^The", "watched.$"] {
            let filter = try Filter.parse(query)
            let fresh = FilterIndex(model: model)
            #expect(filter.apply(to: model, index: typed) == filter.apply(to: model, index: fresh), "\(query)")
        }
    }
}
