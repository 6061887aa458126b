import Testing
@testable import BilateralTUI

/// The stances pane keeps its selected stance across a new filter result when the result keeps it.
@Suite struct StanceListPositionTests {
    @Test func aStanceIsFoundInTheExtractionOrderAndInASortedOne() {
        var state = makeState()
        state.stances.order = .listed
        state.stances.indices = [1, 2, 4, 5]
        #expect([0, 1, 2, 3, 4, 5, 6].map(state.listPosition(ofStance:)) == [nil, 0, 1, nil, 2, 3, nil])
        state.stances.indices = []
        #expect(state.listPosition(ofStance: 0) == nil)
        // By score the list is not ascending: every stance is still found.
        state.stances.order = .score
        state.stances.indices = [5, 1, 2, 4]
        #expect([1, 2, 4, 5, 3].map(state.listPosition(ofStance:)) == [1, 2, 3, 0, nil])
    }

    @Test func aFilterKeyKeepsTheSelectedStanceWhileTheResultHoldsIt() {
        var state = makeState()
        state.press(.character("f"))
        state.type("pol:-")
        state.press(.enter, .character("3"), .character("j"), .character("j"))
        #expect(state.stances.indices == [1, 2, 4, 5])
        #expect(state.stances.selected == 4)
        // Every key of "rus" keeps c-rupture's "Russia suspended …": the selection stays on it.
        state.press(.character("f"))
        state.type(" rus")
        #expect(state.stances.selected == 4)
        // A result without it selects the first stance kept.
        state.press(.ctrl("u"))
        state.type("holder:USA")
        #expect(state.stances.indices == [1])
        #expect(state.stances.selected == 1)
    }
}
