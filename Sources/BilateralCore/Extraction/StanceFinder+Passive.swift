/// Passives without a "by" agent: who acts follows from where the act takes the subject, or from nobody.
extension StanceFinder {
    /// Verbs whose passive names the actor by the place it is done in or from: "summoned to the Russian
    /// foreign ministry", "invited to Beijing", "expelled from India".
    static let venueVerbs: [String: Set<String>] = [
        "summon": ["to"], "invite": ["to"], "expel": ["from"], "deport": ["from"], "order to leave": [""],
    ]

    /// A be-form (or "get") right before the participle, past adverbs and negation: "was summoned",
    /// "have been quietly expelled".
    func isPassive(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let word = view.tokens[range.lowerBound].lower
        guard word.hasSuffix("ed") || word.hasSuffix("en") else { return false }
        var index = range.lowerBound - 1
        while index >= 0, range.lowerBound - index <= 3 {
            let previous = view.tokens[index].lower
            if SentenceView.beForms.contains(previous) { return true }
            guard view.mentionAt[index] == nil, previous.hasSuffix("ly") || ["not", "never", "also", "then", "since", "already"].contains(previous) else {
                return false
            }
            index -= 1
        }
        return false
    }

    /// The passive subject as target of the actor behind the verb's venue preposition; nobody otherwise.
    func venueRoles(
        _ cue: CueLexicon.Cue, at range: Range<Int>, before: [Int], after: [Int], in view: SentenceView
    ) -> [(Int, Int)] {
        guard let prepositions = Self.venueVerbs[cue.lemma], let subject = subject(in: before, view: view) else { return [] }
        let subjects = view.coordinated(with: subject)
        // "Japan's ambassador to Moscow was summoned": the post named in the subject says where.
        let posted = before.last(where: {
            !subjects.contains($0) && view.mentions[$0].tokens.lowerBound > view.mentions[subject].tokens.lowerBound
                && view.preposition(before: $0) == "to" && prepositions.contains("to")
        })
        guard let venue = after.first(where: {
            view.mentions[$0].tokens.lowerBound - range.upperBound <= 6
                && prepositions.contains(view.preposition(before: $0) ?? "")
        }) ?? posted else { return [] }
        return product([venue], subjects)
    }
}
