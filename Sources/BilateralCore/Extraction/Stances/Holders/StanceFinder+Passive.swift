/// Passives without a "by" agent: who acts follows from where the act takes the subject, or from nobody.
extension StanceFinder {
    /// Verbs whose passive names the actor by the place it is done in or from: "summoned to the Russian
    /// foreign ministry", "invited to Beijing", "expelled from India"; a state detains or jails those held on its soil.
    static let venueVerbs: [String: Set<String>] = [
        "summon": ["to"], "invite": ["to"], "expel": ["from"], "deport": ["from"], "order to leave": [""],
        "detain": ["in"], "arrest": ["in"], "jail": ["in"], "imprison": ["in"],
    ]

    /// A be-form (or "get") right before the participle, past adverbs and negation: "was summoned",
    /// "have been quietly expelled".
    func isPassive(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let word = view.tokens[range.lowerBound].lower
        guard word.endsWithASCII("ed") || word.endsWithASCII("en") else { return false }
        var index = range.lowerBound - 1
        while index >= 0, range.lowerBound - index <= 3 {
            let previous = view.tokens[index].lower
            if SentenceView.beForms.contains(previous) { return true }
            guard view.mentionAt[index] == nil, previous.endsWithASCII("ly") || ["not", "never", "also", "then", "since", "already", "later", "again", "soon", "once", "first"].contains(previous) else {
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
        guard let prepositions = Self.venueVerbs[cue.lemma] else { return [] }
        // "two Canadians were detained in China", "a Japanese businessman was arrested": those held are named by
        // their nationality.
        let held = prepositions.contains("in") ? before.first(where: { view.mentions[$0].source == .adjective && !view.isPrepositionalObject($0) }) : nil
        guard let subject = subject(in: before, view: view) ?? held else { return [] }
        let subjects = view.coordinated(with: subject)
        // "Japan's ambassador to Moscow was summoned": the post named in the subject says where.
        let posted = before.last(where: {
            !subjects.contains($0) && view.mentions[$0].tokens.lowerBound > view.mentions[subject].tokens.lowerBound
                && view.preposition(before: $0) == "to" && prepositions.contains("to")
        })
        guard let venue = after.first(where: {
            let start = view.mentions[$0].tokens.lowerBound
            let preposition = view.preposition(before: $0) ?? ""
            // "summoned to the foreign ministry in Tokyo": the ministry's city says whose it is.
            let ministryIn = preposition == "in" && prepositions.contains("to")
                && (max(range.upperBound, start - 5)..<start).contains { view.tokens[$0].lower == "ministry" }
            return start - range.upperBound <= 7 && (prepositions.contains(preposition) || ministryIn)
        }) ?? posted else { return [] }
        return product([venue], subjects)
    }

    /// "Japanese fishermen detained by Russia": a participle right after a noun acts on the actor that noun belongs to.
    func participleOwner(_ range: Range<Int>, in view: SentenceView) -> Int? {
        let index = range.lowerBound
        guard index >= 2, view.tokens[index - 1].isWord, !view.tokens[index - 1].isCapitalised, view.mentionAt[index - 1] == nil,
              let owner = view.mentionAt[index - 2] else { return nil }
        let mention = view.mentions[owner]
        return mention.isPossessive || mention.source == .adjective ? owner : nil
    }

    /// "abstained from a UN vote condemning Russia": an -ing word describing a noun inside a prepositional
    /// phrase is that noun's act, not the subject's.
    func describesNounInPhrase(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let index = range.lowerBound
        guard index >= 2, view.tokens[index].lower.endsWithASCII("ing"), view.tokens[index - 1].isWord,
              !view.tokens[index - 1].isCapitalised, view.mentionAt[index - 1] == nil,
              !lexicon.auxiliaries.contains(lower: view.tokens[index - 1]), !SentenceView.beForms.contains(lower: view.tokens[index - 1]),
              !SentenceView.prepositions.contains(lower: view.tokens[index - 1]),
              !["and", "or", "but", "not", "also", "while", "after", "before", "when", "by"].contains(view.tokens[index - 1].lower),
              !view.tokens[index - 1].lower.endsWithASCII("ly") else { return false }
        var back = index - 2
        while back >= 0, index - back <= 5 {
            let word = view.tokens[back].lower
            if SentenceView.prepositions.contains(word) { return true }
            guard view.mentionAt[back] != nil || ["a", "an", "the", "new"].contains(word) || Self.looksLikeModifier(view.tokens[back]) else { return false }
            back -= 1
        }
        return false
    }
}
