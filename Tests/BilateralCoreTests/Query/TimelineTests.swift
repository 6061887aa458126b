import Testing
@testable import BilateralCore

@Suite struct TimelineTests {
    private let model = QueryFixture.model

    @Test func sectionsFollowTheCatalogueAndEntriesTheDates() {
        let timeline = Timeline(model: model, filtered: .everything(in: model), pair: ("RUS", "JPN"))
        #expect(timeline.sections.map { $0.era?.id } == ["sochi-2016", "treaty-2018", "rupture-2023", nil])
        #expect(timeline.sections[0].entries == [.article(0), .event(1)])
        // An undated article sits in the era extraction gave it, after the dated entries.
        #expect(timeline.sections[1].entries == [.article(1), .event(4), .article(5), .article(3)])
        #expect(timeline.sections[2].entries == [.event(2), .article(2), .event(3)])
        #expect(timeline.sections[3].entries == [.article(4), .event(0)])
    }

    @Test func scoresCountThePairBothWaysWithPersonsAsTheirState() {
        let timeline = Timeline(model: model, filtered: .everything(in: model), pair: ("RUS", "JPN"))
        #expect(timeline.sections.map(\.netScore) == [7, 5, -10, 0])
        #expect(timeline.sections[0].yearlyScores == [7, 0])
        #expect(timeline.sections[1].yearlyScores == [5, 0, 0, 0])
        #expect(timeline.sections[2].yearlyScores == [-10, 0])
        let china = Timeline(model: model, filtered: .everything(in: model), pair: ("CHN", "JPN"))
        #expect(china.sections.map(\.netScore) == [0, -2, 0, 0])
    }

    @Test func theTimelineShowsOnlyWhatTheFilterKept() throws {
        let kept = try Filter.parse("pol:-").apply(to: model)
        let timeline = Timeline(model: model, filtered: kept, pair: ("RUS", "JPN"))
        #expect(timeline.sections.count == 3)
        #expect(timeline.sections.map(\.netScore) == [0, 0, -10])
        #expect(timeline.sections[0].entries.isEmpty)
        #expect(timeline.sections[1].entries == [.article(1), .event(4)])
    }
}
