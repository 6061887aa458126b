import Testing
@testable import BilateralCore

/// Regret over a harm (toward whoever suffered it) against regret over another's act (disapproval), and a
/// measure imposed in the passive with no agent: held only by an actor opening an earlier clause.
@Suite struct RegretAndAgentlessTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func regretOverAHarmIsCooperativeTowardTheHarmed() {
        #expect(stances("Kyrgyzstan expressed regret over the shooting of two Tajik border guards.") == ["KGZ>TJK+"])
        #expect(stances("Cairo apologised for the death of the Sudanese fishermen.") == ["EGY>SDN+"])
        #expect(stances("Athens expressed deep regret over the sinking of a Turkish trawler.") == ["GRC>TUR+"])
    }

    @Test func regretOverAnothersActDisapprovesOfIt() {
        #expect(stances("Oslo expressed regret over Moscow's refusal to renew the permits.") == ["NOR>RUS-"])
        // Regret about something no actor owns stays silent.
        #expect(stances("Oslo expressed regret over the storm damage.") == [])
    }

    @Test func anAgentlessMeasureBelongsToTheActorOfAnEarlierClause() {
        #expect(stances("Ottawa struck back on Friday: duties of 25 per cent were slapped on American steel.").contains("CAN>USA-"))
        #expect(stances("New Delhi announced that an embargo would be imposed on Pakistani cement.").contains("IND>PAK-"))
    }

    @Test func anAgentlessMeasureWithNoClearAgentStaysSilent() {
        #expect(stances("Tariffs were slapped on Vietnamese shrimp.") == [])
        #expect(stances("Under pressure from Brussels, an embargo was imposed on Syrian oil.") == [])
        #expect(stances("Seoul announced that the embargo had been lifted on Iranian oil.") == [])
    }
}
