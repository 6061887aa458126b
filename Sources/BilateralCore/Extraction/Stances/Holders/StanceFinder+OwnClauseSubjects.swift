/// What a clause's own words say about who acts in it, before any actor further back is asked.
extension StanceFinder {
    /// "…, and she has not returned": a person the gazetteer does not know is the subject of the cue's own clause,
    /// so no actor named earlier in the sentence holds the act. Only "she" and "he" count: "it" and "they" often
    /// stand for states the resolver could not place, an extraposed "it" has rules of its own, and a quoted "we" or
    /// "I" speaks for the state of whoever is quoted.
    func hasUnknownPersonSubject(_ range: Range<Int>, in view: SentenceView) -> Bool {
        var index = range.lowerBound - 1
        while index >= 0, Self.verbGroupFillers.contains(lower: view.tokens[index]) { index -= 1 }
        guard index >= 0, view.mentionAt[index] == nil else { return false }
        return Self.personPronouns.contains(lower: view.tokens[index])
    }

    static let personPronouns: WordSet = ["she", "he"]
    /// Auxiliaries, negation and adverbs between a subject and its verb.
    static let verbGroupFillers: WordSet = [
        "has", "have", "had", "did", "does", "do", "will", "would", "could", "should", "may", "might", "can", "is", "was",
        "not", "never", "also", "since", "still", "yet", "then", "already", "n't",
    ]
}
