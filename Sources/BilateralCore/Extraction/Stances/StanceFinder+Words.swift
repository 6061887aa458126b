/// Word lists the hottest rules ask about, built once: an array literal in a rule is allocated,
/// compared string by string and freed on every call.
extension StanceFinder {
    static let articles: WordSet = ["the", "a", "an"]
    /// "a summit in Buenos Aires": prepositions that name a meeting's venue.
    static let venuePrepositions: WordSet = ["in", "at", "near", "around"]
    /// "satisfied with", "grateful to": what an adjective of feeling takes its object with.
    static let feelingPrepositions: WordSet = ["with", "by", "at", "about", "to", "for"]
    /// Words before an -ed form that keep it from being a reduced relative clause.
    static let reducedRelativeBlockers: WordSet = [
        "and", "or", "to", "not", "also", "then", "that", "who", "which", "been", "never", "jointly",
    ]
    static let participleOpeners: WordSet = [",", "and"]
    /// Words after a feeling adjective that still let it be a feeling rather than describe the noun after it.
    static let feelingFollowers: WordSet = ["by", "at", "with", "over", "about", "to", "for", "of", "and", "or", "that"]
    static let feelingTargetPrepositions: WordSet = ["by", "at", "with", "over", "about", "to", "for", "of"]
    static let stayVerbs: WordSet = ["remain", "remains", "remained", "stay", "stays", "stayed"]
    static let asOrAfter: WordSet = ["as", "after"]
    /// A noun's reach ends at a comma or a time phrase.
    static let nounReachEnds: WordSet = [",", "after", "before", "since", "following", "during", "amid", "when"]
    static let directObjectBreaks: WordSet = ["and", "or", "but", ",", "while", "to"]
    static let plainConjunctions: WordSet = ["and", "or", "but", "to"]
    static let perfectOrAlso: WordSet = ["also", "has", "have", "had"]
    static let byOrFrom: WordSet = ["by", "from"]
    /// A time or cause phrase ends a support verb's reach.
    static let supportReachEnds: WordSet = ["after", "before", "since", "following", "during", "amid", "despite", "because", ","]
    static let amountGapBreaks: WordSet = ["and", "but", ";", "to"]
    static let andOrBut: WordSet = ["and", "or", "but"]
    static let andOrButOnly: WordSet = ["and", "but"]
    static let relativeOpeners: WordSet = ["who", "which", "that"]
}
