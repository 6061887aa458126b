import Testing
@testable import BilateralCore

@Suite struct SentenceSplitterTests {
    private func sentences(_ lines: [String]) -> [Sentence] {
        SentenceSplitter().split(
            lines: lines,
            segments: [.init(lines: LineRange(first: 1, last: lines.count), paragraph: 0, isBoilerplate: false)]
        )
    }

    private func texts(_ text: String) -> [String] {
        sentences([text]).map(\.text)
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(texts("Mr. Abe met Dr. Lee and Gen. Smith at St. Petersburg. They spoke.") == [
            "Mr. Abe met Dr. Lee and Gen. Smith at St. Petersburg.", "They spoke.",
        ])
        #expect(texts("Written by Joseph P. Farrell for the U.S. press. Next one.") == [
            "Written by Joseph P. Farrell for the U.S. press.", "Next one.",
        ])
        #expect(texts("Ties with the U.K. and the U.S. Senate grew. The end.") == [
            "Ties with the U.K. and the U.S. Senate grew.", "The end.",
        ])
        #expect(texts("It happened on Dec. 16 and Jan. 3 in Sen. Ray's office.") == [
            "It happened on Dec. 16 and Jan. 3 in Sen. Ray's office.",
        ])
        #expect(texts("Trade fell in the U.S. The figures were bad.") == ["Trade fell in the U.S.", "The figures were bad."])
    }

    @Test func decimalsQuotesAndEllipses() {
        #expect(texts("Growth was 3.5 percent. It was slow.") == ["Growth was 3.5 percent.", "It was slow."])
        #expect(texts("He said “we agree.” Then he left.") == ["He said “we agree.”", "Then he left."])
        #expect(texts("Why? Because. “Really?” she asked.") == ["Why?", "Because.", "“Really?” she asked."])
        #expect(texts("It was late (hmm... Berlin and Tokyo... I wonder). Then more.") == [
            "It was late (hmm... Berlin and Tokyo... I wonder).", "Then more.",
        ])
        #expect(texts("He paused… And then spoke.") == ["He paused…", "And then spoke."])
        #expect(texts("See www.example.com for more. Done.") == ["See www.example.com for more.", "Done."])
    }

    @Test func aSentenceCanSpanLinesAndKnowsWhereItIs() {
        let found = sentences(["First one. The second", "goes on here. Third — é✓ one."])
        #expect(found.map(\.text) == ["First one.", "The second goes on here.", "Third — é✓ one."])
        #expect(found[1].start == TextPosition(line: 1, column: 11))
        #expect(found[1].end == TextPosition(line: 2, column: 13))
        #expect(found[2].start == TextPosition(line: 2, column: 14))
        #expect(found[2].end == TextPosition(line: 2, column: 29))
    }

    @Test func columnsCountCharactersNotScalars() {
        let line = "Cafe\u{301} talks. Next."
        let found = sentences([line])
        #expect(found.map(\.text) == ["Cafe\u{301} talks.", "Next."])
        #expect(found[1].start.column == 12)
        #expect(found[1].end.column == line.count)
    }

    @Test func columnsMatchCharacterOffsetsInMixedScripts() {
        // Curly quotes and dashes, an accent as one scalar and as two, an emoji family joined by ZWJ, Cyrillic, CJK.
        let line = "\u{201C}Caf\u{E9} talks\u{201D} \u{2014} a first one. The e\u{301}lan of \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} fades. "
            + "\u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430} said so. \u{6771}\u{4EAC} agreed. Last one here."
        let found = sentences([line])
        #expect(found.count == 5)
        for sentence in found {
            guard let range = line.range(of: sentence.text) else {
                Issue.record("sentence text not in line: \(sentence.text)")
                continue
            }
            #expect(sentence.start.column == line.distance(from: line.startIndex, to: range.lowerBound))
            #expect(sentence.end.column == line.distance(from: line.startIndex, to: range.upperBound))
        }
    }

    @Test func shortUnpunctuatedLinesStandAloneInAParagraph() {
        let segments = ArticleParser.segments(
            of: [LineRange(first: 1, last: 3)], lines: ["Google photo", "Twitter picture", "You are here."],
            isBoilerplate: [false, false, false, false, false], metadataLines: [], titleLine: nil
        )
        #expect(segments.map(\.lines) == [LineRange(first: 1, last: 1), LineRange(first: 2, last: 2), LineRange(first: 3, last: 3)])
    }
}
