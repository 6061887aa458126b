import Testing
@testable import BilateralCore

/// A cue that ends in its own preposition ("stood by", "objected to"), a noun whose reach ends at a gerund cue,
/// interceptions as a show of force, and a summons to a ministry placed by its city; each with a look-alike.
@Suite struct OwnPrepositionAndVenueTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aCueEndingInItsPrepositionTakesTheActorAfterIt() {
        #expect(stances("Lithuania will stand by Georgia.") == ["LTU>GEO+"])
        #expect(stances("Ankara objected to Athens's survey plans.") == ["TUR>GRC-"])
        #expect(stances("The envoy stood by the plan for Georgia's roads.") == [])
    }

    @Test func aNounsReachEndsAtAGerundCue() {
        let found = stances("Canada joined European allies in imposing sanctions on Minsk.")
        #expect(found.contains("CAN>BLR-"))
        #expect(!found.contains("CAN>BLR+"))
        #expect(stances("Canada signed a pact with Chile on fishing rights.").contains("CAN>CHL+"))
    }

    @Test func anInterceptionIsAShowOfForce() {
        #expect(stances("Chinese drones were intercepted by Taiwanese fighters near the strait.") == ["TWN>CHN-"])
    }

    @Test func aSummonsToAMinistryInACityComesFromThatCitysState() {
        #expect(stances("Iran's envoy was summoned to the foreign ministry in Berlin.") == ["DEU>IRN-"])
        #expect(stances("Iran's envoy was summoned to a hearing in Berlin.") == [])
    }

    @Test func theTripInTheNextSentenceIsTheTravellersAct() {
        let text = "Chancellor Olaf Scholz flew to Beijing on Friday. He urged closer trade with China. Washington dismissed the trip as naive."
        #expect(stances(text).contains("USA>DEU-"))
        // A trip with its owner named after it is that owner's.
        #expect(!stances("Olaf Scholz flew to Beijing. Washington dismissed the trip of the Dutch king.").contains("USA>DEU-"))
    }
}
