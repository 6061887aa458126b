/// Names that are not the party they name: a city or state used to describe someone ("a Moscow actor"), and a
/// body that is where a complaint is lodged rather than whom it is against (issue 15, classes 2 and 8).
///
/// | pattern | silent | still a party |
/// |---|---|---|
/// | "a"/"an" + state or city + plain noun | "helping to set the stage for a Moscow actor" | "hosted a Moscow delegation", "a Japan visit" (a cue noun), "a NATO trust fund" (a body's) |
/// | "at"/"before" a body after "against …" | "filed complaints against all three at the WTO" | "lashed out at NATO", "complained to the WTO" |
extension StanceFinder {
    /// "a Moscow actor", "an Ankara businessman": after an indefinite article, a place name followed by a plain noun
    /// only describes that noun, which is someone or something of the place, not the state.
    func isDescribingName(_ mention: Int, in view: SentenceView) -> Bool {
        let found = view.mentions[mention]
        // A body's things are its own doing ("promised money for a NATO trust fund"): only states and their cities.
        guard found.kind == .state, found.source != .adjective, !found.isPossessive else { return false }
        let start = found.tokens.lowerBound, end = found.tokens.upperBound
        guard start > 0, end < view.tokens.count, ["a", "an"].contains(view.tokens[start - 1].lower) else { return false }
        let next = view.tokens[end]
        // A noun of the sentence's own vocabulary ("a Japan visit", "a Moscow delegation") keeps the state.
        return next.isWord && !next.isCapitalised && view.mentionAt[end] == nil && !startsCue(next)
            && !lexicon.representativeNouns.contains(lower: next) && !SentenceView.prepositions.contains(lower: next)
            && !Self.plainConjunctions.contains(lower: next)
    }

    /// Prepositions that put a body as the forum of a complaint or case.
    static let forumPrepositions: Set<String> = ["at", "before"]

    /// "filed complaints against all three at the World Trade Organization": a body behind "at" or "before", after
    /// the cue's "against" already named whom the complaint is against, is where it was lodged.
    func isForumOfComplaint(_ mention: Int, preposition: String?, cue range: Range<Int>, in view: SentenceView) -> Bool {
        guard let preposition, Self.forumPrepositions.contains(preposition), view.mentions[mention].kind == .organisation else { return false }
        let start = view.mentions[mention].tokens.lowerBound
        return (range.upperBound..<start).contains { view.tokens[$0].lower == "against" }
    }
}
