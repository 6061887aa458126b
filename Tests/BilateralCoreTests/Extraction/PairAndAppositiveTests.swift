import Testing
@testable import BilateralCore

/// "the two neighbours" after a pair joined with "and" a few sentences back, and an appositive owner
/// ("Beijing, Pyongyang's main ally, …") that is no member of a list with the actor it describes.
@Suite struct PairAndAppositiveTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func anUnqualifiedPairMeansTheStatesJoinedAFewSentencesBack() {
        let text = """
            Chile and Peru signed a fisheries deal on Tuesday. Bolivia was not part of the talks.

            Relations between the two neighbours had cooled since the last summit.
            """
        #expect(stances(text) == ["CHL>PER+", "CHL>PER-", "PER>CHL+", "PER>CHL-"])
    }

    @Test func aPairJoinedLongAgoGivesWayToTheLastTwoStatesNamed() {
        let text = """
            Chile and Peru signed a fisheries deal in May. The talks took a week. The deal covers anchovy. \
            It runs for five years. Later Bolivia hosted Argentina for trade talks.

            Relations between the two neighbours had cooled since then.
            """
        let found = stances(text)
        #expect(found.contains("ARG>BOL-") && found.contains("BOL>ARG-"))
        #expect(!found.contains("CHL>PER-"))
    }

    @Test func aPossessiveAfterACommaDescribesTheActorBeforeIt() {
        #expect(stances("Beijing, Pyongyang's main ally, called on Seoul to show restraint.") == ["CHN>KOR-"])
        // A list whose last member owns the noun is still a list.
        #expect(stances("Russia, Iran and China's navies held joint drills with Syria.").contains("IRN>SYR+"))
    }
}
