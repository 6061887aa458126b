@testable import BilateralCore

/// A small hand-built model: three eras, six articles, seven stances, five events.
enum QueryFixture {
    static func date(_ iso: String) -> PartialDate {
        PartialDate(iso: iso) ?? PartialDate(year: 1, month: nil, day: nil)!
    }

    static func article(_ id: String, _ date: String?, _ lines: [String]) -> Article {
        Article(id: id, path: "fixture/" + id, title: lines[0], date: date.map(Self.date), lines: lines)
    }

    static let model: CorpusModel = {
        let eras = [
            Era(id: "sochi-2016", label: "The Sochi warming", start: date("2016-01-01"), end: date("2017-12-31"), summary: ""),
            Era(id: "treaty-2018", label: "Peace-treaty talks", start: date("2018-01-01"), end: date("2021-12-31"), summary: ""),
            Era(id: "rupture-2023", label: "The rupture", start: date("2022-01-01"), end: date("2099-12-31"), summary: ""),
        ]
        let actors = [
            Actor(id: "RUS", name: "Russia", kind: .state),
            Actor(id: "JPN", name: "Japan", kind: .state),
            Actor(id: "CHN", name: "China", kind: .state),
            Actor(id: "NATO", name: "North Atlantic Treaty Organization", kind: .organisation),
            Actor(id: "shinzo-abe", name: "Shinzo Abe", kind: .person, affiliation: "JPN"),
            Actor(id: "vladimir-putin", name: "Vladimir Putin", kind: .person, affiliation: "RUS"),
            Actor(id: "russian-foreign-ministry", name: "Russian Foreign Ministry", kind: .body, affiliation: "RUS"),
        ]
        let articles = [
            article("a0.txt", "2016-05-06", ["Abe meets Putin in Sochi", "", "Shinzo Abe and Vladimir Putin met in Sochi.", "The Kuril Islands were discussed."]),
            article("a1.txt", "2018-11-14", ["Singapore summit", "", "Japan and Russia agreed in Singapore to speed up talks.", "China watched."]),
            article("a2.txt", "2022-03-22", ["Russia quits treaty talks", "", "The Russian Foreign Ministry blamed Tokyo's sanctions.", "NATO was mentioned."]),
            article("a3.txt", nil, ["Undated analysis", "", "The islands question remains open."]),
            article("a4.txt", "2010-01-01", ["Old piece", "", "Japan and China trade."]),
            article("a5.txt", "2019-09-05", ["Putin visits Vladivostok", "", "He spoke at the forum."]),
        ]
        let analyses = [
            ArticleAnalysis(article: "a0.txt", era: "sochi-2016", mentionCounts: ["shinzo-abe": 2, "vladimir-putin": 2],
                            mentions: [Mention(actor: "shinzo-abe", start: TextPosition(line: 1, column: 0), length: 3)]),
            ArticleAnalysis(article: "a1.txt", era: "treaty-2018", mentionCounts: ["JPN": 1, "RUS": 1, "CHN": 1]),
            ArticleAnalysis(article: "a2.txt", era: "rupture-2023", mentionCounts: ["russian-foreign-ministry": 1, "JPN": 1, "NATO": 1]),
            ArticleAnalysis(article: "a3.txt", era: "treaty-2018"),
            ArticleAnalysis(article: "a4.txt", mentionCounts: ["JPN": 1, "CHN": 1]),
            ArticleAnalysis(article: "a5.txt", era: "treaty-2018", mentionCounts: ["vladimir-putin": 2]),
        ]
        func stance(_ article: String, _ holder: String, _ target: String, _ score: Double) -> Stance {
            Stance(article: article, holder: holder, target: target, polarity: Stance.Polarity(score: score),
                   score: score, category: "", cue: "", evidence: "", line: 3)
        }
        let stances = [
            stance("a0.txt", "shinzo-abe", "RUS", 4),
            stance("a0.txt", "vladimir-putin", "JPN", 3),
            stance("a1.txt", "JPN", "RUS", 5),
            stance("a1.txt", "CHN", "JPN", -2),
            stance("a2.txt", "russian-foreign-ministry", "JPN", -6),
            stance("a2.txt", "JPN", "RUS", -4),
            stance("a4.txt", "JPN", "CHN", 0),
        ]
        func event(_ article: String, _ iso: String, _ actors: [String]) -> Event {
            Event(article: article, date: date(iso), sentence: "", line: 3, actors: actors)
        }
        let events = [
            event("a0.txt", "2013", ["JPN", "RUS"]),
            event("a0.txt", "2016-05-06", ["JPN", "RUS"]),
            event("a2.txt", "2022-03-21", ["RUS", "JPN"]),
            event("a2.txt", "2023-04-17", ["RUS", "CHN"]),
            event("a1.txt", "2018-11-14", ["JPN", "RUS"]),
        ]
        return CorpusModel(eras: eras, actors: actors, articles: articles, analyses: analyses, events: events, stances: stances)
    }()

    /// What `filter` keeps of the fixture.
    static func keep(_ filter: String) throws -> FilteredModel {
        try Filter.parse(filter).apply(to: model)
    }
}
