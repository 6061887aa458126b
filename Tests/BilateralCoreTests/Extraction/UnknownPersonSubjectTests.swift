import Testing
@testable import BilateralCore

/// Issue 15, precision (session 14, from unseen24's first run): a "she" or "he" the resolver could not tie to any
/// actor is the subject of its own clause, so an act in that clause is nobody's act among the states named earlier
/// in the sentence. Own sentences, with look-alikes whose subject is a known person or a state.
@Suite struct UnknownPersonSubjectTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func anUnknownPersonsActIsNoActOfTheStatesListedBefore() {
        #expect(stances("Chile withdrew its envoy, Ana Ruiz, in May, when Peru, Bolivia and Ecuador said together that they would back the plan, and she has not returned.")
                .allSatisfy { !$0.contains("-") })
        #expect(stances("Peru, Bolivia and Ecuador spoke first, and he did not return.") == [])
    }

    @Test func aStateOrAKnownPersonAsTheSubjectStillActs() {
        // The same clause with a state as its subject keeps the act.
        #expect(stances("Peru and Bolivia spoke first, and Peru did not return the envoy of Chile.").contains("PER>CHL-"))
        // A pronoun the resolver ties to a known person is that person's state.
        #expect(!stances("Putin arrived in Tokyo on Monday, and he met Abe the next day.").isEmpty)
    }
}
