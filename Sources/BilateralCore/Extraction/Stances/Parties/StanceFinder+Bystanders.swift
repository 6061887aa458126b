/// Bystanders: actors present at something others do are no parties to one another (issue 15, class 1).
extension StanceFinder {
    /// Verbs of being present at, hosting or mediating an occasion: "the American and Chinese ambassadors attend the
    /// talks", "Iraq and Oman had hosted years of quieter talks" say where they were or what they offered others, not
    /// that they dealt with each other; whom they met or visited is another cue's business.
    static let presenceLemmas: Set<String> = ["attend", "observe", "witness", "watch", "host", "mediate", "broker"]

    /// True when several subjects of the cue, with no actor after it, did it alongside each other rather than to each
    /// other: presence at an occasion, or a one-way act whose content follows in a clause ("the European Union and the
    /// United States promise that the detained man will be released" is a promise to others).
    func sharesNoActAmongSubjects(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        guard cue.role == .verb else { return false }
        if Self.presenceLemmas.contains(cue.lemma) { return true }
        return !cue.symmetric && range.upperBound < view.tokens.count && view.tokens[range.upperBound].lower == "that"
    }
}

extension StanceFinder {
    /// Words right before "with" that make its object a companion of the holder: "in step with", "along with",
    /// "in concert with", "in tandem with". ("work together with India" and "coordination with Japan" take a partner.)
    static let accompanimentWords: WordSet = ["step", "along", "concert", "tandem"]

    /// True when the "with" before the actor at `start` (past an article) joins a companion of the holder.
    func isAccompaniment(before start: Int, in view: SentenceView) -> Bool {
        var with = start - 1
        if with >= 0, Self.articles.contains(lower: view.tokens[with]) { with -= 1 }
        guard with >= 1, view.tokens[with].lower == "with" else { return false }
        return Self.accompanimentWords.contains(lower: view.tokens[with - 1])
    }
}

extension StanceFinder {
    /// "France, which leads the mediators together with Russia and the United States, had accused Turkey": the subject
    /// of a verb right after a relative clause set off by commas is the actor the clause describes, not one inside it.
    func parentheticalAntecedent(before range: Range<Int>, in view: SentenceView) -> Int? {
        let tokens = view.tokens
        // The comma that closes the clause, with at most an auxiliary or adverb between it and the cue.
        var close = range.lowerBound - 1
        while close >= 0, range.lowerBound - close <= 3, tokens[close].text != "," {
            guard tokens[close].isWord, view.mentionAt[close] == nil else { return nil }
            close -= 1
        }
        guard close >= 3, tokens[close].text == "," else { return nil }
        var open = close - 1
        while open >= 1, tokens[open].text != "," { open -= 1 }
        guard open >= 1, open + 1 < close, Self.nonRestrictiveOpeners.contains(lower: tokens[open + 1]),
              let antecedent = view.mentionAt[open - 1], !view.isPrepositionalObject(antecedent) else { return nil }
        return antecedent
    }

    static let nonRestrictiveOpeners: WordSet = ["which", "who", "whose"]

    /// "sending mercenaries to fight for Azerbaijan", "fought alongside Kyiv": whom a fight is for or beside is the
    /// side taken, not the enemy.
    func isSideFoughtFor(_ target: Int, cue: CueLexicon.Cue, in view: SentenceView) -> Bool {
        guard cue.root >= 18, cue.root <= 20, let preposition = view.preposition(before: target) else { return false }
        return Self.foughtForPrepositions.contains(preposition)
    }

    static let foughtForPrepositions: Set<String> = ["for", "alongside", "beside"]
}
