import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

/// Nothing lost to one key: undo and redo of filter states, the prompt's own keys,
/// history, saved filters and the session.
@Suite struct UndoAndHistoryTests {
    @Test func undoAndRedoWalkThroughFilterStates() {
        var state = makeState()
        state.press(.character("-"), .character("e"), .character("a"))
        state.type("chin")
        state.press(.enter)
        #expect(state.filter.query == "actor:CHN era:sochi-2016 pol:-")
        state.press(.character("U"))
        #expect(state.filter.query == "era:sochi-2016 pol:-")
        state.press(.character("U"), .character("U"))
        #expect(state.filter.query.isEmpty)
        state.press(.character("U"))
        #expect(state.message == "nothing to undo")
        state.press(.character("R"), .character("R"))
        #expect(state.filter.query == "era:sochi-2016 pol:-")
        #expect(state.filter.applied == "era:sochi-2016 pol:-")
        // A new change forgets what could be redone.
        state.press(.character("+"))
        state.press(.character("R"))
        #expect(state.message == "nothing to redo")
    }

    @Test func eCyclesErasBackwardsWithCapitalE() {
        var state = makeState()
        var seen: [String?] = []
        for _ in 0..<4 {
            state.press(.character("E"))
            seen.append(state.filter.era)
        }
        #expect(seen == ["rupture-2023", "treaty-2018", "sochi-2016", nil])
    }

    @Test func escInTheLineCancelsItAndKeepsTheRefinedFilter() {
        var state = makeState()
        state.press(.character("f"))
        state.type("treaty")
        state.press(.enter, .character("f"))
        state.type(" talks")
        #expect(state.filter.applied == "treaty talks")
        state.press(.escape)
        #expect(state.mode == .normal)
        #expect(state.filter.applied == "treaty", "the filter applied before the line opened")
        #expect(state.undoStack.count == 1, "a cancelled line is no change")
    }

    @Test func altKeysEditTheLineAndNeverActAsCommands() {
        var state = makeState()
        state.press(.character("f"))
        state.type("kuril islands")
        state.press(.alt("b"))
        #expect(state.input.cursor == 6)
        state.press(.alt("d"))
        #expect(state.input.text == "kuril ")
        state.press(.alt("b"), .alt("f"))
        #expect(state.input.cursor == 5)
        state.press(.alt("\u{7F}"))
        #expect(state.input.text == " ")
        state.press(.alt("x"), .alt("q"))
        #expect(state.mode == .filter)
        #expect(!state.article.showBoilerplate)
        #expect(!state.shouldQuit)
    }

    @Test func upAndDownRecallEarlierFilters() {
        var state = makeState()
        for query in ["kuril", "pol:-", "treaty"] {
            state.press(.character("f"), .ctrl("u"))
            state.type(query)
            state.press(.enter)
        }
        #expect(state.memory.history == ["kuril", "pol:-", "treaty"])
        state.press(.character("f"), .ctrl("u"))
        state.type("ab")
        state.press(.up)
        #expect(state.input.text == "treaty")
        #expect(state.filter.applied == "treaty", "a recalled filter applies at once")
        state.press(.ctrl("p"), .up, .up)
        #expect(state.input.text == "kuril")
        state.press(.down, .ctrl("n"))
        #expect(state.input.text == "treaty")
        state.press(.down)
        #expect(state.input.text == "ab", "past the newest: what was being typed")
        state.press(.up, .enter)
        #expect(state.memory.history == ["kuril", "pol:-", "treaty"], "no repeats")
    }

    @Test func saveNamesAFilterAndFListsThem() {
        var state = makeState()
        state.press(.character("f"))
        state.type("kuril")
        state.press(.enter, .character("-"), .character("f"), .ctrl("u"))
        state.type(":save islands")
        #expect(state.filter.applied == "kuril pol:-", "a command line is not applied as a filter")
        state.press(.enter)
        #expect(state.mode == .normal)
        #expect(state.memory.saved == [SavedFilter(name: "islands", query: "kuril pol:-")])
        #expect(state.filter.text == "kuril", "the filter stays as it was")
        state.press(.character("C"), .character("F"))
        #expect(state.mode == .savedFilters)
        state.type("isl")
        state.press(.enter)
        #expect(state.filter.applied == "kuril pol:-")
        state.press(.character("f"), .ctrl("u"))
        state.type(":delete islands")
        state.press(.enter)
        #expect(state.memory.saved.isEmpty)
        state.press(.character("F"))
        #expect(state.mode == .normal)
        #expect(state.message?.contains("no saved filters") == true)
    }

    @Test func theSessionComesBack() {
        var state = makeState()
        state.press(.character("f"))
        state.type("treaty")
        state.press(.enter, .character("-"), .character("j"), .character("3"), .character("z"))
        let session = state.session
        var reopened = makeState()
        reopened.restore(session)
        #expect(reopened.filter.query == state.filter.query)
        #expect(reopened.filter.chips == [.polarity])
        #expect(reopened.focus == .stances)
        #expect(reopened.maximised)
        #expect(reopened.timeline.selectedRow == state.timeline.selectedRow)
        #expect(reopened.stances.selected == state.stances.selected)
        #expect(reopened.article.index == state.article.index)
    }

    @Test func aSessionWhoseFilterNoLongerFitsStartsUnfiltered() {
        var session = makeState().session
        session.filter = FilterSnapshot(text: "actor:nobody-here")
        var state = makeState()
        state.restore(session)
        #expect(state.filter.applied.isEmpty)
        #expect(state.filter.error == nil)
    }

    @Test func theRunLoopHandsBackMemoryAndSession() {
        var saved: [CorpusMemory] = []
        let keys: [Key] = "fkuril".map { .character($0) } + [.enter, .character("q")]
        let terminal = ScriptedTerminal(width: 100, height: 30, events: keys.map { .key($0) })
        Dashboard.run(model: FixtureModel.model(), on: terminal, memory: CorpusMemory(history: ["old"]), remember: { saved.append($0) })
        #expect(saved.first?.history == ["old", "kuril"])
        #expect(saved.last?.session?.filter.text == "kuril")
    }
}
