/// Where a reached actor is no party to the cue: a forum a quarrel is taken to ("took the dispute to the
/// WTO"), or the subject of the next clause joined on by ", and" ("…with Vilnius, and Taipei announced …").
extension StanceFinder {
    /// Verbs that carry a quarrel to a body that judges it: what follows their "to" is a venue.
    static let referralVerbs: WordSet = [
        "take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing", "refer", "refers", "referred",
        "referring", "submit", "submits", "submitted", "escalate", "escalates", "escalated", "appeal", "appealed",
    ]

    /// "took the dispute to the World Trade Organization": the mention behind "to" is where the cue noun is
    /// carried, when a referral verb stands a few words before the noun.
    func isReferralVenue(_ mention: Int, preposition: String?, cue range: Range<Int>, in view: SentenceView) -> Bool {
        guard preposition == "to", view.mentions[mention].kind != .person else { return false }
        let from = max(0, range.lowerBound - 4)
        return (from..<range.lowerBound).contains { Self.referralVerbs.contains(lower: view.tokens[$0]) }
    }

    /// Finite verbs common after a new clause's subject, besides any "-ed" form.
    static let clauseVerbs: WordSet = [
        "said", "says", "has", "had", "have", "was", "were", "is", "are", "will", "would", "can", "could", "did",
        "took", "gave", "made", "sent", "won", "began", "kept", "left", "told", "set", "put", "cut", "hit",
    ]

    /// "…with Vilnius, and Taipei announced a fund": a member after ", and" followed by a finite verb opens a
    /// clause of its own and is nobody's target in the clause before.
    func opensJoinedClause(_ mention: Int, in view: SentenceView) -> Bool {
        let found = view.mentions[mention]
        let start = found.tokens.lowerBound, end = found.tokens.upperBound
        guard start >= 2, end < view.tokens.count, ["and", "but"].contains(view.tokens[start - 1].lower),
              view.tokens[start - 2].text == "," else { return false }
        let next = view.tokens[end]
        guard next.isWord, !next.isCapitalised, view.mentionAt[end] == nil else { return false }
        return Self.clauseVerbs.contains(lower: next) || next.lower.hasSuffix("ed")
    }
}

extension StanceFinder {
    /// Participles of making or leading something, after which the maker owns what was left.
    static let makingVerbs: WordSet = [
        "built", "set", "led", "created", "founded", "launched", "run", "sponsored", "championed", "leads", "runs", "heads", "chairs", "hosts",
    ]

    /// "pulled out of the forum that Beijing had built": leaving an arrangement reduces relations with whoever
    /// built or leads it, named as the subject of a relative clause right after the object.
    func objectMakerTargets(_ cue: CueLexicon.Cue, at range: Range<Int>, holder: Int, in view: SentenceView) -> [Int] {
        guard cue.category.hasPrefix("16"), cue.score < 0 else { return [] }
        let end = min(view.tokens.count - 2, range.upperBound + 7)
        guard let relative = (range.upperBound..<max(range.upperBound, end)).first(where: {
            ["that", "which"].contains(view.tokens[$0].lower)
        }), (range.upperBound..<relative).allSatisfy({ view.tokens[$0].kind != .punctuation || view.tokens[$0].text == "+" }),
              let maker = view.mentionAt[relative + 1] else { return [] }
        var verb = view.mentions[maker].tokens.upperBound
        if verb < view.tokens.count, ["had", "has", "have"].contains(view.tokens[verb].lower) { verb += 1 }
        guard verb < view.tokens.count, Self.makingVerbs.contains(lower: view.tokens[verb]),
              principal(view.mentions[maker].actor) != principal(view.mentions[holder].actor) else { return [] }
        return view.coordinated(with: maker)
    }
}

extension StanceFinder {
    static let relativeWords: WordSet = ["that", "which"]

    /// CAMEO roots 15 to 20 (force, reduced relations, coercion, assault, fight, mass violence), read from the code's digits.
    static func isForceCategory(_ category: String) -> Bool {
        var digits = category.utf8.makeIterator()
        guard let tens = digits.next(), let units = digits.next() else { return false }
        return tens == UInt8(ascii: "1") && units >= UInt8(ascii: "5") || tens == UInt8(ascii: "2")
    }

    /// "the ban that China imposed": a forceful verb in a relative clause puts in place the measure it describes,
    /// so the measure's own target (if any) is the target, never the sentence's subject.
    func imposesItsHeadNoun(_ cue: CueLexicon.Cue, at range: Range<Int>, holder: Int, in view: SentenceView) -> Bool {
        // The relative pronoun is rare, so it is checked before the category's text.
        var index = view.mentions[holder].tokens.lowerBound - 1
        guard index >= 1, Self.relativeWords.contains(lower: view.tokens[index]), Self.isForceCategory(cue.category) else { return false }
        index -= 1
        return view.mentionAt[index] == nil && startsCue(view.tokens[index].lower)
    }
}

extension StanceFinder {
    /// Nouns for traded goods: "imports of fish from Japan" names the state the trade comes from.
    static let tradeNouns: WordSet = [
        "imports", "goods", "products", "shipments", "seafood", "fish", "food", "beef", "wine", "cargo", "exports", "coal", "timber",
    ]

    /// "banned imports of seafood from Japan": after a verb, "from" names a target when the object phrase
    /// before it is about traded goods.
    func tradeSource(_ mention: Int, preposition: String?, after range: Range<Int>, forVerb: Bool, in view: SentenceView) -> Bool {
        guard forVerb, preposition == "from" else { return false }
        let start = view.mentions[mention].tokens.lowerBound
        guard start - range.upperBound <= 7 else { return false }
        let gap = range.upperBound..<start
        return gap.contains { Self.tradeNouns.contains(lower: view.tokens[$0]) }
            && gap.allSatisfy { view.tokens[$0].isWord && view.mentionAt[$0] == nil }
    }
}

extension StanceFinder {
    /// "protested against the drills that Russia staged": after a verb, the subject of a relative clause on the
    /// act noun it takes is the act's agent, and so the verb's target.
    func relativeAgentTargets(_ range: Range<Int>, holder: Int, in view: SentenceView) -> [Int] {
        let end = min(view.tokens.count - 2, range.upperBound + 6)
        guard let relative = (range.upperBound + 1..<max(range.upperBound + 1, end)).first(where: {
            Self.relativeWords.contains(lower: view.tokens[$0])
        }), view.mentionAt[relative - 1] == nil, view.tokens[relative - 1].isWord, !view.tokens[relative - 1].isCapitalised,
              (range.upperBound..<relative).allSatisfy({ view.tokens[$0].isWord && view.mentionAt[$0] == nil }),
              let agent = view.mentionAt[relative + 1] else { return [] }
        let after = view.mentions[agent].tokens.upperBound
        guard after < view.tokens.count, view.tokens[after].isWord, !view.tokens[after].isCapitalised,
              view.tokens[after].lower.hasSuffix("ed") || Self.clauseVerbs.contains(lower: view.tokens[after]),
              principal(view.mentions[agent].actor) != principal(view.mentions[holder].actor) else { return [] }
        return view.coordinated(with: agent)
    }
}
