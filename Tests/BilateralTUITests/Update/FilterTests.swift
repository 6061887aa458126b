import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

@Suite struct FilterTests {
    @Test func fOpensTheFilterLineAndEveryKeystrokeApplies() {
        var state = makeState()
        state.press(.character("f"))
        #expect(state.mode == .filter)
        state.type("actor:CHN")
        #expect(state.filter.text == "actor:CHN")
        #expect(state.filter.applied == "actor:CHN" || state.filter.error != nil)
        state.press(.backspace, .backspace, .backspace)
        #expect(state.filter.text == "actor:")
        state.press(.ctrl("u"))
        #expect(state.filter.text == "")
        #expect(state.filter.applied == "")
        state.type("kuril")
        state.press(.enter)
        #expect(state.mode == .normal)
        #expect(state.filter.text == "kuril")
    }

    @Test func aFilterNarrowsEveryPane() {
        var state = makeState()
        state.press(.character("f"))
        state.type("actor:NATO")
        #expect(state.filter.error == nil)
        #expect(state.filter.result.articles == [2])
        #expect(state.timeline.rows.contains(.article(2)))
        #expect(!state.timeline.rows.contains(.article(0)))
        #expect(state.article.index == 2)
        #expect(state.stances.spansFilter)
        #expect(state.stances.indices.allSatisfy { state.model.stances[$0].article == "c-rupture.txt" })
    }

    @Test func anInvalidFilterShowsItsErrorAndKeepsTheLastGoodResult() {
        var state = makeState()
        state.press(.character("f"))
        state.type("pol:-")
        let good = state.filter.result
        #expect(state.filter.error == nil)
        state.type("x")
        #expect(state.filter.error != nil)
        #expect(state.filter.result == good)
        #expect(state.filter.applied == "pol:-")
        let status = DashboardView.render(state).row(state.height - 1)
        #expect(status.contains("✗"))
        state.press(.backspace)
        #expect(state.filter.error == nil)
        state.type(" year:2018")
        #expect(state.filter.error == nil)
        #expect(state.filter.applied == "pol:- year:2018")
    }

    @Test func pagesMoveTheTimelineWhileTyping() {
        var state = makeState(height: 16)
        state.press(.character("f"))
        state.type("j")
        state.press(.pageDown)
        #expect(state.mode == .filter)
        #expect(state.timeline.selectedRow != .article(0))
        #expect(state.input.text == "j")
    }

    @Test func colonOpensTheFilterLineWithTheCurrentText() {
        var state = makeState()
        state.press(.character(":"))
        state.type("abc")
        state.press(.enter, .character(":"))
        #expect(state.input.text == "abc")
        state.type("def")
        state.press(.escape)
        #expect(state.mode == .normal)
        #expect(state.filter.text == "abc", "Esc cancels the line and keeps the filter applied before it")
        #expect(state.filter.applied == "abc")
    }

    @Test func aFilterMakesTheStancesPaneSpanTheResult() {
        var state = makeState()
        #expect(!state.stances.spansFilter)
        state.press(.character("-"))
        #expect(state.filter.polarity == .conflictual)
        #expect(state.filter.applied == "pol:-")
        #expect(state.stances.spansFilter)
        #expect(state.stances.indices == state.filter.result.stances)
        state.press(.character("+"))
        #expect(state.filter.applied == "pol:+")
        state.press(.character("+"))
        #expect(state.filter.polarity == nil, "the same key again: any polarity")
        #expect(!state.stances.spansFilter)
    }

    @Test func eCyclesThroughTheErasAndBack() {
        var state = makeState()
        var seen: [String?] = []
        for _ in 0..<4 {
            state.press(.character("e"))
            seen.append(state.filter.era)
        }
        #expect(seen == ["sochi-2016", "treaty-2018", "rupture-2023", nil])
    }

    @Test func chipsAreAppendedToTheTypedQuery() {
        var state = makeState()
        state.press(.character("f"))
        state.type("kuril")
        state.press(.enter, .character("e"), .character("-"))
        #expect(state.filter.query == "kuril era:sochi-2016 pol:-")
    }

    @Test func escUndoesOneLayerAtATimeAndCClearsEverything() {
        var state = makeState()
        state.press(.character("f"))
        state.type("treaty")
        state.press(.enter, .character("e"), .character("+"), .character("/"))
        state.type("Japan")
        state.press(.enter)
        #expect(state.search.isActive)
        state.press(.escape)
        #expect(!state.search.isActive, "the search highlight goes first")
        #expect(state.filter.query == "treaty era:sochi-2016 pol:+")
        state.press(.escape)
        #expect(state.filter.query == "treaty era:sochi-2016", "then the last chip set")
        state.press(.escape)
        #expect(state.filter.query == "treaty")
        state.press(.escape)
        #expect(state.filter.query.isEmpty, "then the typed filter")
        #expect(state.filter.applied.isEmpty)
        state.press(.character("U"))
        #expect(state.filter.applied == "treaty")

        state.press(.character("e"), .character("-"), .character("C"))
        #expect(state.filter.query.isEmpty)
        state.press(.character("U"))
        #expect(state.filter.query == "treaty era:sochi-2016 pol:-")
    }

    @Test func theActorPickerSetsTheActorChip() {
        var state = makeState()
        state.press(.character("a"))
        #expect(state.mode == .actorPicker)
        #expect(state.picker.candidates.first == .some(nil))
        state.type("chin")
        #expect(state.picker.candidates == ["CHN"])
        state.press(.enter)
        #expect(state.mode == .normal)
        #expect(state.filter.actor == "CHN")
        state.press(.character("a"))
        #expect(state.picker.candidates[state.picker.list.selected] == "CHN")
        state.press(.pageUp, .enter)
        #expect(state.filter.actor == nil)
    }

    @Test func escLeavesThePickerWithoutChoosing() {
        var state = makeState()
        state.press(.character("a"), .down, .down, .escape)
        #expect(state.mode == .normal)
        #expect(state.filter.actor == nil)
    }

    @Test func pickerListsActorsByMentionsThenName() {
        var state = makeState()
        state.press(.character("a"))
        let ids = state.picker.candidates.compactMap { $0 }
        #expect(ids.first == "JPN")
        #expect(Set(ids) == Set(FixtureModel.actors.map(\.id)))
    }
}
