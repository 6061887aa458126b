/// "Tokyo lodged a protest", "Beijing protested at once", "Rutte demanded an apology": a protest, demand, rejection,
/// condemnation or threat always has an addressee, and when its clause names none the text named it before. This
/// file finds such an act and its holder; `ArticleExtraction+Counterparts` takes the other side of the pair the
/// paragraph is about as its target (issue 15, recall: the object named only in an earlier sentence).
///
/// | silent | still a stance |
/// |---|---|
/// | "Tokyo lodged a protest with the United Nations" (someone is named: the ordinary rules read it) | "Tokyo lodged a protest." |
/// | "Beijing did not protest", "Beijing might protest" | "Beijing protested at once." |
/// | "Seoul welcomed the plan" (cooperative acts may address anyone) | "Seoul condemned the plan." |
extension StanceFinder {
    /// Demand, disapprove, reject, threaten, protest, reduce relations: acts made to someone.
    static let addressedRoots: Set<Int> = [10, 11, 12, 13, 14, 16, 17]

    /// Words after which "that" opens what was said, not a relative clause ("said that Tokyo protested"): a list of
    /// its own, not the lexicon's `speechWords` (whose nouns and other forms would change what counts), plus the
    /// conjunctions that open a second such clause.
    static let saidThatLeads: WordSet = [
        "said", "says", "say", "announced", "added", "stated", "declared", "reported", "warned", "noted", "insisted", "argued",
        "claimed", "confirmed", "explained", "told", "believes", "believed", "hoped", "feared", "knew", "learned", "heard",
        // "…, but that Australia would not apologise": a second "that" clause of the same speech.
        "but", "and", "or", "so", "now", "not", "than", "such",
    ]

    static let thatOrWhich: WordSet = ["that", "which"]

    /// Acts in the sentence with a holder and no addressee in their clause.
    func addressedActsWithoutTarget(in view: SentenceView, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)]) -> [NamedActReaction] {
        var found: [NamedActReaction] = []
        // "replied in kind" repeats whatever it answers: the retaliation rules' (`inKindAnswers`).
        for cue in cues where cue.cue.score < 0 && Self.addressedRoots.contains(cue.cue.root) && !cue.cue.symmetric
            && !Self.inKindAnswers.contains(cue.cue.lemma) {
            guard !cue.tokens.contains(where: { view.mentionAt[$0] != nil }), !isModalOrNoun(cue.cue, at: cue.tokens, in: view),
                  !isPartOfNameOrQuote(cue.tokens, in: view), !namesSomeoneUnknown(after: cue.tokens, in: view),
                  cue.cue.root != 16 || isDiplomatic(cue.tokens, in: view),
                  let head = verbGroup(of: cue.cue, at: cue.tokens, in: view) else { continue }
            let (before, after) = view.clauseMentions(around: head)
            // "protested to Moscow", "a protest over Russia's deployment": whoever is named after it is the ordinary rules'.
            // "a state that can say no to India … should": an actor after a preposition holds nothing.
            guard after.isEmpty, let subject = joinedClauseSubject(head, before: before, in: view)
                    ?? subject(in: before, view: view).flatMap({ view.isPrepositionalObject($0) ? nil : $0 }),
                  !view.mentions[subject].isPossessive, !Self.pluralPronouns.contains(lower: view.tokens[view.mentions[subject].tokens.lowerBound]),
                  isDone(cue.cue, at: head, in: view) else { continue }
            // "rejected the accusation": a claim answered is the claim rules' (`PronounResolver+EarlierActs`), who look
            // for the claim itself and stay silent when it is not there.
            if (head.upperBound..<min(view.tokens.count, head.upperBound + 3)).contains(where: { PronounResolver.claimNouns.contains(lower: view.tokens[$0]) }) {
                continue
            }
            // "the blanket ban that China imposed in August": a relative clause's act is done to whoever its head noun's
            // sentence was about, not to the paragraph's other side.
            if case let start = view.mentions[subject].tokens.lowerBound, start >= 2, Self.thatOrWhich.contains(lower: view.tokens[start - 1]),
               view.tokens[start - 2].isWord, !view.tokens[start - 2].isCapitalised, view.mentionAt[start - 2] == nil,
               !SentenceView.beForms.contains(lower: view.tokens[start - 2]),
               !Self.saidThatLeads.contains(lower: view.tokens[start - 2]) {
                continue
            }
            // "officials insist that they are neutral": a demand whose clause names no one it is made of asserts.
            if cue.cue.root == 10, cue.tokens.upperBound < view.tokens.count, view.tokens[cue.tokens.upperBound].lower == "that" { continue }
            let holders = view.coordinated(with: subject)
            // "Caracas and Lima broke off ties": relations cut by several are cut between them.
            if cue.cue.root == 16, holders.count > 1 { continue }
            found.append(NamedActReaction(holders: holders, actRoot: 0, score: cue.cue.score, category: cue.cue.category,
                                          cue: cue.tokens.map { view.tokens[$0].text }.joined(separator: " ")))
        }
        return found
    }

    /// The verb that carries the act: the cue itself, or for a noun ("lodged a protest", "expressed strong
    /// dissatisfaction") the support verb just before it, with at most three plain words or quotes between.
    private func verbGroup(of cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Range<Int>? {
        switch cue.role {
        case .verb:
            return range
        case .noun:
            var index = range.lowerBound - 1
            while index >= 0, range.lowerBound - index <= 4 {
                let token = view.tokens[index]
                if lexicon.supportVerbs.contains(lower: token) { return index..<range.upperBound }
                guard view.mentionAt[index] == nil, token.isWord && !token.isCapitalised || ["\"", "“", "'"].contains(token.text) else { return nil }
                index -= 1
            }
            return nil
        case .adjective, .predicate:
            return nil
        }
    }

    /// "White House Press Secretary": a cue word capitalised inside a sentence is part of a name, not a verb.
    /// "'… is a day lost,' he warned": a speech verb after a quote addresses what the quote says, which the
    /// quote's own sentence states; the pair's other side is not its addressee.
    private func isPartOfNameOrQuote(_ range: Range<Int>, in view: SentenceView) -> Bool {
        if range.lowerBound > 0, view.tokens[range.lowerBound].isCapitalised { return true }
        let from = max(0, range.lowerBound - 3)
        // A closing quote follows its text with no space; an opening one ("We are ending …") has its act inside.
        return (from..<range.lowerBound).contains {
            $0 > 0 && !view.tokens[$0].spaceBefore && Self.quoteMarks.contains(view.tokens[$0].text)
        }
    }

    /// "assailed Williams": a name the gazetteer does not know right after the act is its addressee, a person
    /// the rules cannot place; the act is not aimed at the pair's other side.
    private func namesSomeoneUnknown(after range: Range<Int>, in view: SentenceView) -> Bool {
        guard range.upperBound < view.tokens.count else { return false }
        let next = view.tokens[range.upperBound]
        return next.isWord && next.isCapitalised && view.mentionAt[range.upperBound] == nil
    }

    /// Reducing relations with no one named needs an object that is a tie between states ("recalled its ambassador",
    /// "withdrew its diplomats", "ending our military cooperation"): "recalled it vividly" and "postponed the rally"
    /// reduce nothing between states.
    private func isDiplomatic(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let end = min(view.tokens.count, range.upperBound + 4)
        return (range.lowerBound..<end).contains { Self.diplomaticObjects.contains(lower: view.tokens[$0]) }
    }

    /// The closing quotes of the unrealised-act rules, without the bracket: a bracket before a verb closes an aside.
    static let quoteMarks = closingQuotes.subtracting([")"])

    static let diplomaticObjects: WordSet = ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
                                            "embassy", "embassies", "relations", "ties", "chargé", "charge", "consul",
                                            "consulate", "mission", "cooperation", "aid", "talks", "treaty",
                                            "agreement", "accord", "flights", "visit", "summit"]

    /// "They expressed concern": a plural pronoun may stand for a group the resolver took one member of.
    static let pluralPronouns: WordSet = ["they", "them", "we"]

    /// "had to take longer roads", "in order to", "his closing press conference", "vowed to retaliate", "refused to
    /// condemn": a modal, a noun after a determiner, or an act only intended or refused, not an act done to someone.
    private func isModalOrNoun(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        let first = view.tokens[range.lowerBound]
        if lexicon.obligations.contains(lower: first) || lexicon.auxiliaries.contains(lower: first) { return true }
        if range.upperBound < view.tokens.count, lexicon.refusals.contains(lower: first), view.tokens[range.upperBound].lower == "to" { return true }
        guard cue.role == .verb else { return false }
        for back in 1...2 where range.lowerBound - back >= 0 {
            let token = view.tokens[range.lowerBound - back]
            // "his closing press conference": a possessive pronoun is a determiner even when it names its owner.
            if SentenceView.determiners.contains(lower: token) || ["our", "my", "your", "this", "that"].contains(token.lower) { return true }
            if view.mentionAt[range.lowerBound - back] != nil { return false }
            if back == 1, ["to", "in"].contains(token.lower) { return true }
            guard token.isWord else { return false }
        }
        return false
    }

    /// No negation, refusal, condition or possibility before the act ("did not protest", "might protest").
    private func isDone(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        let from = max(view.clauseStart(of: range.lowerBound), range.lowerBound - 5)
        if (from..<range.lowerBound).contains(where: {
            lexicon.negators.contains(lower: view.tokens[$0]) || view.tokens[$0].lower.endsWithASCII("n't")
                || lexicon.refusals.contains(lower: view.tokens[$0]) || lexicon.cessations.contains(lower: view.tokens[$0])
        }) { return false }
        return !isUnrealised(cue, at: range, in: view)
    }
}
