import Testing
@testable import BilateralCore

/// Issue 15, class 2: a state named as a place (where something is, a border or a tripoint) is no party to the
/// act; the same state as agent or object still is.
@Suite struct PlaceParticipantTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aHolderAfterALocativePrepositionIsAPlace() {
        #expect(stances("The software is used at hospitals in France, Belgium and Norway to help nurses.") == [])
        #expect(stances("France, Belgium and Norway agreed to help each other.").contains("FRA>BEL+"))
        // People in a capital speak for it; an act's own place is where its agent rules.
        #expect(stances("Officials in Seoul accused Japan of lying.") == ["KOR>JPN-"])
        #expect(stances("Two Canadians were detained in China.") == ["CHN>CAN-"])
    }

    @Test func statesWhoseBordersMeetAreGeography() {
        #expect(stances("The road ends where the borders of India, Bhutan and China meet.") == [])
        #expect(stances("India and China met where the borders of India, Bhutan and China meet.") == ["CHN>IND+", "IND>CHN+"])
    }

    @Test func aStatesBorderAsAPositionIsGeography() {
        #expect(stances("Pakistan's army said soldiers were killed in a clash with militants near the Afghan border.") == [])
        #expect(stances("Pakistan clashed with Afghanistan.") == ["AFG>PAK-", "PAK>AFG-"])
    }
}
