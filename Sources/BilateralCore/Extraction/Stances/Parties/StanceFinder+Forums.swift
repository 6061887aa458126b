/// Where a reached actor is or is not a party to the cue: a forum a quarrel is taken to ("took the dispute to
/// the WTO"), the subject of a clause joined on by ", and", and the state traded goods come from.
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
        "broke", "struck", "fought", "met", "went", "came", "spoke", "froze", "withdrew", "stood", "sought", "held",
    ]

    /// "…with Vilnius, and Taipei announced a fund": a member after ", and" followed by a finite verb opens a
    /// clause of its own and is nobody's target in the clause before.
    func opensJoinedClause(_ mention: Int, in view: SentenceView) -> Bool {
        let found = view.mentions[mention]
        let start = found.tokens.lowerBound, end = found.tokens.upperBound
        // ", and Taipei announced", or a bare comma after the last clause ("condemned the raid, Nicaragua broke off").
        let joined = start >= 2 && ["and", "but"].contains(view.tokens[start - 1].lower) && view.tokens[start - 2].text == ","
        let spliced = start >= 2 && view.tokens[start - 1].text == "," && isPlainClauseEnd(start - 2, in: view)
        guard joined || spliced, end < view.tokens.count else { return false }
        let next = view.tokens[end]
        guard next.isWord, !next.isCapitalised, view.mentionAt[end] == nil else { return false }
        return Self.clauseVerbs.contains(lower: next) || next.lower.endsWithASCII("ed")
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
        guard start >= range.upperBound, start - range.upperBound <= 7 else { return false }
        let gap = range.upperBound..<start
        return gap.contains { Self.tradeNouns.contains(lower: view.tokens[$0]) }
            && gap.allSatisfy { view.tokens[$0].isWord && view.mentionAt[$0] == nil }
    }
}
