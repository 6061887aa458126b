import Testing
@testable import BilateralCore

/// The byte search and the bitmaps that stand in for it must agree with a plain reading of the text.
@Suite struct TextScanTests {
    /// Plain substring search with the same whole-word rule, one position at a time.
    private func naiveFind(_ needle: [UInt8], in hay: [UInt8], wholeWord: Bool) -> Bool {
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count else { return false }
        return hay.withUnsafeBytes { bytes in
            (0...(hay.count - needle.count)).contains { start in
                Array(hay[start..<(start + needle.count)]) == needle
                    && (!wholeWord || (!TextScan.isWord(endingAt: start - 1, in: bytes)
                        && !TextScan.isWord(startingAt: start + needle.count, in: bytes)))
            }
        }
    }

    private let texts = [
        "\nthe sanctions on russia's exports, said abe.\n",
        "\nshe says: sa is not 'sa' — sa\n",
        "\n\u{201C}kuril\u{201D} islands; the kuril chain and kurils\n",
        "\ncafé résumé 東京 tokyo, naïve\n",
        "s", "ss", "\n",
        "\nthe end of a line that is longer than sixteen bytes so blocks are read\nsecond line ends here\n",
    ]
    private let needles = ["s", "sa", "sanctions", "'s", "kuril", "\nthe", "here\n", "é", "東京", "tokyo", "x", "ne", "e\ns", "naïve"]

    @Test func findAgreesWithAPlainSearch() {
        for text in texts {
            let hay = Array(text.utf8)
            for needle in needles.map({ Array($0.utf8) }) {
                for wholeWord in [false, true] {
                    let found = hay.withUnsafeBytes { TextScan.find(needle, in: $0, wholeWord: wholeWord) }
                    #expect(found == naiveFind(needle, in: hay, wholeWord: wholeWord),
                            "\(String(decoding: needle, as: UTF8.self)) in \(text) whole word: \(wholeWord)")
                }
            }
        }
    }

    @Test func findsAMatchAtEveryOffsetOfALongText() {
        let filler = Array(repeating: UInt8(ascii: "a"), count: 70)
        for offset in 0...(filler.count - 3) {
            var hay = filler
            hay.replaceSubrange(offset..<(offset + 3), with: Array("xyz".utf8))
            #expect(hay.withUnsafeBytes { TextScan.find(Array("xyz".utf8), in: $0, wholeWord: false) }, "offset \(offset)")
            #expect(!hay.withUnsafeBytes { TextScan.find(Array("xzy".utf8), in: $0, wholeWord: false) })
        }
    }

    @Test func bitmapsDecideShortNeedlesAndKeepEveryArticleALongerOneMayMatch() {
        let articles = texts.enumerated().map { index, text in
            Article(id: "\(index)", path: "\(index)", title: "Title \(index)", lines: text.split(separator: "\n").map(String.init))
        }
        let corpus = FoldedCorpus(articles: articles)
        let needles = self.needles + ["ti", "\nti", "e 3\n", "the kuril", "sixteen", "q"]
        for needle in needles.map({ Array($0.lowercased().utf8) }) {
            var candidates = ArticleBits(all: corpus.count)
            corpus.narrow(&candidates, toContain: needle)
            let name = String(decoding: needle, as: UTF8.self)
            for article in 0..<corpus.count {
                let text = corpus.withBytes { Array(corpus.text(article, in: $0)) }
                let present = naiveFind(needle, in: text, wholeWord: false)
                if needle.count <= 2 {
                    #expect(candidates.flags[article] == present, "\(name) in \(article)")
                } else if present {
                    #expect(candidates.flags[article], "\(name) in \(article)")
                }
                guard let hash = TextScan.wholeWordHash(needle), naiveFind(needle, in: text, wholeWord: true) else { continue }
                var words = ArticleBits(all: corpus.count)
                corpus.narrow(&words, toHaveWord: hash)
                #expect(words.flags[article], "whole word \(name) in \(article)")
            }
        }
    }

    @Test func aWholeWordHashesAsTheTextsWordsDo() {
        var hashes: [UInt64] = []
        Array("\n\u{201C}kuril\u{201D} islands, café-tokyo\n".utf8).withUnsafeBytes { TextScan.forEachWordHash(in: $0) { hashes.append($0) } }
        #expect(hashes.count == 4)
        for word in ["kuril", "islands", "café", "tokyo"] {
            let hash = TextScan.wholeWordHash(Array(word.utf8))
            #expect(hash.map(hashes.contains) == true, "\(word)")
        }
        #expect(TextScan.wholeWordHash(Array("café-tokyo".utf8)) == nil)
        #expect(TextScan.wholeWordHash(Array("u.s".utf8)) == nil)
    }

    @Test func articleBitsRoundTripFlags() {
        let flags = (0..<130).map { $0 % 3 == 0 || $0 == 129 }
        #expect(ArticleBits(flags).flags == flags)
        #expect(ArticleBits(all: 130).flags == Array(repeating: true, count: 130))
        #expect(ArticleBits(all: 128).flags == Array(repeating: true, count: 128))
    }
}

@Suite struct FoldedCorpusTests {
    @Test func foldsTitleAndProseAsLowercasedDoes() {
        let lines = ["Ünter Den Linden", "", "İstanbul ΣΟΦΟΣ says “Hello” — CAFÉ ΚΑΛΗΜΕΡΑ", "Tokyo 東京 ＡＢＣ Straße", "Boilerplate LINE"]
        let article = Article(id: "a", path: "a", title: lines[0], lines: lines, boilerplate: [LineRange(first: 5, last: 5)])
        let corpus = FoldedCorpus(articles: [article])
        let expected = "\n" + lines[0].lowercased() + "\n" + lines[0].lowercased() + "\n\n" + lines[2].lowercased() + "\n"
            + lines[3].lowercased() + "\n"
        #expect(corpus.withBytes { Array(corpus.text(0, in: $0)) } == Array(expected.utf8))
        #expect(corpus.lines == [[1, 2, 3, 4]])
    }
}
