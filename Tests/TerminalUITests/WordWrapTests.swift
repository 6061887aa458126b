import Testing
@testable import TerminalUI

@Suite struct WordWrapTests {
    @Test func breaksAtSpacesAndDropsThem() {
        #expect(WordWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func cutsAWordLongerThanTheRow() {
        #expect(WordWrap.lines("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
    }

    @Test func breaksAfterHyphens() {
        #expect(WordWrap.lines("Russo-Japanese talks", width: 8) == ["Russo-", "Japanese", "talks"])
    }

    @Test func neverSplitsADoubleWidthCharacter() {
        let rows = WordWrap.lines("日本とロシアの関係", width: 5)
        #expect(rows == ["日本", "とロ", "シア", "の関", "係"])
        #expect(rows.allSatisfy { $0.displayWidth <= 5 })
    }

    @Test func rowsPointBackIntoTheSource() {
        let text = Array("one two three")
        let rows = WordWrap.wrap(text, width: 7)
        #expect(rows == [WrappedRow(start: 0, end: 7), WrappedRow(start: 8, end: 13)])
    }

    @Test func emptyTextIsOneEmptyRow() {
        #expect(WordWrap.wrap([], width: 10) == [WrappedRow(start: 0, end: 0)])
    }

    @Test func measuresWithTheGivenFunction() {
        let rows = WordWrap.wrap(Array("a…b c"), width: 3) { Transliteration.ascii($0).count }
        #expect(rows == [WrappedRow(start: 0, end: 1), WrappedRow(start: 1, end: 2), WrappedRow(start: 2, end: 5)])
    }
}
