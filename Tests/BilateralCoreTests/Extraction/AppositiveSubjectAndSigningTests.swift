import Testing
@testable import BilateralCore

/// Issue 15 (session 11): a holder is the verb's grammatical subject ("…, Nicaragua's president, Daniel Ortega, broke off
/// relations" is Nicaragua's act, not the first leader the sentence named); "turned back" planes rejects; what is signed
/// with a partner binds both sides even when it is "its own" agreement.
@Suite struct AppositiveSubjectAndSigningTests {
    private func stances(_ text: String, date: String = "2008-03-08") -> [String] { ExtractionHarness.stances(text, date: date) }

    @Test func anAppositiveLeaderBeforeTheVerbIsItsSubject() {
        let text = "Correa toured the region: he met Chavez in Caracas, and on Thursday, with Correa at his side in Managua, "
            + "Nicaragua's president, Daniel Ortega, broke off relations with Bogota."
        let found = stances(text)
        #expect(found.contains("NIC>COL-"))
        #expect(!found.contains("ECU>COL-") && !found.contains("VEN>COL-"))
        // Look-alike: an office named with "of" rather than a possessive still leaves the act to its holder.
        #expect(stances("On Friday, in Santo Domingo, the president of Ecuador, Rafael Correa, condemned Colombia.") == ["ECU>COL-"])
    }

    @Test func turningBackAStatesPlanesRejects() {
        let found = stances("President Gustavo Petro said he had turned back two US military planes carrying deportees.", date: "2025-01-27")
        #expect(found.contains("COL>USA-"))
        #expect(!found.contains("COL>USA+"))
        // Look-alike: backing a state is still support.
        #expect(stances("Colombia backed Ecuador in the dispute.").contains("COL>ECU+"))
    }

    @Test func anAgreementSignedWithAPartnerBindsBothSides() {
        let found = stances("Turkey signed its own defence agreement with Somalia in February.", date: "2025-03-06")
        #expect(found.contains("TUR>SOM+") && found.contains("SOM>TUR+"))
        // Look-alike: deepening one's own cooperation is one side's part.
        #expect(!stances("Japan will deepen its cooperation with Chile.", date: "2025-03-06").contains("CHL>JPN+"))
    }
}
