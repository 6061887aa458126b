/// Reported speech: what an accusation says the accused did is the accused's act (issue 15, class 2).
extension StanceFinder {
    /// Verbs that lay an act at someone's door with "of" or "for" after them.
    static let accusationVerbs: WordSet = [
        "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming", "charge", "charges", "charged",
        "suspect", "suspects", "suspected", "condemn", "condemns", "condemned", "condemning",
    ]

    /// "Warsaw accuses Lukashenko of flying migrants to Minsk … to punish the European Union": an infinitive inside
    /// the accusation's "of"/"for" phrase is done by the accused, not by the accuser. Nil when the cue is no such
    /// infinitive.
    func accusedAgent(_ range: Range<Int>, in view: SentenceView) -> Int? {
        let tokens = view.tokens
        guard range.lowerBound >= 4, tokens[range.lowerBound - 1].lower == "to" else { return nil }
        // "accused Beijing of trying to intimidate Canberra": an attempt is not done, and the accusation speaks alone.
        if Self.attemptWords.contains(lower: tokens[range.lowerBound - 2]) { return nil }
        var index = range.lowerBound - 2
        while index >= 2, range.lowerBound - index <= 16 {
            defer { index -= 1 }
            let word = tokens[index]
            if word.text == ";" || word.text == "." { return nil }
            // Another actor on the way back would be the infinitive's own subject ("… so that Minsk could punish").
            guard word.lower == "of" || word.lower == "for" else {
                if let mention = view.mentionAt[index], view.mentions[mention].tokens.lowerBound == index,
                   view.preposition(before: mention) == nil { return nil }
                continue
            }
            guard let accused = view.mentionAt[index - 1], view.mentions[accused].tokens.upperBound == index else { continue }
            var verb = view.mentions[accused].tokens.lowerBound - 1
            if verb >= 0, Self.articles.contains(lower: tokens[verb]) { verb -= 1 }
            guard verb >= 0, Self.accusationVerbs.contains(lower: tokens[verb]) else { continue }
            return accused
        }
        return nil
    }

    /// Words before "to" that make the infinitive an attempt or a plan, not an act.
    static let attemptWords: WordSet = ["trying", "attempting", "seeking", "planning", "hoping", "wanting", "plotting", "scheming"]
}
