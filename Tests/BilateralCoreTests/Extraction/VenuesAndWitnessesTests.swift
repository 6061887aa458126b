import Testing
@testable import BilateralCore

/// Issue 15 (precision, session 10): hosts and witnesses are not "the two ministers"; a forum opening the sentence, a
/// place words were spoken in and a place a town is near are not parties to the act.
@Suite struct VenuesAndWitnessesTests {
    private func stances(_ text: String, date: String = "2025-06-01") -> [String] {
        ExtractionHarness.stances(text, date: date)
    }

    @Test func theTwoMinistersAreNotTheHostOrTheWitness() {
        let text = """
            Opening line.

            President Gabriel Boric and President Luis Arce met in Madrid at the invitation of King Felipe.

            In Lisbon, the two foreign ministers signed a declaration in the presence of Secretary of State Marco Rubio.

            A week later the two ministers signed a border agreement.
            """
        let found = stances(text)
        #expect(!found.contains("ESP>USA+") && !found.contains("USA>ESP+"))
        #expect(!found.contains { $0.hasPrefix("USA>") || $0.hasPrefix("ESP>") })
        // Look-alike: a host who acts is a party.
        #expect(stances("Opening line.\n\nSpain hosted Chile's foreign minister in Madrid.").contains("ESP>CHL+"))
    }

    @Test func aForumOpeningTheSentenceIsNoParty() {
        let text = "At the Security Council in New York, Foreign Minister Ama Mensah calls the raid a declaration of war by Togo."
        let found = stances(text)
        #expect(!found.contains { $0.contains("UN") })
        // Look-alike: the Security Council acting is a party.
        #expect(stances("The Security Council condemned Togo for the raid.").contains("UN>TGO-"))
    }

    @Test func wherePeopleSpokeOrWhatATownIsNearIsNoTarget() {
        let spoken = stances("When Chile and Bolivia announced in Lima on March 10 that they would reopen their embassies, the surprise was less the deal than the venue.")
        #expect(!spoken.contains("CHL>PER+") && !spoken.contains("BOL>PER+"))
        let town = stances("Oslo expelled two Russian diplomats after strikes on Irpin, a town near Kyiv.")
        #expect(!town.contains("NOR>UKR-"))
        #expect(town.contains("NOR>RUS-"))
        // Look-alikes: a deal announced with a state keeps it as the partner; a town's own state may still be a target.
        #expect(stances("Chile announced a border deal with Peru on Monday.").contains("CHL>PER+"))
    }
}
