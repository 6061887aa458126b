import Testing
@testable import BilateralTUI
import TerminalUI

@Suite struct SearchAndModeTests {
    /// The fixture's undated article, which says "Kuril" three times.
    func onKurilArticle() -> AppState {
        var state = makeState(width: 100, height: 14)
        // `/` searches the focused pane: the article here.
        state.press(.character("G"), .character("2"))
        return state
    }

    @Test func slashSearchesAsYouTypeWithSmartCase() {
        var state = onKurilArticle()
        state.press(.character("/"))
        #expect(state.mode == .search)
        state.type("kuril")
        #expect(state.search.matches.count == 3)
        #expect(state.search.current == 0)
        state.press(.enter)
        #expect(state.mode == .normal)
        state.press(.character("/"))
        state.type("KURIL")
        #expect(state.search.matches.isEmpty)
    }

    @Test func nAndNMoveThroughMatchesAndWrap() {
        var state = onKurilArticle()
        state.press(.character("/"))
        state.type("Kuril")
        state.press(.enter)
        state.press(.character("n"))
        #expect(state.search.current == 1)
        state.press(.character("n"), .character("n"))
        #expect(state.search.current == 0)
        state.press(.character("N"))
        #expect(state.search.current == 2)
    }

    @Test func escCancelsTheSearchAndRestoresTheScroll() {
        var state = onKurilArticle()
        state.press(.character("/"))
        state.type("Russia")
        state.press(.escape)
        #expect(!state.search.isActive)
        #expect(state.search.matches.isEmpty)
        #expect(state.article.scroll == 0)
    }

    @Test func nWithoutASearchSaysSo() {
        var state = makeState()
        state.press(.character("n"))
        #expect(state.message != nil)
        state.press(.character("j"))
        #expect(state.message == nil)
    }

    @Test func helpOpensAndClosesWithoutQuitting() {
        var state = makeState()
        state.press(.character("?"))
        #expect(state.mode == .help)
        state.press(.character("j"))
        #expect(state.mode == .help)
        #expect(state.timeline.selectedRow == .article(0))
        state.press(.character("q"))
        #expect(state.mode == .normal)
        #expect(!state.shouldQuit)
    }

    @Test func helpScrollsWithMovementKeysAndStartsAtTheTop() {
        var state = makeState(width: 80, height: 24)
        state.press(.character("?"), .character("j"), .character("j"))
        #expect(state.helpScroll == 2)
        state.press(.character("k"))
        #expect(state.helpScroll == 1)
        state.press(.character("G"))
        #expect(state.helpScroll == HelpOverlay.lines.count - 1)
        state.press(.escape, .character("?"))
        #expect(state.helpScroll == 0)
    }

    @Test func qCtrlCAndAClosedTerminalQuit() {
        var state = makeState()
        state.press(.character("q"))
        #expect(state.shouldQuit)
        state = makeState()
        state.press(.ctrl("c"))
        #expect(state.shouldQuit)
        // In a prompt C-c cancels the prompt only.
        state = makeState()
        state.press(.character("f"), .ctrl("c"))
        #expect(!state.shouldQuit)
        #expect(state.mode == .normal)
        state = makeState()
        update(&state, .closed)
        #expect(state.shouldQuit)
    }

    @Test func typingInTheFilterLineDoesNotRunCommands() {
        var state = makeState()
        state.press(.character("f"))
        state.type("q z e")
        #expect(!state.shouldQuit)
        #expect(!state.maximised)
        #expect(state.filter.era == nil)
        #expect(state.input.text == "q z e")
    }

    @Test func textInputEditsAtTheCursor() {
        var input = TextInput("pol:+")
        _ = input.handle(.left)
        _ = input.handle(.backspace)
        #expect(input.text == "pol+")
        _ = input.handle(.home)
        _ = input.handle(.character("!"))
        #expect(input.text == "!pol+")
        _ = input.handle(.end)
        _ = input.handle(.ctrl("w"))
        #expect(input.text == "")
        let handled = input.handle(.tab)
        #expect(!handled)
    }
}
