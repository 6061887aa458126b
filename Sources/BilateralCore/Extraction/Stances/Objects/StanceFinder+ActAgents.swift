/// An act named as the object of a reaction ("condemned the attack by Russia"): the reaction is aimed at the
/// act's agent, and the act itself says nothing about the reacting subject.
extension StanceFinder {
    static let objectDeterminers: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their"]

    /// The noun at `range` is the object of a cue verb right before it ("condemned the attack", "opposed this pressure").
    func isObjectOfCueVerb(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let start = range.lowerBound
        guard start >= 2, Self.objectDeterminers.contains(view.tokens[start - 1].lower) else { return false }
        let verb = view.tokens[start - 2]
        return verb.isWord && view.mentionAt[start - 2] == nil && startsCue(verb)
    }

    /// "condemned the missile launch by North Korea": after a verb, "by" reaches through its object phrase to
    /// the act's agent when the phrase opens with a determiner and holds no actor, clause break or other preposition.
    func reachesAgentOfObject(_ start: Int, after range: Range<Int>, in view: SentenceView) -> Bool {
        let first = range.upperBound
        guard start - first >= 2, start - first <= 10, Self.objectDeterminers.contains(view.tokens[first].lower) else { return false }
        // "the release of the Japanese fishermen by Russia": one "of" phrase, whose national adjective only says
        // whose the people or goods are, may sit between the act and its agent.
        var ofPhrase = false
        for index in first..<(start - 1) {
            let token = view.tokens[index]
            if Self.ofWord.matches(token), !ofPhrase, index > first + 1 {
                ofPhrase = true
                continue
            }
            let plainMention = view.mentionAt[index].map { ofPhrase && view.mentions[$0].source == .adjective } ?? true
            guard token.isWord, plainMention, !SentenceView.prepositions.contains(lower: token),
                  !["and", "or", "but", "to"].contains(token.lower) else { return false }
        }
        return ofPhrase || start - first <= 6
    }

    /// Verbs that ask for something not yet given: "demanded an apology from Beijing" is a demand on Beijing.
    static let seekingVerbs: Set<String> = [
        "demand", "demands", "demanded", "demanding", "seek", "seeks", "sought", "seeking",
        "request", "requests", "requested", "requesting", "want", "wants", "wanted", "expect", "expects", "expected",
    ]

    /// The noun at `range` is what a seeking verb right before it asks for ("sought compensation", "demanded an apology").
    func isSoughtObject(_ range: Range<Int>, in view: SentenceView) -> Bool {
        var index = range.lowerBound - 1
        if index >= 0, Self.objectDeterminers.contains(view.tokens[index].lower) { index -= 1 }
        return index >= 0 && Self.seekingVerbs.contains(view.tokens[index].lower)
    }

    /// "stood with Canberra against coercion by Beijing", "sanctions over the invasion by Russia": an act named
    /// behind a topic preposition is what the clause reacts to, not something aimed at its subject.
    func isOpposedNoun(_ range: Range<Int>, in view: SentenceView) -> Bool {
        var index = range.lowerBound - 1
        if index >= 0, Self.objectDeterminers.contains(view.tokens[index].lower) { index -= 1 }
        return index >= 0 && Self.topicPrepositions.contains(view.tokens[index].lower)
    }

    static let topicPrepositions: Set<String> = ["against", "about", "over", "at"]

    /// "pushed back against pressure from Beijing", "concern about the launch by Pyongyang": a reaction to an
    /// act reaches through the act's short phrase, right after the cue, to its agent behind "by" or "from".
    func reachesAgentBehindTopic(_ start: Int, after range: Range<Int>, in view: SentenceView) -> Bool {
        topicBefore(agentAt: start, in: view) == range.upperBound
    }

    /// Where the topic phrase ("over the invasion by …") holding the agent at `start` begins, if it does.
    func topicBefore(agentAt start: Int, in view: SentenceView) -> Int? {
        guard start >= 3, Self.byOrFrom.contains(lower: view.tokens[start - 1]) else { return nil }
        var index = start - 2
        while index >= max(0, start - 6) {
            let token = view.tokens[index]
            if Self.topicPrepositions.contains(token.lower) { return start - 1 - index >= 2 ? index : nil }
            guard token.isWord, view.mentionAt[index] == nil, !SentenceView.prepositions.contains(lower: token),
                  !Self.plainConjunctions.contains(lower: token) else { return nil }
            index -= 1
        }
        return nil
    }

    static let labellingVerbs: Set<String> = ["called", "termed", "branded", "dubbed", "labelled", "labeled"]

    /// "against what it called coercion by Beijing": whoever labels an act holds the label's stance toward the
    /// act's agent named behind "by" or "from".
    func labelledActRoles(_ range: Range<Int>, after: [Int], in view: SentenceView) -> [(Int, Int)]? {
        // The agent is rare and cheap to rule out, so it is looked for before the labelling verb.
        guard let agent = after.first(where: {
                  view.mentions[$0].tokens.lowerBound - range.upperBound <= 3 && ["by", "from"].contains(view.preposition(before: $0) ?? "")
              }),
              let verb = labellingVerb(before: range.lowerBound, in: view), verb >= 1,
              let labeller = view.mentionAt[verb - 1] ?? view.relativeAntecedent(before: verb) ?? pronounLabeller(before: verb, in: view)
        else { return nil }
        return product(view.coordinated(with: labeller), view.coordinated(with: agent))
    }

    /// Verbs that label their object only through "as" ("described the blockade as aggression").
    static let asLabellingVerbs: WordSet = [
        "described", "denounced", "condemned", "branded", "labelled", "labeled", "characterised", "characterized", "portrayed",
    ]

    /// The labelling verb before a label: right before it ("called coercion", "called an act of …"), or before a
    /// short object phrase ("called the blockade aggression", "described the move as aggression").
    private func labellingVerb(before start: Int, in view: SentenceView) -> Int? {
        var at = start - 1
        // "an act of aggression": the label is the whole phrase.
        if at >= 1, view.tokens[at].lower == "of", ["act", "acts", "form", "case"].contains(view.tokens[at - 1].lower) { at -= 2 }
        if at >= 0, Self.objectDeterminers.contains(view.tokens[at].lower) { at -= 1 }
        var throughAs = false
        if at >= 0, view.tokens[at].lower == "as" {
            throughAs = true
            at -= 1
        }
        if at >= 0, Self.labellingVerbs.contains(view.tokens[at].lower) { return at }
        // "called it an act of aggression": a pronoun object.
        if at >= 1, ["it", "this", "them"].contains(view.tokens[at].lower) {
            let verb = view.tokens[at - 1].lower
            return Self.labellingVerbs.contains(verb) || throughAs && Self.asLabellingVerbs.contains(verb) ? at - 1 : nil
        }
        // The object phrase: a determiner and up to three plain words, no actor and no punctuation.
        var words = 0
        while at >= 1, words < 4, view.tokens[at].isWord, !view.tokens[at].isCapitalised, view.mentionAt[at] == nil {
            if Self.objectDeterminers.contains(view.tokens[at].lower) {
                let verb = view.tokens[at - 1].lower
                return Self.labellingVerbs.contains(verb) || throughAs && Self.asLabellingVerbs.contains(verb) ? at - 1 : nil
            }
            at -= 1
            words += 1
        }
        return nil
    }

    /// "what it called": an unresolved "it" or "they" before the label is the sentence's subject.
    private func pronounLabeller(before verb: Int, in view: SentenceView) -> Int? {
        guard ["it", "they"].contains(view.tokens[verb - 1].lower) else { return nil }
        return subject(in: view.mentions.indices.filter { view.mentions[$0].tokens.upperBound <= verb - 1 }, view: view)
    }
}
