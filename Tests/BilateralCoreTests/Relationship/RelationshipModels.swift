@testable import BilateralCore

/// Small hand-made models for the relationship step: actors, one dated article per stance.
enum RelationshipModels {
    static let actors = [
        Actor(id: "RUS", name: "Russia", kind: .state),
        Actor(id: "JPN", name: "Japan", kind: .state),
        Actor(id: "CHN", name: "China", kind: .state),
        Actor(id: "IND", name: "India", kind: .state),
        Actor(id: "NATO", name: "North Atlantic Treaty Organization", kind: .organisation),
        Actor(id: "EU", name: "European Union", kind: .organisation),
        Actor(id: "shinzo-abe", name: "Shinzo Abe", kind: .person, affiliation: "JPN"),
        Actor(id: "vladimir-putin", name: "Vladimir Putin", kind: .person, affiliation: "RUS"),
        Actor(id: "mofa-russia", name: "Russian Foreign Ministry", kind: .body, affiliation: "RUS"),
    ]

    /// One article per stance `(holder, target, score, date)`, with `mentions` counted in the first article.
    static func model(_ stances: [(String, String, Double, String?)], mentions: [String: Int] = [:]) -> CorpusModel {
        var articles: [Article] = []
        var analyses: [ArticleAnalysis] = []
        var list: [Stance] = []
        for (index, stance) in stances.enumerated() {
            let id = "a\(index).txt"
            articles.append(Article(id: id, path: id, date: stance.3.flatMap(PartialDate.init(iso:)), dateSource: .frontMatter))
            analyses.append(ArticleAnalysis(article: id, mentionCounts: index == 0 ? mentions : [:]))
            list.append(Stance(
                article: id, holder: stance.0, target: stance.1, polarity: Stance.Polarity(score: stance.2), score: stance.2,
                category: stance.2 < 0 ? "11 Disapprove" : "05 Engage in diplomatic cooperation", cue: "cue",
                evidence: "A sentence.", line: 1))
        }
        return CorpusModel(actors: actors, articles: articles, analyses: analyses, stances: list)
    }
}
