/// "its neighbour": a state described by its relation to another names the other party of the pair the
/// article is about, and "…, and it urged" goes on with the "it" its sentence already resolved.
extension PronounResolver {
    /// Nouns after "its" or "their" that mean the other state of a pair.
    static let neighbourNouns: WordSet = ["neighbour", "neighbor", "neighbours", "neighbors"]

    /// Adjectives that may sit between "its" and the noun ("its larger neighbour").
    static let neighbourModifiers: WordSet = [
        "big", "bigger", "larger", "giant", "smaller", "powerful", "northern", "southern", "eastern", "western", "nuclear-armed",
    ]

    /// The token of the neighbour noun that "its" or "their" at `index` opens, if any.
    static func neighbourNoun(after index: Int, in tokens: [Token]) -> Int? {
        var next = index + 1
        if next < tokens.count, neighbourModifiers.contains(lower: tokens[next]) { next += 1 }
        guard next < tokens.count, neighbourNouns.contains(lower: tokens[next]) else { return nil }
        return next
    }

    /// The latest state named before that is not the possessor: the possessor is the latest non-person actor
    /// of this sentence before "its", else the state that opened the sentence before.
    func neighbourReferent(
        before index: Int, seenHere: [ActorMention], lastOpening: [ActorMention]?, recentStates: [ActorMention]
    ) -> ActorMention? {
        guard let owner = seenHere.last(where: { $0.kind != .person && $0.tokens.upperBound <= index })
                ?? seenHere.last(where: { $0.tokens.upperBound <= index }) ?? lastOpening?.first else { return nil }
        return recentStates.last { $0.principal != owner.principal && $0.actor != owner.principal }
    }

    /// "…, and it urged": the "it" of a joined clause is the actor an earlier "it" of the sentence stood for.
    static func continuedIt(at index: Int, added: [ActorMention], tokens: [Token]) -> ActorMention? {
        guard index >= 2, tokens[index - 1].lower == "and", tokens[index - 2].text == "," else { return nil }
        return added.last { $0.isPronoun && $0.tokens.count == 1 && tokens[$0.tokens.lowerBound].lower == "it" }
    }
}
