import Testing
@testable import BilateralCore

/// Categories from unseen9's first run and the brief's probe list: a passive after an adverb ("was later
/// expelled"), consuls as a state's representatives, "its neighbour" as the other party, "…, and it" going on
/// with the sentence's first "it", and a place behind "in" that never speaks; each with a look-alike that stays silent.
@Suite struct UnseenNineGapTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aPassiveWithAnAdverbBeforeTheParticipleStillHasItsAgent() {
        let text = "The talks in Oslo ran late into the night, and Iran's ambassador was later summoned by Sweden."
        #expect(stances(text).contains("SWE>IRN-"))
        // A participle describing a plain noun has no agent of its own.
        #expect(stances("Officials later summoned to the hearing praised the chairman.") == [])
    }

    @Test func aConsulIsHisStatesRepresentative() {
        #expect(stances("A Polish consul in Lviv was expelled by Belarus.") == ["BLR>POL-"])
        #expect(stances("A consul in Lviv was expelled from the club.") == [])
    }

    @Test func itsNeighbourIsTheOtherStateOfThePair() {
        let text = "Azerbaijan closed the road through the corridor last week. Yerevan accused its neighbour of starving the region."
        #expect(stances(text).contains("ARM>AZE-"))
        // With no other state named before, "its neighbour" stays unresolved.
        #expect(stances("Yerevan accused its neighbour of starving the region.") == [])
    }

    @Test func aJoinedClauseItKeepsTheReferentOfTheSentencesFirstIt() {
        let text = "The Turkish navy said it had escorted the tanker, and it warned Greece against any interference."
        #expect(stances(text).contains("TUR>GRC-"))
        #expect(!stances("The navy said the tanker was safe, and it warned the crew about the storm.").contains { $0.hasPrefix("GRC") })
    }

    @Test func aPlaceBehindInIsNotTheSpeakerOfIt() {
        let found = stances("The German consulate in Warsaw said it stood with Lithuania.")
        #expect(found.contains("DEU>LTU+"))
        #expect(!found.contains { $0.hasPrefix("POL>") })
    }
}
