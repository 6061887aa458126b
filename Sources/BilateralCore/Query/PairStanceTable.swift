import Foundation

/// The stances a pair's scores are summed from (counted, between the two after persons and bodies
/// are read as the state they act for), with where each is summed, worked out once per model and
/// pair: a keystroke then tests only these against its result instead of reading every kept stance.
struct PairStanceTable: Sendable {
    /// Stance numbers, ascending.
    let stances: [Int]
    /// Per entry: the timeline section (an era's index, or the era count for none) and the article's year and month slots (-1: none).
    let section: [Int32]
    let yearSlot: [Int32]
    let monthSlot: [Int32]
    let score: [Double]

    init(index: FilterIndex, first: Int, second: Int, noEra: Int) {
        var stances: [Int] = [], section: [Int32] = [], yearSlot: [Int32] = [], monthSlot: [Int32] = [], score: [Double] = []
        let principals = index.actors.principals
        if first >= 0, second >= 0, first != second {
            for stance in index.stanceHolder.indices where index.stanceCounts[stance] {
                let (holderNumber, targetNumber) = (index.stanceHolder[stance], index.stanceTarget[stance])
                guard principals.indices.contains(holderNumber), principals.indices.contains(targetNumber) else { continue }
                let holder = principals[holderNumber], target = principals[targetNumber]
                guard (holder == first && target == second) || (holder == second && target == first) else { continue }
                let article = index.stanceArticle[stance]
                stances.append(stance)
                section.append(Int32(article.flatMap { index.articleEra[$0] } ?? noEra))
                yearSlot.append(Int32(article.flatMap(index.yearSlots.slot(ofArticle:)) ?? -1))
                monthSlot.append(Int32(article.flatMap(index.monthSlots.slot(ofArticle:)) ?? -1))
                score.append(index.stanceScore[stance])
            }
        }
        self.stances = stances
        self.section = section
        self.yearSlot = yearSlot
        self.monthSlot = monthSlot
        self.score = score
    }
}

/// The tables of the pairs asked for lately (a model has one focal pair at a time, and the pair picker a few).
final class PairStanceTables: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [(pair: [Int], table: PairStanceTable)] = []

    func table(first: Int, second: Int, index: FilterIndex, noEra: Int) -> PairStanceTable {
        let key = [min(first, second), max(first, second)]
        lock.lock()
        if let known = tables.first(where: { $0.pair == key })?.table {
            lock.unlock()
            return known
        }
        lock.unlock()
        let table = PairStanceTable(index: index, first: first, second: second, noEra: noEra)
        lock.lock()
        if tables.count >= 4 { tables.removeFirst() }
        tables.append((key, table))
        lock.unlock()
        return table
    }
}
