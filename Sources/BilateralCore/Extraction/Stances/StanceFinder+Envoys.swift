/// "recalled the French ambassadors from Canberra and Washington", "withdrew its diplomats from Beirut": an envoy is
/// called home from the state where it was posted, so after a recalling verb and an envoy, "from" names the target
/// (a verb's "from" otherwise names a source, not a party). Issue 15, recall class 1.
extension StanceFinder {
    /// True when `mention`, behind "from", is where the envoys a recalling verb at `verb` takes were posted.
    func isPostingOfRecalledEnvoy(_ mention: Int, preposition: String?, verb: Range<Int>, in view: SentenceView) -> Bool {
        guard preposition == "from", Self.recallingVerbs.contains(lower: view.tokens[verb.lowerBound]) else { return false }
        let start = view.mentions[mention].tokens.lowerBound
        guard start - verb.upperBound <= 8 else { return false }
        // The envoy is the verb's object ("its own envoy", "the French ambassadors") or inside the cue itself.
        return (verb.lowerBound..<start).contains { Self.envoyNouns.contains(lower: view.tokens[$0]) }
    }

    static let recallingVerbs: WordSet = [
        "recall", "recalls", "recalled", "recalling", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
        "pull", "pulls", "pulled", "pulling",
    ]

    static let envoyNouns: WordSet = [
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "emissary", "emissaries",
        "commissioner", "commissioners", "chargé", "consul", "consuls", "mission", "staff",
    ]
}
