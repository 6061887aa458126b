/// The net Goldstein score of the stances between two actors, per era and per year.
///
/// Persons and bodies count as the state or organisation they act for; a stance of an
/// actor toward itself (after that mapping) does not count.
struct PairScores {
    /// Per section (the eras, then "no era"): the sum of scores.
    private(set) var net: [Double]
    /// Per section: year → sum of scores.
    private var byYear: [[Int: Double]]
    /// The latest year anything in the model is dated, so sparklines stop at the data.
    private let latestYear: Int?

    init(model: CorpusModel, filtered: FilteredModel, pair: (String, String), index: FilterIndex) {
        let noEra = model.eras.count
        net = [Double](repeating: 0, count: noEra + 1)
        byYear = [[Int: Double]](repeating: [:], count: noEra + 1)
        let directory = index.actors
        let first = directory.number(of: directory.principal(of: pair.0))
        let second = directory.number(of: directory.principal(of: pair.1))
        if first >= 0, second >= 0, first != second {
            for stance in filtered.stances where index.stanceHolder.indices.contains(stance) && model.counts(model.stances[stance]) {
                let (holderNumber, targetNumber) = (index.stanceHolder[stance], index.stanceTarget[stance])
                guard holderNumber >= 0, targetNumber >= 0 else { continue }
                let holder = directory.principals[holderNumber], target = directory.principals[targetNumber]
                guard (holder == first && target == second) || (holder == second && target == first) else { continue }
                let article = index.stanceArticle[stance]
                let section = article.flatMap { index.articleEra[$0] } ?? noEra
                net[section] += index.stanceScore[stance]
                if let year = article.flatMap({ index.articleYear[$0] }) {
                    byYear[section][year, default: 0] += index.stanceScore[stance]
                }
            }
        }
        latestYear = index.latestYear
    }

    /// One score per year of `era`, from its first year to its last or the latest dated year.
    func yearly(era: Era, position: Int) -> [Double] {
        let start = era.start.year
        let end = min(era.end.year, max(start, latestYear ?? start), start + 49)
        return (start...end).map { byYear[position][$0] ?? 0 }
    }
}
