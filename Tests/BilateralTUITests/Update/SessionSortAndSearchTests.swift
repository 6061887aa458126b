import Foundation
import Testing
@testable import BilateralTUI
import TerminalUI

/// The session keeps the stance order and the search; `:save` works after a typed filter.
@Suite struct SessionSortAndSearchTests {
    @Test func theStanceOrderAndTheSearchComeBack() {
        var state = makeState()
        state.press(.character("3"), .character("s"), .character("s"), .character("j"))
        state.press(.character("/"))
        state.type("Russia")
        state.press(.enter)
        #expect(state.stances.order == .date)
        let session = state.session
        var reopened = makeState()
        reopened.restore(session)
        #expect(reopened.stances.order == .date)
        #expect(reopened.stances.indices == state.stances.indices)
        #expect(reopened.stances.selected == state.stances.selected)
        #expect(reopened.search.query == "Russia")
        #expect(reopened.search.pane == .stances)
        #expect(reopened.search.rows == state.search.rows)
    }

    @Test func anArticleSearchComesBackHighlighted() {
        var state = makeState()
        state.press(.character("2"), .character("/"))
        state.type("Putin")
        state.press(.enter)
        var reopened = makeState()
        reopened.restore(state.session)
        #expect(reopened.search.pane == .article)
        #expect(reopened.search.matches == state.search.matches)
        #expect(!reopened.search.matches.isEmpty)
    }

    @Test func aSessionFromBeforeOrderAndSearchWereKeptStillOpens() throws {
        let old = #"{"filter":{"text":"kuril","chips":[]},"focus":1,"maximised":false,"articleScroll":0}"#
        let session = try JSONDecoder().decode(SessionSnapshot.self, from: Data(old.utf8))
        var state = makeState()
        state.restore(session)
        #expect(state.stances.order == .listed)
        #expect(!state.search.isActive)
        #expect(state.filter.applied == "kuril")
    }

    @Test func saveAfterATypedFilterSavesItWithoutClearingTheLine() {
        var state = makeState()
        state.press(.character("f"))
        state.type("kuril :save islands")
        #expect(state.filter.applied == "kuril", "the filter before the command applies as it is typed")
        state.press(.enter)
        #expect(state.mode == .normal)
        #expect(state.memory.saved == [SavedFilter(name: "islands", query: "kuril")])
        #expect(state.filter.text == "kuril")
        #expect(state.memory.history.last == "kuril")
        state.press(.character("U"))
        #expect(state.filter.applied.isEmpty, "saving with a new filter is one undoable step")
    }

    @Test func saveOnTheLineAsOpenedKeepsItsFilter() {
        var state = makeState()
        state.press(.character("f"))
        state.type("treaty")
        state.press(.enter, .character("f"))
        state.type(" :save t")
        state.press(.enter)
        #expect(state.memory.saved == [SavedFilter(name: "t", query: "treaty")])
        #expect(state.filter.applied == "treaty")
    }

    @Test func aFieldsColonIsNotACommand() {
        #expect(FilterCommand.split("actor:CHN") == nil)
        #expect(FilterCommand.split("actor:CHN :save c")?.query == "actor:CHN")
        #expect(FilterCommand.split(":save c")?.query == "")
        #expect(FilterCommand("actor:CHN :save c") == .save("c"))
        #expect(FilterCommand("kuril :frob") == .unknown(":frob"))
    }

    @Test func anInvalidFilterBeforeSaveIsNotSaved() {
        var state = makeState()
        state.press(.character("f"))
        state.type("kuril foo: :save x")
        state.press(.enter)
        #expect(state.mode == .filter)
        #expect(state.memory.saved.isEmpty)
    }
}
