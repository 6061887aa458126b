@testable import NcursesBackend
import Testing
import TerminalUI

@Suite struct EscapeSequenceTests {
    /// Reads `bytes` after an Esc, as the terminal would have them waiting.
    private func read(_ text: String, mouse: Bool = true) -> (EscapeSequence.Outcome, left: Int) {
        var bytes = Array(text.unicodeScalars.map(\.value))
        let outcome = EscapeSequence.read(next: { bytes.isEmpty ? nil : bytes.removeFirst() }, mouse: mouse)
        return (outcome, bytes.count)
    }

    @Test func escAloneIsEscape() {
        #expect(read("").0 == .key(.escape))
    }

    @Test func escThenAKeyIsAlt() {
        #expect(read("b").0 == .key(.alt("b")))
        #expect(read("\u{7F}").0 == .key(.alt("\u{7F}")))
    }

    @Test func sgrReportsAreMouseEventsWhenTheMouseIsOn() {
        #expect(read("[<0;10;5M").0 == .key(.mouse(MouseEvent(action: .press(button: 0), x: 9, y: 4))))
        #expect(read("[<0;10;5m").0 == .key(.mouse(MouseEvent(action: .release, x: 9, y: 4))))
        #expect(read("[<64;3;7M").0 == .key(.mouse(MouseEvent(action: .wheelUp, x: 2, y: 6))))
        #expect(read("[<65;3;7M").0 == .key(.mouse(MouseEvent(action: .wheelDown, x: 2, y: 6))))
    }

    @Test func withTheMouseOffReportsAreReadWholeAndDropped() {
        // `1;40;12M` left behind would be keys: `1` focuses the timeline.
        let (outcome, left) = read("[<0;40;12M", mouse: false)
        #expect(outcome == .swallowed)
        #expect(left == 0)
        #expect(read("[M !!", mouse: false).0 == .swallowed)
        #expect(read("[M !!", mouse: false).left == 0)
    }

    @Test func otherSequencesAreDroppedUpToTheirFinalByte() {
        let (outcome, left) = read("[1;5Cj")
        #expect(outcome == .swallowed)
        #expect(left == 1, "the key after the sequence is still there")
    }
}
