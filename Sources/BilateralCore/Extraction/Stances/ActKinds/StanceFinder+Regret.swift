/// "expressed regret over the downing of a Russian airliner": sorrow over a harm holds toward whoever suffered
/// it, while regret over another's act ("over Moscow's decision") disapproves of that actor.
extension StanceFinder {
    /// Cues of regret, apology and condolence, by lemma.
    static let regretLemmas: WordSet = [
        "express regret", "express deep regret", "express condolences", "offer condolences", "apologise", "apologize", "regret",
    ]

    static let regretTopics: Set<String> = ["over", "for", "about", "at"]

    /// Pairs and the stance they carry when a regret cue without a direct target names the harm after a topic
    /// preposition; nil for any other cue.
    func regretRoles(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView)
        -> (pairs: [(Int, Int)], score: Double, category: String)? {
        guard Self.regretLemmas.contains(cue.lemma) else { return nil }
        let (before, after) = view.clauseMentions(around: range)
        let end = min(view.tokens.count, range.upperBound + 3)
        guard let holder = subject(in: before, view: view),
              let topic = (range.upperBound..<end).first(where: { Self.regretTopics.contains(view.tokens[$0].lower) }),
              let harmed = after.first(where: { mention in
                  let start = view.mentions[mention].tokens.lowerBound
                  return start > topic && start - topic <= 8
                      && !(topic..<start).contains { [",", ";", "and", "but"].contains(view.tokens[$0].lower) }
              }),
              principal(view.mentions[harmed].actor) != principal(view.mentions[holder].actor) else { return nil }
        let pairs = product(view.coordinated(with: holder), [harmed])
        // "over Moscow's decision", "over the ban by Tokyo": the regretted act is the other actor's.
        if view.mentions[harmed].isPossessive || view.preposition(before: harmed) == "by" {
            return (pairs, -2.0, "11 Disapprove")
        }
        return (pairs, 3.5, "05 Engage in diplomatic cooperation")
    }
}
