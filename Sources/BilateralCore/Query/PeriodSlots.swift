/// The distinct periods (years, or months as `year * 12 + month - 1`) articles are dated in,
/// numbered in order, with each article's number: per-period sums become arrays indexed by
/// it rather than dictionaries hashed once per stance at every keystroke.
struct PeriodSlots: Sendable {
    /// Per article, the slot of its period; -1 when it has none.
    let slotOfArticle: [Int32]
    private let slotOfPeriod: [Int: Int]

    /// - Parameter periods: each article's period, nil when it has none.
    init(_ periods: [Int?]) {
        let distinct = Set(periods.compactMap { $0 }).sorted()
        let slots = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        slotOfPeriod = slots
        slotOfArticle = periods.map { period in period.flatMap { slots[$0] }.map(Int32.init) ?? -1 }
    }

    var count: Int { slotOfPeriod.count }

    /// The slot of `period`, nil when no article is dated in it.
    func slot(of period: Int) -> Int? { slotOfPeriod[period] }

    /// The slot of article `article`'s period, nil when it has none.
    func slot(ofArticle article: Int) -> Int? {
        guard slotOfArticle.indices.contains(article) else { return nil }
        let slot = slotOfArticle[article]
        return slot < 0 ? nil : Int(slot)
    }
}
