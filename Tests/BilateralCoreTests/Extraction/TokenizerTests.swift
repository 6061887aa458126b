import Testing
@testable import BilateralCore

@Suite struct TokenizerTests {
    private func texts(_ text: String) -> [String] {
        Tokenizer().tokens(of: text).map(\.text)
    }

    @Test func splitsPossessivesBothApostrophes() {
        #expect(texts("Japan's plan") == ["Japan", "'s", "plan"])
        #expect(texts("Russia’s navy") == ["Russia", "'s", "navy"])
        #expect(Tokenizer().tokens(of: "Japan’s")[1].kind == .possessive)
    }

    @Test func keepsDottedInitialsAndInnerApostrophes() {
        #expect(texts("the U.S. and the U.N. didn't") == ["the", "U.S.", "and", "the", "U.N.", "didn't"])
        #expect(texts("U.S-Russia") == ["U.S", "-", "Russia"])
    }

    @Test func hyphensAreTokensSoCompoundsSplit() {
        #expect(texts("Russo-Japanese 8-point") == ["Russo", "-", "Japanese", "8", "-", "point"])
    }

    @Test func positionsAreCharacterColumns() {
        let tokens = Tokenizer().tokens(of: "“Tokyo” said", startingAt: TextPosition(line: 4, column: 2))
        #expect(tokens[1].position == TextPosition(line: 4, column: 3))
        #expect(tokens[1].length == 5)
        #expect(tokens[3].spaceBefore)
    }
}
