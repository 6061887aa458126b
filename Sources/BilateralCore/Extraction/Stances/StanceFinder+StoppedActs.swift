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
