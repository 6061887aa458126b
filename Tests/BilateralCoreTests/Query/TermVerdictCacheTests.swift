import Testing
@testable import BilateralCore

@Suite struct TermVerdictCacheTests {
    /// Terms typed again (at another column, negated, in an OR) give what a fresh index gives.
    @Test func rememberedTermsGiveWhatAFreshIndexGives() throws {
        let model = QueryFixture.model
        let shared = FilterIndex(model: model)
        let queries = [
            "pol:-", "pol:- j", "pol:- ja", "pol:- japan", "japan pol:-", "!pol:- japan", "pol:+ | pol:-",
            "holder:RUS", "holder:RUS tar", "holder:RUS target:JPN", "target:JPN holder:RUS", "holder:RUS | target:JPN",
            "actor:CHN", "!actor:CHN", "era:rupture-2023 !treaty", "year:2016..2018 island",
        ]
        for query in queries {
            let filter = try Filter.parse(query)
            #expect(filter.apply(to: model, index: shared) == filter.apply(to: model, index: FilterIndex(model: model)), "\(query)")
        }
    }
}
