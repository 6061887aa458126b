import Testing
@testable import BilateralCore

/// "called the invasion of X a breach": the act "called" labels is someone else's, so neither the caller nor the
/// act's victim holds it; "called Tokyo a partner" and "called a ceasefire" keep their readings.
@Suite struct LabelledObjectTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func theLabelledActBelongsToNeitherTheCallerNorItsVictim() {
        #expect(stances("Santiago has called the occupation of Bolivia a breach of the charter.") == [])
        #expect(stances("Lima called the invasion of Ecuador a grave violation.") == [])
    }

    @Test func aPredicateLabelOfAnActorStillHolds() {
        #expect(stances("Santiago called Lima a reliable partner.") == ["CHL>PER+"])
    }
}
