@testable import BilateralCore

/// A generated model for comparing ways of evaluating a filter: a few hundred articles of
/// words drawn from a small vocabulary (so words share prefixes and most queries keep
/// something), with dated and undated articles, stances and events among the fixture's actors.
enum RandomQueryModel {
    static let vocabulary = [
        "russia", "russian", "japan", "japanese", "treaty", "treaties", "talks", "talked", "sanctions", "sanction",
        "kuril", "kurils", "islands", "island", "abe", "putin", "Tokyo", "Moscow", "the", "then", "there", "summit",
        "Sochi", "minister", "ministry", "peace", "war", "trade", "traded", "China", "chinese", "NATO", "forum",
    ]
    static let actors = ["RUS", "JPN", "CHN", "NATO", "shinzo-abe", "vladimir-putin", "russian-foreign-ministry"]

    static func make(articleCount: Int = 300, seed: UInt64 = 7) -> CorpusModel {
        var random = Generator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func sentence() -> String {
            (0..<(3 + Int(random.next() % 8))).map { _ in pick(vocabulary) }.joined(separator: " ") + "."
        }
        var articles: [Article] = []
        var analyses: [ArticleAnalysis] = []
        var stances: [Stance] = []
        var events: [Event] = []
        for number in 0..<articleCount {
            let id = "r\(number).txt"
            let year = 2012 + Int(random.next() % 13)
            let date = random.next() % 5 == 0 ? nil : PartialDate(year: year, month: 1 + Int(random.next() % 12), day: nil)
            let lines = [sentence(), ""] + (0..<(1 + Int(random.next() % 4))).map { _ in sentence() }
            articles.append(Article(id: id, path: "random/" + id, title: lines[0], date: date, lines: lines))
            var counts: [String: Int] = [:]
            for _ in 0..<Int(random.next() % 3) { counts[pick(actors), default: 0] += 1 }
            analyses.append(ArticleAnalysis(article: id, era: random.next() % 2 == 0 ? pick(["sochi-2016", "treaty-2018"]) : nil,
                                            mentionCounts: counts))
            for _ in 0..<Int(random.next() % 4) {
                let score = Double(Int(random.next() % 21)) - 10
                stances.append(Stance(article: id, holder: pick(actors), target: pick(actors), polarity: Stance.Polarity(score: score),
                                      score: score, category: "", cue: "", evidence: "", line: 3))
            }
            for _ in 0..<Int(random.next() % 4) {
                let eventDate = PartialDate(year: 2010 + Int(random.next() % 15), month: nil, day: nil) ?? QueryFixture.date("2016")
                events.append(Event(article: id, date: eventDate, sentence: "", line: 3, actors: [pick(actors), pick(actors)]))
            }
        }
        return CorpusModel(eras: QueryFixture.model.eras, actors: QueryFixture.model.actors, articles: articles,
                           analyses: analyses, events: events, stances: stances)
    }

    /// SplitMix64: the same model and queries at every run.
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }
}
