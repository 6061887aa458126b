import BilateralCore
import Testing
@testable import BilateralTUI

@Suite struct TimelineCacheTests {
    /// The cut-down timeline must match the core's for any filter, except the no-era score.
    @Test(arguments: ["", "pol:-", "actor:NATO", "kuril", "era:treaty-2018", "!japan", "year:2016..2018 pol:+", "abe | nato"])
    func matchesTheCoreTimeline(query: String) throws {
        let model = FixtureModel.model()
        let filtered = try Filter.parse(query).apply(to: model)
        let expected = Timeline(model: model, filtered: filtered, pair: ("RUS", "JPN"))
        let actual = TimelineCache(model: model, pair: ["RUS", "JPN"]).timeline(of: model, filtered: filtered)
        #expect(actual.sections.map(\.era) == expected.sections.map(\.era))
        #expect(actual.sections.map(\.entries) == expected.sections.map(\.entries))
        let eras = zip(actual.sections, expected.sections).filter { $0.0.era != nil }
        #expect(eras.map(\.0.netScore) == eras.map(\.1.netScore))
        #expect(eras.map(\.0.yearlyScores) == eras.map(\.1.yearlyScores))
    }
}
