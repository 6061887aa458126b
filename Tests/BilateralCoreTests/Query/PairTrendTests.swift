import Testing
@testable import BilateralCore

/// The timeline's mean score per period: per month in an era under two years, per year otherwise.
@Suite struct PairTrendTests {
    @Test func aShortEraAveragesByMonthAndALongOneByYear() {
        var model = QueryFixture.model
        let short = Era(id: "short", label: "Short", start: QueryFixture.date("2016-01-01"), end: QueryFixture.date("2016-06-30"), summary: "")
        model.eras = [short] + model.eras.dropFirst()
        // a0 (2016-05) holds the two stances of the pair scored 4 and 3; a second article in March scores -2.
        model.articles.append(QueryFixture.article("m.txt", "2016-03-10", ["March piece", "", "Japan and Russia argued."]))
        model.analyses.append(ArticleAnalysis(article: "m.txt", era: "short"))
        model.stances.append(Stance(article: "m.txt", holder: "JPN", target: "RUS", polarity: .conflictual, score: -2,
                                    category: "", cue: "", evidence: "", line: 3))
        let timeline = Timeline(model: model, filtered: .everything(in: model), pair: ("RUS", "JPN"), index: FilterIndex(model: model))
        let months = timeline.sections[0]
        #expect(months.trendIsMonthly)
        // January to June 2016: nothing, nothing, -2, nothing, (4 + 3) / 2, nothing.
        #expect(months.trend == [nil, nil, -2, nil, 3.5, nil])
        #expect(months.yearlyScores == [5])
        let years = timeline.sections[1]
        #expect(!years.trendIsMonthly)
        #expect(years.trend.first == .some(5))
        #expect(years.yearlyScores == [5, 0, 0, 0])
    }
}
