import Testing
@testable import BilateralCore

/// Target and subject limits from unseen9: a forum a quarrel is taken to, a clause joined on by ", and", a
/// participle after a relative clause, a subject behind "after", a state that only qualifies what is joined,
/// and a bank as its state's instrument; each with a look-alike that keeps its reading.
@Suite struct UnseenNineTargetTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aForumAQuarrelIsTakenToIsNoTarget() {
        let found = stances("Canada brought the complaint to the WTO, accusing India of dumping steel.")
        #expect(found.contains("CAN>IND-"))
        #expect(!found.contains("CAN>WTO-"))
        // A threat made to a state is still aimed at it.
        #expect(stances("Iran sent a stern warning to Israel.").contains("IRN>ISR-"))
    }

    @Test func anActorOpeningAJoinedClauseIsNotTheNounsTarget() {
        let found = stances("Ottawa signed a loan agreement with Kyiv, and Warsaw announced new aid for the army.")
        #expect(found.contains("CAN>UKR+"))
        #expect(!found.contains("CAN>POL+"))
        // Coordinated partners with no verb of their own stay targets.
        #expect(stances("Ottawa signed a loan agreement with Kyiv and Warsaw.").contains("CAN>POL+"))
    }

    @Test func aParticipleAfterARelativeClauseActsForTheFirstSubject() {
        let text = "Oslo said it would end the scheme under which Swedish trawlers could fish, complaining that Stockholm had ignored the quotas."
        #expect(stances(text).contains("NOR>SWE-"))
        #expect(!stances("The scheme under which trawlers could fish, complaining loudly, ended.").contains { $0.contains(">") })
    }

    @Test func anActorWithAVerbAfterAfterIsThatClausesSubject() {
        let found = stances("After Seoul joined the US export curbs and froze the assets of the Iranian central bank, Tehran protested.")
        #expect(found.contains("KOR>IRN-"))
        #expect(!found.contains("USA>IRN-"))
    }

    @Test func joiningAStatesMeasureIsNoPartnership() {
        #expect(!stances("Norway joined the EU sanctions and banned Russian trawlers.").contains("EU>RUS-"))
        #expect(stances("Norway joined the EU in condemning Russia.").contains("EU>RUS-"))
    }

    @Test func leavingAnArrangementAStateBuiltReducesRelationsWithIt() {
        #expect(stances("Estonia pulled out of the forum that Beijing had built in the region.") == ["EST>CHN-"])
        #expect(stances("Panama withdrew from the bloc that Caracas leads.") == ["PAN>VEN-"])
        // A relative clause about something else names no maker.
        #expect(stances("Estonia pulled out of the forum that met in Beijing.") == [])
    }

    @Test func investingInAStatesIndustryIsMaterialCooperation() {
        #expect(stances("Seoul pledged to invest in Polish industry.") == ["KOR>POL+"])
        #expect(stances("Seoul will invest in new schools.") == [])
    }
}
