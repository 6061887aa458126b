import Foundation

/// The verdicts of recent filter terms, so that while the last word of a query is typed
/// the terms before it (`holder:RUS`, `pol:-`) are not evaluated again at every keystroke.
final class TermVerdictCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(term: FilterTerm, verdicts: FilterEvaluator.Verdicts)] = []
    private static let capacity = 16

    /// The cached verdicts of `term`, or `evaluate(term)` remembered.
    func verdicts(for term: FilterTerm, evaluate: (FilterTerm) -> FilterEvaluator.Verdicts) -> FilterEvaluator.Verdicts {
        lock.lock()
        // The column is where the term was typed, which does not change what it keeps.
        let cached = entries.last { Self.sameMeaning($0.term, term) }?.verdicts
        lock.unlock()
        if let cached { return cached }
        let verdicts = evaluate(term)
        lock.lock()
        if entries.count >= Self.capacity { entries.removeFirst(entries.count / 2) }
        entries.append((term, verdicts))
        lock.unlock()
        return verdicts
    }

    /// True when `term`'s verdicts are remembered.
    func contains(_ term: FilterTerm) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return entries.contains { Self.sameMeaning($0.term, term) }
    }

    private static func sameMeaning(_ left: FilterTerm, _ right: FilterTerm) -> Bool {
        left.kind == right.kind && left.negated == right.negated
    }
}
