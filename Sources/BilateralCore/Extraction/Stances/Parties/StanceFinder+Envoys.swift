/// "recalled the French ambassadors from Canberra and Washington", "withdrew its diplomats from Beirut": an envoy is
/// called home from the state where it was posted, so after a recalling verb and an envoy, "from" names the target
/// (a verb's "from" otherwise names a source, not a party). Issue 15, recall class 1.
extension StanceFinder {
    /// True when `mention`, behind "from", is where the envoys a recalling verb at `verb` takes were posted.
    /// Likewise "upgraded its mission in Kabul", "closed its embassy in Caracas": a verb that changes a mission takes
    /// the state the mission is in as its target.
    func isPostingOfRecalledEnvoy(_ mention: Int, preposition: String?, verb: Range<Int>, in view: SentenceView) -> Bool {
        let head = view.tokens[verb.lowerBound]
        if preposition == "in", Self.missionVerbs.contains(lower: head) {
            let start = view.mentions[mention].tokens.lowerBound
            return start - verb.upperBound <= 5 && (verb.lowerBound..<start).contains { Self.missionNouns.contains(lower: view.tokens[$0]) }
        }
        guard preposition == "from", Self.recallingVerbs.contains(lower: head) else { return false }
        let start = view.mentions[mention].tokens.lowerBound
        guard start - verb.upperBound <= 8 else { return false }
        // The envoy is the verb's object ("its own envoy", "the French ambassadors") or inside the cue itself.
        return (verb.lowerBound..<start).contains { Self.envoyNouns.contains(lower: view.tokens[$0]) }
    }

    static let recallingVerbs: WordSet = [
        "recall", "recalls", "recalled", "recalling", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
        "pull", "pulls", "pulled", "pulling",
    ]

    static let missionVerbs: WordSet = [
        "upgrade", "upgrades", "upgraded", "upgrading", "downgrade", "downgrades", "downgraded", "downgrading",
        "close", "closes", "closed", "closing", "shut", "shuts", "shutting", "open", "opens", "opened", "opening",
        "reopen", "reopens", "reopened", "reopening",
    ]

    static let missionNouns: WordSet = ["mission", "embassy", "consulate", "missions", "embassies", "consulates"]

    static let envoyNouns: WordSet = [
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "emissary", "emissaries",
        "commissioner", "commissioners", "chargé", "consul", "consuls", "mission", "staff",
    ]
}
