/// Verbs acting on a relationship: "Tokyo strained the Japan–Russia relationship" aims at the other party.
extension StanceFinder {
    /// The parties of "the X-Y relationship" right after a verb cue.
    func relationCompound(after range: Range<Int>, view: SentenceView) -> [Int]? {
        let end = min(view.tokens.count, range.upperBound + 6)
        guard let noun = (range.upperBound..<end).first(where: { lexicon.relationNouns.contains(lower: view.tokens[$0]) }) else {
            return nil
        }
        let parties = view.mentions.indices.filter {
            let start = view.mentions[$0].tokens.lowerBound
            return start >= range.upperBound && start < noun
        }
        return parties.isEmpty ? nil : parties
    }


    /// "Relations between Moscow and Tokyo have deteriorated", "Russia-Japan ties warmed": a verb of
    /// change whose subject is a relationship holds between its parties.
    func relationSubject(before range: Range<Int>, in view: SentenceView) -> [Int]? {
        let clause = view.clauseOf[range.lowerBound]
        guard let noun = (0..<range.lowerBound).last(where: {
            view.clauseOf[$0] == clause && lexicon.relationNouns.contains(lower: view.tokens[$0])
        }), range.lowerBound - noun <= 6 else { return nil }
        let parties = view.mentions.indices.filter {
            let start = view.mentions[$0].tokens.lowerBound
            return view.clauseOf[start] == clause && start < range.lowerBound && abs(start - noun) <= 5
        }
        let distinct = Set(parties.map { principal(view.mentions[$0].actor) })
        return distinct.count >= 2 ? parties : nil
    }
}
