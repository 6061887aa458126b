/// Troops sent to a frontier: "ordered ten battalions to the Colombian frontier", "sent 5,000 soldiers to the
/// Ukrainian border". A verb that only moves something ("send", "order", "move") is a show of force when what it
/// moves is armed and where it goes is a named state's border; it then reads as the lexicon's "deploy", so the
/// rules for a show of force (its holder, its aim, negation, conditionals) apply unchanged.
extension StanceFinder {
    /// `cues` with each troop movement to a state's border read as "deploy", replacing any cue on the same verb
    /// ("ordered" alone is a demand only with an infinitive).
    func withTroopMovements(_ cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)], in view: SentenceView)
        -> [(cue: CueLexicon.Cue, tokens: Range<Int>)] {
        let tokens = view.tokens
        guard Self.namesAFrontier(tokens),
              let deploy = lexicon.byFirstWord["deploy"]?.first(where: { $0.role == .verb && $0.words == ["deploy"] }) else { return cues }
        var result = cues
        for verb in tokens.indices where Self.movingVerbs.contains(lower: tokens[verb]) && view.mentionAt[verb] == nil {
            guard isMovedToAFrontier(verb, in: view) else { continue }
            var cue = deploy
            cue.words = [tokens[verb].lower]
            result.removeAll { $0.tokens.contains(verb) }
            let at = result.firstIndex { $0.tokens.lowerBound > verb } ?? result.count
            result.insert((cue, verb..<verb + 1), at: at)
        }
        return result
    }

    /// True when a word of the sentence is "border" or "frontier": most sentences name none, and one probe per
    /// word turns them away. A troop movement has no cue of its own, so the extractor asks this of a sentence
    /// with no cue before it gives up on it.
    static func namesAFrontier(_ tokens: [Token]) -> Bool {
        tokens.contains { frontierNouns.contains(lower: $0) }
    }

    /// "sent (ten) battalions to the Colombian frontier": an armed noun within a few plain words of the verb, then
    /// "to", "toward" or "along", and a state's border.
    private func isMovedToAFrontier(_ verb: Int, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        let end = min(tokens.count, verb + 6)
        guard let armed = (verb + 1..<end).first(where: { Self.armedNouns.contains(lower: tokens[$0]) }),
              (verb + 1..<armed).allSatisfy({ isPlainCountWord($0, in: view) }),
              armed + 1 < tokens.count, Self.frontierPrepositions.contains(lower: tokens[armed + 1]) else { return false }
        // "to the Colombian frontier", "towards Poland's border": a named state, then the border noun.
        var index = armed + 2
        var state = false
        while index < min(tokens.count, armed + 7) {
            if Self.frontierNouns.contains(lower: tokens[index]) { return state && !isSentToHelp(after: index, in: view) }
            if let mention = view.mentionAt[index] { state = state || view.mentions[mention].kind == .state }
            else if !(tokens[index].isWord || tokens[index].kind == .possessive) { return false }
            index += 1
        }
        return false
    }

    /// A word or a number before the armed noun, "5,000" written with its comma included.
    private func isPlainCountWord(_ index: Int, in view: SentenceView) -> Bool {
        let token = view.tokens[index]
        if view.mentionAt[index] != nil { return false }
        if token.isWord || token.kind == .number { return true }
        return token.text == "," && index > 0 && index + 1 < view.tokens.count
            && view.tokens[index - 1].kind == .number && view.tokens[index + 1].kind == .number && !view.tokens[index + 1].spaceBefore
    }

    /// "sent troops to the border to help flood victims": troops sent to give help show no force.
    private func isSentToHelp(after border: Int, in view: SentenceView) -> Bool {
        border + 2 < view.tokens.count && view.tokens[border + 1].lower == "to" && Self.helpVerbs.contains(lower: view.tokens[border + 2])
    }

    static let helpVerbs: WordSet = ["help", "assist", "aid", "rescue", "evacuate", "support"]

    static let movingVerbs: WordSet = [
        "send", "sends", "sent", "sending", "order", "orders", "ordered", "ordering", "move", "moves", "moved", "moving",
        "dispatch", "dispatches", "dispatched", "dispatching", "rush", "rushes", "rushed", "rushing",
    ]
    static let frontierPrepositions: WordSet = ["to", "toward", "towards", "along"]
    static let frontierNouns: WordSet = ["border", "frontier", "borders", "frontiers"]
}
