import Testing
@testable import BilateralCore

/// A sentence's opening group is copied into the pronouns of the next sentence ("… fired missiles. Tokyo condemned
/// the launch."), and the next group is read from those pronouns in turn: an actor must join a group once, or a run of
/// such sentences doubles it every time (a fuzzed page asked for gigabytes and CI died on it).
@Suite struct ReferenceGrowthTests {
    @Test func repeatedReferencesToThePreviousActDoNotMultiplyTheGroup() {
        var text = "Title line\n\nRussia and China fired missiles."
        for _ in 0..<40 { text += " The launch, the launch and the launch." }
        let model = ExtractionHarness.model([text], date: "2018-06-01")
        // Before the fix this never returned (the groups tripled with every sentence); nothing here is an act.
        #expect(model.stances.isEmpty)
        #expect(model.articles.count == 1)
    }

    @Test func aGroupStillHoldsEveryDistinctActorOfItsOpening() {
        // The look-alike: a real opening group of two keeps both for the reaction that follows.
        let found = ExtractionHarness.stances(
            "Title line\n\nRussia and China fired missiles into the sea near Hokkaido on Tuesday. Japan condemned the launches.")
        #expect(found.contains("JPN>RUS-"))
        #expect(found.contains("JPN>CHN-"))
    }
}
