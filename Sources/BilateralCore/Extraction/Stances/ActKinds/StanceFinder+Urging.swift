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
        // Encouraged to resist a third party ("urged Vietnam and others to push back"): backing, not pressure.
        "push", "resist", "defend",
    ]

    /// Words of an urged de-escalation: a mediator's plea when both parties are urged ("urged both sides to exercise
    /// restraint"), pressure when one is ("called on Seoul to show restraint", "urged Turkey to refrain from …").
    static let deEscalation: Set<String> = ["restraint", "avoid", "de-escalate", "deescalate", "ceasefire", "truce", "calm"]

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
        if act.contains(where: { Self.peacefulMeans.contains(view.tokens[$0].lower) }) { return false }
        var urged: Set<String> = []
        for index in range.upperBound..<to { if let mention = view.mentionAt[index] { urged.insert(principal(view.mentions[mention].actor)) } }
        for mention in view.mentions where mention.isPronoun && (range.upperBound..<to).contains(mention.tokens.lowerBound) {
            urged.insert(principal(mention.actor))
        }
        return !(urged.count > 1 && act.contains { Self.deEscalation.contains(view.tokens[$0].lower) })
    }
}
