/// Actors that act together without being coordinated: "Britain joined France in condemning Russia".
extension StanceFinder {
    static let joinVerbs: Set<String> = ["join", "joins", "joined", "joining"]
    static let adverbialSubordinators: Set<String> = ["while", "after", "before", "when", "since", "whilst", "by"]

    /// The holder's group, with whoever it joined or who joined it.
    func withJoiners(_ holder: Int, in view: SentenceView) -> [Int] {
        let group = view.coordinated(with: holder)
        guard let first = group.first, let last = group.last else { return group }
        // "France, joined by Germany," or "joined France in …": the verb sits just before or just after the group.
        var before = view.mentions[first].tokens.lowerBound - 1
        while before >= 0, Self.articles.contains(lower: view.tokens[before]) { before -= 1 }
        if before >= 0, Self.joinVerbs.contains(view.tokens[before].lower) {
            let earlier = view.mentions.indices.filter {
                view.mentions[$0].tokens.upperBound <= before && view.clauseOf[view.mentions[$0].tokens.lowerBound] == view.clauseOf[before]
            }
            if let subject = subject(in: earlier, view: view) { return view.coordinated(with: subject) + group }
        }
        var after = view.mentions[last].tokens.upperBound
        while after < view.tokens.count, view.tokens[after].lower.endsWithASCII("ly") || Self.perfectOrAlso.contains(lower: view.tokens[after]) {
            after += 1
        }
        if after < view.tokens.count, Self.joinVerbs.contains(view.tokens[after].lower),
           let partner = view.mentions.indices.first(where: {
               let start = view.mentions[$0].tokens.lowerBound
               return start > after && start - after <= 2
           }), !modifiesNoun(partner, in: view) {
            return group + view.coordinated(with: partner)
        }
        return group
    }

    /// "…, while warning that Moscow would be judged": a participle clause with no subject of its own acts
    /// for the subject of the sentence before it.
    func adverbialSubject(_ range: Range<Int>, in view: SentenceView) -> Int? {
        let index = range.lowerBound
        guard index > 0, view.tokens[index].lower.endsWithASCII("ing"),
              Self.adverbialSubordinators.contains(view.tokens[index - 1].lower) else { return nil }
        let earlier = view.mentions.indices.filter {
            view.mentions[$0].tokens.upperBound <= index - 1 && view.clauseOf[view.mentions[$0].tokens.lowerBound] != view.clauseOf[index]
        }
        return subject(in: earlier, view: view)
    }

    /// "joined the G7 sanctions", "joined the EU's embargo": an actor before a plain noun names whose thing is
    /// joined, not a partner.
    func modifiesNoun(_ mention: Int, in view: SentenceView) -> Bool {
        let end = view.mentions[mention].tokens.upperBound
        guard end < view.tokens.count else { return false }
        let next = view.tokens[end]
        if next.kind == .possessive { return true }
        return next.isWord && !next.isCapitalised && view.mentionAt[end] == nil && !SentenceView.prepositions.contains(lower: next)
            && !["and", "or", "but", "to", "who", "which", "that"].contains(next.lower)
    }

    static let subordinators: WordSet = [
        "after", "before", "when", "as", "since", "while", "because", "until", "once", "although", "though", "if",
    ]

    /// "a day after Indian warplanes bombed …": an actor right before the verb, opening a subordinate clause,
    /// is that verb's subject rather than the main clause's.
    func subordinateClauseSubject(_ range: Range<Int>, before: [Int], in view: SentenceView) -> Int? {
        guard let last = before.last else { return nil }
        let mention = view.mentions[last]
        // The subordinator right before the actor is the rare part, so it is checked first.
        var index = mention.tokens.lowerBound - 1
        if index >= 0, view.tokens[index].lower == "the" { index -= 1 }
        guard index >= 1, Self.subordinators.contains(lower: view.tokens[index]) else { return nil }
        guard mention.tokens.upperBound <= range.lowerBound, range.lowerBound - mention.tokens.upperBound <= 2,
              (mention.tokens.upperBound..<range.lowerBound).allSatisfy({
                  let word = view.tokens[$0].lower
                  return view.tokens[$0].isWord && (lexicon.representativeNouns.contains(word) || word.endsWithASCII("ly")
                      || ["had", "has", "have"].contains(word))
              }) else { return nil }
        if mention.source == .adjective, !standsForState(mention, view: view) { return nil }
        return last
    }

    /// "…a deal under which boats could fish, complaining that Tokyo …": a participle after a comma, in a clause
    /// other than the first, acts for the subject of the sentence's first clause.
    func participleClauseSubject(_ range: Range<Int>, in view: SentenceView) -> Int? {
        let index = range.lowerBound
        guard index >= 2, view.tokens[index - 1].text == ",", view.tokens[index].lower.endsWithASCII("ing"),
              view.clauseOf[index] != view.clauseOf[0] else { return nil }
        let opening = view.mentions.indices.filter {
            view.mentions[$0].tokens.upperBound <= index && view.clauseOf[view.mentions[$0].tokens.lowerBound] == view.clauseOf[0]
        }
        return subject(in: opening, view: view)
    }

    /// "Erdogan met Putin, and Blinken condemned Russia": an actor after a clause-joining "and" or "but",
    /// right before the verb, is that verb's subject rather than the clause's first actor.
    func joinedClauseSubject(_ range: Range<Int>, before: [Int], in view: SentenceView) -> Int? {
        guard let last = before.last else { return nil }
        let mention = view.mentions[last]
        guard mention.tokens.upperBound <= range.lowerBound else { return nil }
        let gap = mention.tokens.upperBound..<range.lowerBound
        guard gap.count <= 3, gap.allSatisfy({ view.tokens[$0].isWord && view.mentionAt[$0] == nil }),
              !view.isPrepositionalObject(last) else { return nil }
        var index = mention.tokens.lowerBound - 1
        while index >= 0, Self.articles.contains(lower: view.tokens[index]) { index -= 1 }
        // ", a move Japan condemned": the subject of a relative clause that dropped its "that".
        if index >= 2, view.tokens[index].isWord, !view.tokens[index].isCapitalised, view.mentionAt[index] == nil,
           Self.articles.contains(lower: view.tokens[index - 1]), view.tokens[index - 2].text == "," { return last }
        // "Blinken said he condemned Russia": the reported clause's own subject.
        if index >= 0, view.tokens[index].lower == "that" { index -= 1 }
        if index >= 0, lexicon.speechWords.contains(lower: view.tokens[index]), view.mentionAt[index] == nil { return last }
        // "A, B and C condemned the raid, D broke off its relations with E": after a comma that ends a plain word,
        // an actor right before the verb opens a clause of its own; the list before it does not share this act.
        if index >= 1, view.tokens[index].text == ",", isPlainClauseEnd(index - 1, in: view) { return last }
        guard index >= 1, Self.andOrButOnly.contains(lower: view.tokens[index]) else { return nil }
        // "Japan and Russia agreed": "and" right after another actor coordinates instead.
        let previous = index - 1
        if view.tokens[previous].text == "," { return last }
        return view.mentionAt[previous] == nil && view.tokens[previous].kind != .possessive ? last : nil
    }

    /// A lower-case word that names no actor and joins nothing: where a clause before a comma can end.
    /// ("the raid" may carry the actor the resolver found behind it: the word still ends a clause.)
    func isPlainClauseEnd(_ index: Int, in view: SentenceView) -> Bool {
        let token = view.tokens[index]
        return token.isWord && !token.isCapitalised && view.mentionAt[index].map({ view.mentions[$0].isPronoun }) ?? true
            && !Self.andOrBut.contains(lower: token) && !SentenceView.prepositions.contains(lower: token)
    }

    /// "Japan met India, and two diplomats were expelled by Poland": where the clause a ", and" or ", but" joins
    /// begins (0 when none); a comma after an actor that is no prepositional object lists actors instead.
    func clauseJointEnd(before index: Int, in view: SentenceView) -> Int {
        var at = index - 1
        let start = view.clauseStart(of: index)
        while at >= start + 2 {
            if ["and", "but"].contains(view.tokens[at - 1].lower), view.tokens[at - 2].text == ",",
               at - 3 < 0 || view.mentionAt[at - 3].map({ view.isPrepositionalObject($0) }) ?? true {
                return at
            }
            at -= 1
        }
        return 0
    }
}
