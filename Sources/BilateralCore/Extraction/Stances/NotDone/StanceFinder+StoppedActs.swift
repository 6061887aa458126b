/// A cooperative noun stopped by a verb of cessation (issue 15, class 5: not doing something as a stance).
///
/// | pattern | gives | silent |
/// |---|---|---|
/// | a verb that stops or cuts a cooperative noun | "Washington cut part of its aid to Addis Ababa" → USA → ETH, reject | "Washington cut its own spending" (no noun cue, no partner) |
extension StanceFinder {
    /// "cut part of its aid", "stopped cooperation": a cessation verb a few plain words before the noun takes it as
    /// object, as a support verb would ("gave aid"): the clause's subject holds the (negated) noun.
    func hasCessationVerb(before range: Range<Int>, in view: SentenceView) -> Bool {
        let from = max(0, range.lowerBound - 4)
        guard let verb = (from..<range.lowerBound).last(where: { lexicon.cessations.contains(lower: view.tokens[$0]) }) else {
            return false
        }
        // "cut off aid", "suspended aid": a verb that is a cue of its own carries the stance already.
        if isCueAt(verb, in: view) { return false }
        return (verb + 1..<range.lowerBound).allSatisfy { index in
            view.tokens[index].isWord && !Self.supportReachEnds.contains(lower: view.tokens[index])
                && view.mentionAt[index].map({ view.mentions[$0].isPossessive }) ?? true
        }
    }

    /// True when some cue of the lexicon matches the tokens from `index` on.
    private func isCueAt(_ index: Int, in view: SentenceView) -> Bool {
        guard let candidates = lexicon.byFirstWord[lower: view.tokens[index]] else { return false }
        return candidates.contains { cue in
            index + cue.words.count <= view.tokens.count
                && cue.words.indices.allSatisfy { view.tokens[index + $0].lower == cue.words[$0] }
        }
    }
}

extension StanceFinder {
    /// "called off a meeting of the British and French ministers", "put off its visit to Peru", "pushed back a round of
    /// talks": a phrasal verb of cancelling or delaying a few plain words before a cooperative noun stops it, like
    /// "cancelled" (the particle, not the head, says so: "called for talks", "kicked off talks" do not).
    func isCalledOff(_ range: Range<Int>, in view: SentenceView) -> Bool {
        guard range.lowerBound >= 2 else { return false }
        // "pushed back a round of free trade talks": up to seven words of the act's own phrase between.
        let from = max(1, range.lowerBound - 8)
        guard let particle = (from..<range.lowerBound).last(where: { Self.delayParticles.contains(lower: view.tokens[$0]) }),
              let heads = Self.delayHeads[view.tokens[particle].lower], heads.contains(lower: view.tokens[particle - 1]) else { return false }
        return (particle + 1..<range.lowerBound).allSatisfy { index in
            view.tokens[index].isWord && view.mentionAt[index].map({ view.mentions[$0].isPossessive || view.mentions[$0].source == .adjective }) ?? true
        }
    }

    /// "put off sending": the particle of a delaying verb, not a preposition whose object is the gerund's doer.
    func isDelayParticle(_ index: Int, in view: SentenceView) -> Bool {
        guard index >= 1, let heads = Self.delayHeads[view.tokens[index].lower] else { return false }
        return heads.contains(lower: view.tokens[index - 1])
    }

    static let delayParticles: WordSet = ["off", "back"]
    static let delayHeads: [String: WordSet] = [
        "off": ["call", "calls", "called", "calling", "put", "puts", "putting"],
        "back": ["push", "pushes", "pushed", "pushing", "put", "puts", "putting"],
    ]
}

extension StanceFinder {
    /// The pairs of a stopped joint act, turned to run from the clause's subject when it is one of the parties.
    func stoppedBy(_ pairs: [(Int, Int)], before range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        let (before, _) = view.clauseMentions(around: range)
        guard let subject = subject(in: before, view: view) else { return pairs }
        let doer = principal(view.mentions[subject].actor)
        // "Paris called off a meeting of the British and French ministers": Paris toward "French" is no pair.
        let held = pairs.filter { principal(view.mentions[$0.0].actor) == doer && principal(view.mentions[$0.1].actor) != doer }
        if !held.isEmpty { return held }
        let turned = pairs.filter { principal(view.mentions[$0.1].actor) == doer }.map { ($0.1, $0.0) }
        return turned.isEmpty ? pairs : turned
    }
}
