import Testing
@testable import BilateralCore

@Suite struct CommonTrigramsTests {
    /// Folded texts laid end to end as `FoldedCorpus` lays them, with their starts.
    private func laidOut(_ texts: [String]) -> (bytes: [UInt8], starts: [Int]) {
        var bytes: [UInt8] = [], starts = [0]
        for text in texts {
            bytes += Array(text.utf8)
            starts.append(bytes.count)
        }
        return (bytes, starts)
    }

    private func holders(_ trigram: String, in texts: [String]) -> [Int]? {
        let (bytes, starts) = laidOut(texts)
        let table = bytes.withUnsafeBytes { CommonTrigrams(bytes: $0, starts: starts) }
        let packed = trigram.utf8.reduce(0) { $0 << 8 | Int($1) }
        var candidates = ArticleBits(all: texts.count)
        guard table.narrow(&candidates, toHold: packed) else { return nil }
        var held: [Int] = []
        candidates.forEach { held.append($0) }
        return held
    }

    /// A row holds exactly the articles with the three bytes together: not those with its byte
    /// pairs apart ("ab be"), nor two articles whose end and start join into it in the flat bytes.
    @Test func aRowHoldsTheArticlesWithTheThreeBytesTogether() {
        let texts = ["\nxabey\n", "\nab be\n", "\nthe abe\n", "\nlab", "e tab\n", "\nabe\n"]
        #expect(holders("abe", in: texts) == [0, 2, 5])
        // Held by one article only: too rare for a row, left to the hashed buckets and a scan.
        #expect(holders("xab", in: texts) == nil)
    }

    /// Three letters answered from a row give what reading every article's text gives, on a
    /// corpus where byte pairs alone would leave articles without the trigram.
    @Test func threeLettersFromTheRowsEqualAScan() {
        let model = RandomQueryModel.make()
        let index = FilterIndex(model: model)
        let corpus = index.text
        var decided = 0
        for word in ["rus", "sia", "jap", "the", "ant", "abe", "ion", "ter", "^th", "ed.$"] {
            let start = word.hasPrefix("^"), end = word.hasSuffix("$")
            let text = String(word.dropFirst(start ? 1 : 0).dropLast(end ? 1 : 0))
            let pattern = TextPattern(text: text, wholeWord: false, atLineStart: start, atLineEnd: end, caseSensitive: false)
            let matcher = TextMatcher(pattern)
            if corpus.decides(matcher.foldedNeedle) { decided += 1 }
            let scanned = TextMatchCache.scan(ArticleBits(all: corpus.count), matcher: matcher, corpus: corpus, model: model)
            #expect(FilterIndex(model: model).textMatches.matches(pattern, index: index, model: model) == scanned, "\(word)")
        }
        // The rows must answer some of these, or the test proves nothing about them.
        #expect(decided >= 3)
    }
}
