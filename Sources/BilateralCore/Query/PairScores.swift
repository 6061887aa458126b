/// The net Goldstein score of the stances between two actors, per era and per year.
///
/// Persons and bodies count as the state or organisation they act for; a stance of an
/// actor toward itself (after that mapping) does not count.
struct PairScores {
    /// Era position (the era count for "no era") → sum of scores.
    private(set) var net: [Int: Double] = [:]
    private var byYear: [Int: [Int: Double]] = [:]
    /// The latest year anything in the model is dated, so sparklines stop at the data.
    private let latestYear: Int?

    init(model: CorpusModel, filtered: FilteredModel, pair: (String, String), index: FilterIndex) {
        let first = index.actors.principal(of: pair.0)
        let second = index.actors.principal(of: pair.1)
        let noEra = model.eras.count
        for stance in filtered.stances where model.stances.indices.contains(stance) {
            let value = model.stances[stance]
            let holder = index.actors.principal(of: value.holder)
            let target = index.actors.principal(of: value.target)
            guard holder != target, (holder == first && target == second) || (holder == second && target == first) else { continue }
            let article = index.stanceArticle[stance]
            let era = article.flatMap { index.articleEra[$0] } ?? noEra
            net[era, default: 0] += value.score
            if let year = article.flatMap({ model.articles[$0].date?.year }) {
                byYear[era, default: [:]][year, default: 0] += value.score
            }
        }
        let years = model.articles.compactMap { $0.date?.year } + model.events.map(\.date.year)
        latestYear = years.max()
    }

    /// One score per year of `era`, from its first year to its last or the latest dated year.
    func yearly(era: Era, position: Int) -> [Double] {
        let start = era.start.year
        let end = min(era.end.year, max(start, latestYear ?? start), start + 49)
        let scores = byYear[position] ?? [:]
        return (start...end).map { scores[$0] ?? 0 }
    }
}
