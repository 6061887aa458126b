/// Evaluative speech (issue 15, recall class 3): a speaker calling another's act "a stab in the back", "a betrayal",
/// "a courageous step". The words are predicates in cues.json; these rules say whose act is judged when the act is
/// named by a noun rather than by its doer.
///
/// | pattern | gives | silent or kept |
/// |---|---|---|
/// | "calls the deal an act of stupidity by A and B" | speaker → A, B | |
/// | "a betrayal of the Palestinians" | not the Palestinians → anyone (they are wronged, not judging) | |
/// | "knew Britain's permanent opportunism" with no speaker | | Britain holds nothing: it is the one judged |
extension StanceFinder {
    /// True when the predicate ends in a noun that judges an act rather than naming a role ("adversary of").
    func isEvaluation(_ range: Range<Int>, in view: SentenceView) -> Bool {
        Self.evaluationHeads.contains(lower: view.tokens[range.upperBound - 1])
    }

    /// "an act of strategic stupidity by Abu Dhabi and Tel Aviv": the doers named after "by" right after the judgement.
    func evaluatedActDoers(_ range: Range<Int>, in view: SentenceView) -> [Int]? {
        guard isEvaluation(range, in: view) else { return nil }
        let end = min(view.tokens.count, range.upperBound + 4)
        guard let first = (range.upperBound..<end).lazy.compactMap({ view.mentionAt[$0] }).first,
              view.preposition(before: first) == "by" else { return nil }
        return view.coordinated(with: first)
    }

    /// "Britain's permanent opportunism": the owner of a judgement is the one judged, never its holder.
    func isOwnedEvaluation(_ range: Range<Int>, in view: SentenceView) -> Bool {
        guard isEvaluation(range, in: view) else { return false }
        var index = range.lowerBound - 1
        while index >= 0, range.lowerBound - index <= 3 {
            if let mention = view.mentionAt[index] { return view.mentions[mention].isPossessive }
            guard view.tokens[index].kind == .possessive || view.tokens[index].isWord && !view.tokens[index].isCapitalised else { return false }
            index -= 1
        }
        return false
    }

    /// Last words of the judging predicates in cues.json ("stab in the back", "pack of lies", "courageous step").
    static let evaluationHeads: WordSet = [
        "back", "betrayal", "stupidity", "opportunism", "lie", "lies", "low", "folly", "hypocrisy", "insult", "disgrace",
        "blunder", "mistake", "treachery", "blackmail", "piracy", "farce", "sham", "step", "direction", "milestone",
        "breakthrough", "gesture", "news", "decision",
    ]
}
