/// Whether one filter's result must lie inside another's, so that typing on at the end of a
/// query tests only what the query before it kept (see `FilterEvaluator.apply(within:)`).
extension Filter {
    /// True when everything this filter keeps, `earlier` keeps too, on any model: each of
    /// `earlier`'s clauses is implied by one of this filter's. A term appended or a word typed
    /// longer gives such a filter; a deletion, a new `|` alternative or a longer negated word does not.
    func narrows(_ earlier: Filter) -> Bool {
        earlier.clauses.allSatisfy { old in clauses.contains { new in Self.clause(new, implies: old) } }
    }

    /// An OR of terms implies another when each of its terms implies one of the other's.
    static func clause(_ clause: [FilterTerm], implies other: [FilterTerm]) -> Bool {
        clause.allSatisfy { term in other.contains { term.implies($0) } }
    }
}

extension FilterTerm {
    /// True when every stance, article and event this term keeps, `other` keeps too.
    ///
    /// Fields imply only themselves: `era:rup` may name an era `era:rupt` does not (an exact id
    /// wins over prefixes), and an actor's id prefix is no subset either. A text that holds
    /// another is found only where the other is; negated, the shorter one implies the longer.
    func implies(_ other: FilterTerm) -> Bool {
        guard negated == other.negated else { return false }
        if kind == other.kind { return true }
        guard case .text(let mine) = kind, case .text(let theirs) = other.kind else { return false }
        return negated ? TextMatchCache.narrows(theirs, from: mine) : TextMatchCache.narrows(mine, from: theirs)
    }
}
