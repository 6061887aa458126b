/// A demand owned by one actor and taken up by another (issue 15, noun acts with a possessive holder).
///
/// | pattern | gives | silent |
/// |---|---|---|
/// | a demand owned by one actor, the object of another's verb | "Manila brushed aside Beijing's demand that they be released" → CHN → PHL | "Beijing's demand was ignored" (nobody takes it up) |
/// | an ultimatum the same way | "Hanoi rejected Beijing's ultimatum" → CHN → VNM | "Hanoi spoke about Beijing's demand" (after a preposition) |
///
/// Only hostile nouns: "Canberra accepted Jakarta's invitation" and "turned Athens's offer down" stay the answerer's
/// alone (StanceRecallTests, SeparatedParticleTests), an answer to a kindness being read as no stance of its giver.
extension StanceFinder {
    /// Nouns of a hostile act made to someone: whoever answers it is whom it was made to.
    static let addressedNounLemmas: Set<String> = ["demand", "ultimatum"]

    /// "Manila brushed aside Beijing's demand that they be released": with nobody named after the noun, the subject
    /// of the clause whose object is the owner's noun is whom the owner made it to. Only the owner right before the
    /// noun, with no preposition before the owner, and a subject of another state in the same clause.
    func takenUpDemandTargets(_ cue: CueLexicon.Cue, at range: Range<Int>, owner: Int, before: [Int], in view: SentenceView) -> [Int] {
        guard cue.role == .noun, cue.score < 0, Self.addressedNounLemmas.contains(cue.lemma), view.mentions[owner].isPossessive,
              range.lowerBound - view.mentions[owner].tokens.upperBound <= 2, view.preposition(before: owner) == nil else { return [] }
        let start = view.mentions[owner].tokens.lowerBound
        // A be-form before the owner makes the noun a predicate ("the worry was Beijing's demand"), not an object.
        guard start > 0, view.tokens[start - 1].isWord, !SentenceView.beForms.contains(lower: view.tokens[start - 1]) else { return [] }
        let own = principal(view.mentions[owner].actor)
        let earlier = before.filter {
            view.mentions[$0].tokens.upperBound < start && view.clauseOf[view.mentions[$0].tokens.lowerBound] == view.clauseOf[start]
        }
        guard let subject = subject(in: earlier, view: view), !view.isPrepositionalObject(subject),
              principal(view.mentions[subject].actor) != own else { return [] }
        return view.coordinated(with: subject).filter { principal(view.mentions[$0].actor) != own }
    }
}
