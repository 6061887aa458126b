/// Urging a state to act: "urged Seoul to take measures" presses it; "urged both to keep talking" does not.
extension StanceFinder {
    /// Appeal verbs that, with an infinitive after their object, press the object to act.
    static let urgingLemmas: Set<String> = ["urge", "call on"]

    /// Words in the urged act that make it a plea for peaceful means rather than pressure.
    static let peacefulMeans: Set<String> = [
        "talk", "talks", "talking", "dialogue", "negotiate", "negotiating", "negotiations", "diplomacy", "diplomatic",
        "peaceful", "peacefully", "settle", "cooperate", "cooperation", "together", "calm", "resume", "continue",
        // Acts of unity with the speaker: "urged the rest of the EU to act as one bloc", "to stand with Kyiv".
        "unite", "united", "unity", "one", "join", "support", "help", "stand",
    ]

    /// Whether an urging verb is followed, past its object, by "to" and an act with no peaceful means in it.
    func urgesAnAct(_ cue: CueLexicon.Cue, after range: Range<Int>, in view: SentenceView) -> Bool {
        guard Self.urgingLemmas.contains(cue.lemma) else { return false }
        let end = min(view.tokens.count, range.upperBound + 8)
        guard let to = (range.upperBound..<end).first(where: { view.tokens[$0].lower == "to" }),
              to > range.upperBound, to + 1 < view.tokens.count, view.tokens[to + 1].isWord,
              view.mentionAt[to + 1] == nil, view.tokens[to + 1].lower != "the" else { return false }
        // The object must be named between the verb and "to": "urged Japan to", not "urge to".
        guard (range.upperBound..<to).contains(where: { view.mentionAt[$0] != nil }) else { return false }
        let act = (to + 1)..<min(view.tokens.count, to + 9)
        return !act.contains { Self.peacefulMeans.contains(view.tokens[$0].lower) }
    }
}
