/// The focal pair's counted stances per timeline section (the eras, then "no era"): their sum,
/// count, polarities, and mean score per period (year, or month in an era under two years).
///
/// Persons and bodies count as the state or organisation they act for; a stance of an
/// actor toward itself (after that mapping) does not count.
struct PairScores {
    /// Per section: the sum of scores.
    private(set) var net: [Double]
    private(set) var counts: [Int]
    private(set) var cooperative: [Int]
    private(set) var conflictual: [Int]
    /// Per section, per slot of a period (a year, or `year * 12 + month - 1`; see `PeriodSlots`): (sum, count).
    private var byYear: [[(sum: Double, count: Int)]]
    private var byMonth: [[(sum: Double, count: Int)]]
    private let yearSlots: PeriodSlots
    private let monthSlots: PeriodSlots
    /// The latest year anything in the model is dated, so sparklines stop at the data.
    private let latestYear: Int?
    private let latestMonth: Int?

    init(model: CorpusModel, filtered: FilteredModel, pair: (String, String), index: FilterIndex) {
        let sections = model.eras.count + 1
        net = [Double](repeating: 0, count: sections)
        counts = [Int](repeating: 0, count: sections)
        cooperative = counts
        conflictual = counts
        yearSlots = index.yearSlots
        monthSlots = index.monthSlots
        byYear = [[(sum: Double, count: Int)]](repeating: Array(repeating: (0, 0), count: index.yearSlots.count), count: sections)
        byMonth = [[(sum: Double, count: Int)]](repeating: Array(repeating: (0, 0), count: index.monthSlots.count), count: sections)
        let noEra = model.eras.count
        let directory = index.actors
        let first = directory.number(of: directory.principal(of: pair.0))
        let second = directory.number(of: directory.principal(of: pair.1))
        let table = index.pairStances.table(first: first, second: second, index: index, noEra: noEra)
        // The kept stances as a bitmap, so that only the pair's stances are read below, however many the filter kept.
        let stanceCount = index.stanceHolder.count
        var kept = [UInt64](repeating: 0, count: (stanceCount + 63) / 64)
        for stance in filtered.stances where stance >= 0 && stance < stanceCount { kept[stance >> 6] |= 1 << UInt64(stance & 63) }
        for entry in table.stances.indices {
            let stance = table.stances[entry]
            guard kept[stance >> 6] & (1 << UInt64(stance & 63)) != 0 else { continue }
            let section = Int(table.section[entry]), score = table.score[entry]
            net[section] += score
            counts[section] += 1
            if score > 0 { cooperative[section] += 1 }
            if score < 0 { conflictual[section] += 1 }
            if table.yearSlot[entry] >= 0 {
                byYear[section][Int(table.yearSlot[entry])].sum += score
                byYear[section][Int(table.yearSlot[entry])].count += 1
            }
            if table.monthSlot[entry] >= 0 {
                byMonth[section][Int(table.monthSlot[entry])].sum += score
                byMonth[section][Int(table.monthSlot[entry])].count += 1
            }
        }
        latestYear = index.latestYear
        latestMonth = index.latestMonth
    }

    /// One net score per year of `era`, from its first year to its last or the latest dated year.
    func yearly(era: Era, position: Int) -> [Double] {
        years(of: era).map { year in yearSlots.slot(of: year).map { byYear[position][$0].sum } ?? 0 }
    }

    /// The mean score per stance of each period of `era` (nil where it has none): per month when the
    /// era spans under two years, else per year.
    func trend(era: Era, position: Int) -> (values: [Double?], monthly: Bool) {
        let firstMonth = era.start.year * 12 + (era.start.month ?? 1) - 1
        let lastMonth = era.end.year * 12 + (era.end.month ?? 12) - 1
        if lastMonth - firstMonth + 1 < 24 {
            let end = min(lastMonth, max(firstMonth, latestMonth ?? firstMonth))
            return ((firstMonth...end).map { month in monthSlots.slot(of: month).flatMap { mean(byMonth[position][$0]) } }, true)
        }
        return (years(of: era).map { year in yearSlots.slot(of: year).flatMap { mean(byYear[position][$0]) } }, false)
    }

    /// The mean of a period's scores; nil for a period without stances.
    private func mean(_ period: (sum: Double, count: Int)) -> Double? {
        period.count == 0 ? nil : period.sum / Double(period.count)
    }

    private func years(of era: Era) -> ClosedRange<Int> {
        let start = era.start.year
        let end = min(era.end.year, max(start, latestYear ?? start), start + 49)
        return start...end
    }
}
