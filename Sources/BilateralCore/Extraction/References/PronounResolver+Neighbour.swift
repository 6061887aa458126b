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

    /// "its neighbour" is the pair's other side; "its neighbours" and "three of their neighbours" are several states
    /// around the possessor, none of them named.
    static func namesOneNeighbour(at index: Int, noun: Int, in tokens: [Token]) -> Bool {
        if tokens[index].lower == "its", tokens[noun].lower.endsWithASCII("s") { return false }
        guard index >= 2, tokens[index - 1].lower == "of" else { return true }
        return !(tokens[index - 2].kind == .number || neighbourCounts.contains(lower: tokens[index - 2]))
    }

    /// Words that count a share of someone's neighbours: "three of its neighbours", "some of their neighbours".
    static let neighbourCounts: WordSet = [
        "two", "three", "four", "five", "six", "seven", "several", "some", "many", "most", "all", "few", "any", "each", "none", "both",
    ]

    /// The latest state named before that is not the possessor: the possessor is the latest non-person actor
    /// of this sentence before "its", else the state that opened the sentence before.
    func neighbourReferent(
        before index: Int, seenHere: [ActorMention], lastOpening: [ActorMention]?, recentStates: [ActorMention]
    ) -> ActorMention? {
        guard let owner = seenHere.last(where: { $0.kind != .person && $0.tokens.upperBound <= index })
                ?? seenHere.last(where: { $0.tokens.upperBound <= index }) ?? lastOpening?.first else { return nil }
        return recentStates.last { $0.principalNumber != owner.principalNumber && $0.actorNumber != owner.principalNumber }
    }

    /// "…, and it urged": the "it" of a joined clause is the actor an earlier "it" of the sentence stood for.
    static func continuedIt(at index: Int, added: [ActorMention], tokens: [Token]) -> ActorMention? {
        guard index >= 2, tokens[index - 1].lower == "and", tokens[index - 2].text == "," else { return nil }
        return added.last { $0.isPronoun && $0.tokens.count == 1 && tokens[$0.tokens.lowerBound].lower == "it" }
    }

    /// "Washington and Beijing urged the two neighbours": when the sentence opens with the last two actors joined
    /// by "and", they act on the pair, which means the two named before them.
    static func earlierPair(_ recent: [ActorMention], seenHere: [ActorMention], tokens: [Token]) -> [ActorMention] {
        let last = Array(recent.suffix(2))
        let named = seenHere.filter { !$0.isPronoun }
        guard last.count == 2, named.count == 2, named[0].tokens.lowerBound <= 1, named[0].tokens.upperBound < named[1].tokens.lowerBound,
              (named[0].tokens.upperBound..<named[1].tokens.lowerBound).allSatisfy({ tokens[$0].lower == "and" || tokens[$0].lower == "the" }),
              last.allSatisfy({ member in named.contains { $0.actorNumber == member.actorNumber || $0.principalNumber == member.actorNumber } })
        else { return last }
        let earlier = recent.dropLast(2)
        return earlier.count >= 2 ? Array(earlier.suffix(2)) : last
    }

    /// "the two nuclear-armed neighbours": a pair word before a hyphenated modifier.
    static func hyphenatedPairWord(before index: Int, in tokens: [Token]) -> Bool {
        guard index >= 4, tokens[index - 2].text == "-", !tokens[index - 2].spaceBefore else { return false }
        return isPairWord(tokens[index - 4].lower)
    }

    /// "The countries fought a border war …": a bare plural state noun opening the sentence, as its subject, means the
    /// pair the text is about ("The countries that signed …" and "The countries of the region" do not).
    static func opensWithBarePairNoun(at index: Int, in tokens: [Token]) -> Bool {
        guard index == 1, tokens[0].lower == "the", barePairNouns.contains(lower: tokens[1]), tokens.count > 2 else { return false }
        let next = tokens[2]
        return next.isWord && !next.isCapitalised && !barePairBlockers.contains(lower: next)
    }

    static let barePairNouns: WordSet = ["countries", "neighbours", "neighbors", "governments", "nations"]
    /// Words after the noun that make it a described group, not the pair.
    static let barePairBlockers: WordSet = [
        "that", "which", "who", "whose", "of", "in", "on", "at", "with", "without", "involved", "concerned", "named", "listed",
        "mentioned", "affected", "around", "near", "along", "across", "from", "to", "for", "and", "or", "where", "most", "least",
    ]
}
