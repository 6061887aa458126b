import Testing
@testable import BilateralCore

@Suite struct ArticleDaterTests {
    private func article(_ text: String) -> (String?, String, String?) {
        let model = ExtractionHarness.model([text])
        return (model.articles[0].date?.iso, model.articles[0].dateSource.rawValue, model.analyses[0].era)
    }

    @Test func infersTheLatestFullDateTheTextNames() {
        let result = article("Japan and Russia met on March 3, 2019.\n\nA photo from Moscow, April 2, 2022, shows the talks.")
        #expect(result.0 == "2022-04-02")
        #expect(result.1 == "inferred")
        #expect(result.2 == "rupture-2023")
    }

    @Test func bareYearsAloneLeaveTheDateUnknown() {
        let result = article("Japan and Russia have argued since 1956 and met in 2001.")
        #expect(result.0 == nil)
        #expect(result.1 == "unknown")
        #expect(result.2 == nil)
    }

    @Test func aLandmarkTheCatalogueKnowsDatesAnUndatedArticle() {
        let result = article("Putin hosted Abe at his home town of Nagato for two days of talks.")
        #expect(result.0 == "2016-12")
        #expect(result.2 == "sochi-2016")
    }

    @Test func eventsNeedADateAndAnActor() {
        let model = ExtractionHarness.model(["The talks began in 2019.\n\nIn 2020 Japan and Russia met again."], date: "2021-01-05")
        let dates = model.events.map(\.date.iso)
        #expect(dates.contains("2020"))
        #expect(!dates.contains("2019"))
    }
}
