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

    /// An answer worked out within a filter's result is kept with that result's articles: it serves
    /// a later question about those articles or fewer, never one about the whole corpus or others.
    @Test func aScopedAnswerServesOnlyTheArticlesItDecided() {
        let model = RandomQueryModel.make()
        let index = FilterIndex(model: model)
        let count = model.articles.count
        func truth(_ text: String) -> [Bool] { FilterIndex(model: model).textMatches.matches(pattern(text), index: FilterIndex(model: model), model: model) }
        func bits(_ keep: (Int) -> Bool) -> ArticleBits { ArticleBits((0..<count).map(keep)) }
        func agree(_ answer: [Bool], _ expected: [Bool], within scope: ArticleBits, _ label: String) {
            scope.forEach { article in #expect(answer[article] == expected[article], "\(label) article \(article)") }
        }
        let evens = bits { $0 % 2 == 0 }
        let fourths = bits { $0 % 4 == 0 }
        let odds = bits { $0 % 2 == 1 }
        for word in ["ru", "rus", "russ", "russia"] {
            agree(index.textMatches.matches(pattern(word), index: index, model: model, within: evens), truth(word), within: evens, word)
        }
        // Narrower scopes reuse the answers above; other articles and the whole corpus must not.
        agree(index.textMatches.matches(pattern("russian"), index: index, model: model, within: fourths), truth("russian"), within: fourths, "russian in fourths")
        agree(index.textMatches.matches(pattern("russia"), index: index, model: model, within: odds), truth("russia"), within: odds, "russia in odds")
        #expect(index.textMatches.matches(pattern("russia"), index: index, model: model) == truth("russia"))
        #expect(index.textMatches.matches(pattern("russian"), index: index, model: model) == truth("russian"))
        // The words must decide something both ways, or the test proves nothing.
        #expect(truth("russia").contains(true) && truth("russia").contains(false))
    }
}
