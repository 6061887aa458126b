/// Cues whose last word is the preposition that takes their object: "called on", "relied on", "turned to".
extension StanceFinder {
    /// True when the cue ends in a preposition and the mention stands right after it ("called on Iran", "called on
    /// the Iranian government"): that actor is the cue's object, not a topic of the act.
    func isOwnPrepositionObject(_ mention: Int, of range: Range<Int>, in view: SentenceView) -> Bool {
        guard range.count > 1, SentenceView.prepositions.contains(lower: view.tokens[range.upperBound - 1]) else { return false }
        let start = view.mentions[mention].tokens.lowerBound
        guard start >= range.upperBound, start - range.upperBound <= 1 else { return false }
        return start == range.upperBound || Self.articles.contains(lower: view.tokens[range.upperBound])
    }
}

/// Acts that are only spoken of: a threatened act, a vowed reprisal, a denied proposition.
extension StanceFinder {
    /// "threatened to cut off aid": the threatened act is not done, so it scores as the threat (CAMEO 13) while its
    /// own verb still finds who threatens whom.
    func threatBefore(_ number: Int, at range: Range<Int>, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)],
                      in view: SentenceView) -> (Double, String)? {
        guard number > 0 else { return nil }
        let previous = cues[number - 1]
        guard previous.cue.role == .verb, previous.cue.lemma == "threaten", previous.tokens.upperBound + 1 == range.lowerBound,
              Self.toWord.matches(view.tokens[previous.tokens.upperBound]),
              threatensAnotherAct(previous.cue, at: previous.tokens, cues: cues, from: number - 1, in: view) else { return nil }
        return (previous.cue.score, previous.cue.category)
    }

    /// "vowed to retaliate against X", "pledged to punish X": an intent to act against someone is that act's
    /// stance (the inner verb speaks), not a cooperative pledge turned into disapproval.
    func vowsAHostileAct(_ cue: CueLexicon.Cue, at range: Range<Int>, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)],
                         from number: Int, in view: SentenceView) -> Bool {
        guard cue.role == .verb, cue.root == 3, number + 1 < cues.count, range.upperBound + 1 < view.tokens.count,
              Self.toWord.matches(view.tokens[range.upperBound]) else { return false }
        let next = cues[number + 1]
        return next.cue.role == .verb && next.cue.score < 0 && next.tokens.lowerBound == range.upperBound + 1
    }

    /// "denied that X had been consulted", "denied X was involved": what is denied is a proposition about the actor
    /// named in it, no rejection of that actor.
    func deniesAProposition(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        guard cue.role == .verb, cue.lemma == "deny", range.upperBound < view.tokens.count else { return false }
        if Self.thatWord.matches(view.tokens[range.upperBound]) { return true }
        guard let mention = view.mentionAt[range.upperBound] else { return false }
        let end = view.mentions[mention].tokens.upperBound
        return end < view.tokens.count && lexicon.auxiliaries.contains(view.tokens[end].lower)
    }

    /// "halted arms sales", "an arms embargo": a verb's -s form before a trade noun is that noun's modifier.
    func modifiesTradeNoun(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        guard cue.role == .verb, range.count == 1, range.upperBound < view.tokens.count,
              view.tokens[range.lowerBound].lower.endsWithASCII("s") else { return false }
        return Self.tradeHeads.contains(lower: view.tokens[range.upperBound]) && view.mentionAt[range.upperBound] == nil
    }

    /// "agreed to put the dispute behind them": a quarrel put behind its parties is settled, a concession both ways.
    func settledQuarrel(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> (Double, String)? {
        guard cue.role == .noun, range.upperBound < view.tokens.count, Self.behindWord.matches(view.tokens[range.upperBound]),
              (max(0, range.lowerBound - 4)..<range.lowerBound).contains(where: { Self.putForms.contains(lower: view.tokens[$0]) })
        else { return nil }
        return (5.0, "08 Yield")
    }

    static let behindWord = HashedWord("behind")
    static let putForms: WordSet = ["put", "puts", "putting"]
    static let toWord = HashedWord("to"), thatWord = HashedWord("that")
    static let tradeHeads: WordSet = [
        "sales", "sale", "exports", "imports", "deliveries", "supplies", "shipments", "embargo", "embargoes", "deal", "deals",
        "control", "controls", "race", "trade", "transfers", "purchases", "package", "packages", "dealers",
    ]
}

/// "tariffs on Turkish steel", "a ban on Japanese seafood", "halted imports of Canadian meat": a national adjective
/// on the goods a measure falls on names the state it is aimed at.
extension StanceFinder {
    func isGoodsOfMeasure(_ mention: Int, in view: SentenceView) -> Bool {
        let found = view.mentions[mention]
        guard found.source == .adjective else { return false }
        let end = found.tokens.upperBound
        guard end < view.tokens.count, view.tokens[end].isWord, !view.tokens[end].isCapitalised, view.mentionAt[end] == nil,
              !lexicon.representativeNouns.contains(view.tokens[end].lower) else { return false }
        var index = found.tokens.lowerBound - 1
        while index >= 0, Self.articles.contains(lower: view.tokens[index]) { index -= 1 }
        guard index >= 1 else { return false }
        let noun = view.tokens[index - 1]
        if Self.onOrAgainst.contains(lower: view.tokens[index]) { return Self.measureNouns.contains(lower: noun) }
        return Self.ofWord.matches(view.tokens[index]) && Self.tradeFlowNouns.contains(lower: noun)
    }

    /// "banned 59 Chinese apps", "bought Russian gas": a national adjective on the direct object of a verb that bans,
    /// seizes, blocks or buys goods names the state whose goods they are. "released detained British sailors",
    /// "handed over the Indian pilot": a release yields to the state whose people or ship are let go.
    func isDirectGoods(_ mention: Int, after range: Range<Int>, in view: SentenceView) -> Bool {
        let found = view.mentions[mention]
        guard found.source == .adjective else { return false }
        let releases = Self.releaseVerbs.contains(lower: view.tokens[range.lowerBound])
        guard releases || Self.goodsVerbs.contains(lower: view.tokens[range.lowerBound]) else { return false }
        let start = found.tokens.lowerBound, end = found.tokens.upperBound
        guard start >= range.upperBound, start - range.upperBound <= (releases ? 3 : 2), end < view.tokens.count else { return false }
        // "the British-flagged tanker": a hyphen may glue the adjective to the rest of its modifier.
        let next = end + 1 < view.tokens.count && Self.hyphens.contains(lower: view.tokens[end]) ? end + 1 : end
        guard view.tokens[next].isWord, !view.tokens[next].isCapitalised, view.mentionAt[next] == nil else { return false }
        return (range.upperBound..<start).allSatisfy {
            view.tokens[$0].kind == .number || SentenceView.determiners.contains(lower: view.tokens[$0])
                || releases && view.tokens[$0].isWord && !view.tokens[$0].isCapitalised && view.mentionAt[$0] == nil
                    && !SentenceView.prepositions.contains(lower: view.tokens[$0]) && !Self.plainConjunctions.contains(lower: view.tokens[$0])
        }
    }

    /// Verbs that let people or property go back to their state.
    static let releaseVerbs: WordSet = [
        "release", "releases", "released", "releasing", "free", "frees", "freed", "freeing", "hand", "hands", "handed", "handing",
        "return", "returns", "returned", "returning", "repatriate", "repatriated", "repatriates", "repatriating",
    ]

    static let goodsVerbs: WordSet = [
        "ban", "bans", "banned", "banning", "block", "blocks", "blocked", "blocking", "seize", "seizes", "seized", "seizing",
        "confiscate", "confiscated", "blacklist", "blacklisted", "boycott", "boycotts", "boycotted", "boycotting",
        "buy", "buys", "bought", "buying",
    ]

    static let onOrAgainst: WordSet = ["on", "against"]
    static let ofWord = HashedWord("of")
    /// Measures that fall on goods: what comes after "on" or "against" is what they hit.
    static let measureNouns: WordSet = [
        "tariff", "tariffs", "duty", "duties", "levy", "levies", "ban", "bans", "embargo", "embargoes", "sanctions",
        "curbs", "restrictions", "quotas", "boycott", "boycotts", "controls", "probe", "inspections", "checks",
    ]
    /// Trade flows a verb may stop, cut or resume: "of" names the goods.
    static let tradeFlowNouns: WordSet = ["imports", "exports", "purchases", "shipments", "deliveries", "sales", "supplies"]
}

/// Shapes that keep a cue's object in reach.
extension StanceFinder {
    /// "intercepted a Japanese plane", "shadowed Russian warships": shows of force whose direct object is the one
    /// they are aimed at (a deployment's object is only what it moves).
    static let aimedShowsOfForce: Set<String> = ["intercept", "shadow"]

    /// "the intelligence-sharing pact", "a US-brokered deal": a cue word glued by a hyphen to the word before is part
    /// of a compound modifier, so it does not end the reach of the cue before it.
    func isHyphenGlued(_ index: Int, in view: SentenceView) -> Bool {
        index >= 2 && !view.tokens[index].spaceBefore && Self.hyphens.contains(lower: view.tokens[index - 1])
            && !view.tokens[index - 1].spaceBefore
    }

    /// "suspended the intelligence-sharing pact": a gap of at most three words once hyphenated compounds count as
    /// one, so the cue noun after it is the verb's object.
    func isObjectPastCompounds(_ gap: Range<Int>, in view: SentenceView) -> Bool {
        var words = 0, glued = 0
        for index in gap {
            let token = view.tokens[index]
            if isHyphenGlued(index + 1 < view.tokens.count ? index + 1 : index, in: view), Self.hyphens.contains(lower: token) {
                glued += 1
                continue
            }
            guard token.isWord, !Self.andOrBut.contains(lower: token) else { return false }
            words += 1
        }
        return glued > 0 && words - glued <= 3
    }
}
