/// Verbs acting on a relationship: "damaged the Russo-Japanese relationship" aims at the other party.
extension StanceFinder {
    /// The parties of "the X-Y relationship" right after a verb cue.
    func relationCompound(after range: Range<Int>, view: SentenceView) -> [Int]? {
        let end = min(view.tokens.count, range.upperBound + 6)
        guard let noun = (range.upperBound..<end).first(where: { lexicon.relationNouns.contains(view.tokens[$0].lower) }) else {
            return nil
        }
        let parties = view.mentions.indices.filter {
            let start = view.mentions[$0].tokens.lowerBound
            return start >= range.upperBound && start < noun
        }
        return parties.isEmpty ? nil : parties
    }

}
