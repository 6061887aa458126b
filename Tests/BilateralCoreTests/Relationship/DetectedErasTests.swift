import Testing
@testable import BilateralCore

@Suite struct DetectedErasTests {
    /// Two stances a month between India and China: warm until `turn`, hostile from it.
    static func model(from start: (Int, Int), months: Int, turn: Int) -> CorpusModel {
        var stances: [(String, String, Double, String?)] = []
        for offset in 0..<months {
            let index = start.0 * 12 + start.1 - 1 + offset
            let date = "\(index / 12)-" + String(format: "%02d", index % 12 + 1) + "-10"
            let score: Double = offset < turn ? 4 : -6
            stances.append(("IND", "CHN", score, date))
            stances.append(("CHN", "IND", score + (offset % 2 == 0 ? 1 : -1), date))
        }
        return RelationshipModels.model(stances)
    }

    @Test func erasSplitAtTheTurnAndAreNamedBySpanAndCharacter() throws {
        let model = Self.model(from: (2018, 1), months: 36, turn: 29)
        let eras = DetectedEras.eras(for: ["IND", "CHN"], in: model)
        #expect(eras.map(\.id) == ["detected-2018-01", "detected-2020-06"])
        #expect(eras.allSatisfy { $0.source == .detected })
        let hostile = try #require(eras.last)
        #expect(hostile.label == "2020-06 – 2020-12 · hostile (Disapprove)")
        #expect(hostile.statistics?.stances == 14)
        #expect(hostile.statistics?.conflictual == 14)
        #expect(eras.first?.label.hasPrefix("2018-01 – 2020-05 · warm") == true)
        #expect(abs((eras.first?.statistics?.mean ?? 0) - 4) < 0.1)
    }

    @Test func erasCoverTheCorpusSpanAndEachHoldsStances() {
        var model = Self.model(from: (2019, 3), months: 24, turn: 12)
        // An article before the first stance and one after the last: the eras reach them.
        model.articles.append(Article(id: "early.txt", path: "early.txt", date: PartialDate(iso: "2018-11-02"), dateSource: .frontMatter))
        model.articles.append(Article(id: "late.txt", path: "late.txt", date: PartialDate(iso: "2021-07"), dateSource: .frontMatter))
        model.analyses += [ArticleAnalysis(article: "early.txt"), ArticleAnalysis(article: "late.txt")]
        let eras = DetectedEras.eras(for: ["CHN", "IND"], in: model)
        #expect(eras.first?.start.iso == "2018-11")
        #expect(eras.last?.end.iso == "2021-07")
        #expect(eras.allSatisfy { ($0.statistics?.stances ?? 0) > 0 })
        for (earlier, later) in zip(eras, eras.dropFirst()) {
            #expect(PairSeries.date(ofMonth: earlier.end.year * 12 + (earlier.end.month ?? 12)) == later.start)
        }
    }

    @Test func aPairWithoutDatedStancesHasNoEras() {
        let model = RelationshipModels.model([("IND", "CHN", -3, nil)])
        #expect(DetectedEras.eras(for: ["IND", "CHN"], in: model).isEmpty)
    }

    @Test func focusDetectsErasForAPairNoSourceCovers() {
        var model = Self.model(from: (2018, 1), months: 36, turn: 29)
        let sources = EraSources(catalogue: EraLibrary(relationships: [
            EraCatalogue(pair: ["RUS", "JPN"], eras: [Era(id: "x", label: "X", start: PartialDate(year: 2016)!, end: PartialDate(year: 2030)!, summary: "")]),
        ]))
        RelationshipFocus.apply(to: &model, sources: sources)
        #expect(Set(model.pair) == ["IND", "CHN"])
        #expect(model.eras.map(\.source) == [.detected, .detected])
        #expect(model.analyses.last?.era == "detected-2020-06")
        #expect(model.analyses.first?.era == "detected-2018-01")
    }

    @Test(arguments: [(5.0, "warm"), (1.5, "cordial"), (0, "mixed"), (-2, "strained"), (-7, "hostile")])
    func characterFollowsTheMeanScore(_ mean: Double, _ word: String) {
        #expect(DetectedEras.character(mean) == word)
    }
}
