/// Acts whose other party is named as a place the act is tied to (issue 15, class 1).
///
/// | pattern | gives | silent |
/// |---|---|---|
/// | a fight on the border between two states | "clashes on the border between Kyrgyzstan and Tajikistan" → both ways | "clashes with militants near the Afghan border" |
/// | a visit whose destination precedes it | "Muizzu went to Beijing on a state visit" → MDV → CHN | "Muizzu was in Beijing for a conference" (no visit noun) |
extension StanceFinder {
    /// "fighting on the frontier between A and B": a fight placed on the border between a list of states holds
    /// between them. Only fights: a quarrel "over the border between A and B" may be a third party's.
    func borderFightRoles(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> [(Int, Int)]? {
        guard cue.root == 19, cue.symmetric else { return nil }
        let tokens = view.tokens
        let end = min(tokens.count - 1, range.upperBound + 8)
        guard range.upperBound < end,
              let between = (range.upperBound..<end).first(where: {
                  tokens[$0].lower == "between" && lexicon.geographyNouns.contains(lower: tokens[$0 - 1])
              }) else { return nil }
        var first = between + 1
        if first < tokens.count, Self.articles.contains(lower: tokens[first]) { first += 1 }
        guard first < tokens.count, let mention = view.mentionAt[first] else { return nil }
        let group = view.coordinated(with: mention)
        guard Set(group.map { principal(view.mentions[$0].actor) }).count > 1 else { return nil }
        return group.flatMap { a in group.filter { principal(view.mentions[$0].actor) != principal(view.mentions[a].actor) }.map { (a, $0) } }
    }

    /// "went to Beijing on a state visit", "arrived in Delhi for a three-day visit": a visit noun after "on"/"for"
    /// and an article, whose clause names the destination right before it; the clause's subject visits it.
    func visitDestinationRoles(_ cue: CueLexicon.Cue, at range: Range<Int>, before: [Int], in view: SentenceView) -> [(Int, Int)]? {
        guard cue.root == 4, cue.role == .noun, Self.visitNouns.contains(cue.lemma) else { return nil }
        let tokens = view.tokens
        // Back over modifiers ("a three-day state visit") to the article and its "on" or "for".
        var index = range.lowerBound - 1
        while index >= 0, range.lowerBound - index <= 4, tokens[index].isWord || tokens[index].text == "-",
              !Self.articles.contains(lower: tokens[index]), view.mentionAt[index] == nil { index -= 1 }
        guard index >= 1, Self.articles.contains(lower: tokens[index]), Self.visitPrepositions.contains(lower: tokens[index - 1]) else {
            return nil
        }
        // The destination ends right before that "on": "to Beijing", "in Delhi".
        guard let destination = view.mentionAt[index - 2], view.mentions[destination].tokens.upperBound == index - 1,
              let preposition = view.preposition(before: destination), Self.destinationWords.contains(preposition),
              let subject = subject(in: before.filter { $0 != destination }, view: view),
              !view.isPrepositionalObject(subject) else { return nil }
        let holders = view.coordinated(with: subject)
        return product(holders, [destination]).filter { principal(view.mentions[$0.0].actor) != principal(view.mentions[$0.1].actor) }
    }

    static let visitNouns: Set<String> = ["visit", "state visit", "trip"]
    static let visitPrepositions: WordSet = ["on", "for"]
    static let destinationWords: Set<String> = ["to", "in"]
}
