/// "Israeli jets struck Damascus. Syria condemned the strikes.": a reaction to an act named only by its noun is aimed
/// at whoever did that act, which an earlier sentence states (issue 15, recall class 6). This file finds the reaction
/// and the kind of act it names; `ArticleExtraction` finds the doer among the acts just stated.
extension StanceFinder {
    struct NamedActReaction {
        /// Mentions that react.
        var holders: [Int]
        /// The CAMEO root of the act reacted to ("strikes": 18).
        var actRoot: Int
        var score: Double
        var category: String
        var cue: String
        /// "responded in kind": the answer is the same kind of act, so it takes the answered act's category and score.
        var mirrorsAct = false
    }

    /// Reactions in the sentence whose object is a cue noun for an act with no doer named beside it.
    func reactionsToNamedActs(in view: SentenceView, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)]) -> [NamedActReaction] {
        var found: [NamedActReaction] = []
        for number in cues.indices.dropLast() {
            let reaction = cues[number]
            guard reaction.cue.role == .verb, Self.reactionRoots.contains(reaction.cue.root), reaction.cue.words.count == 1 else { continue }
            let act = cues[number + 1]
            // "condemned the strikes", "welcomed this week's release": a determiner and at most two plain words between.
            // "protested against the detentions", "complained about these raids": a preposition may open the object.
            var gap = reaction.tokens.upperBound..<act.tokens.lowerBound
            if gap.count >= 2, Self.reactionPrepositions.contains(lower: view.tokens[gap.lowerBound]) { gap = gap.dropFirst() }
            guard Self.reactedActRoots.contains(act.cue.root), !gap.isEmpty, gap.count <= 3,
                  Self.actDeterminers.contains(lower: view.tokens[gap.lowerBound]),
                  gap.allSatisfy({ view.mentionAt[$0] == nil && (view.tokens[$0].isWord || view.tokens[$0].kind == .possessive) }) else { continue }
            // "the strikes by Israel", "the raid on Iran's embassy": a doer or party named beside the act answers it.
            let after = act.tokens.upperBound..<min(view.tokens.count, act.tokens.upperBound + 4)
            guard !after.contains(where: { view.mentionAt[$0] != nil }), act.tokens.upperBound >= view.tokens.count
                    || view.tokens[act.tokens.upperBound].kind != .possessive && view.tokens[act.tokens.upperBound].lower != "by" else { continue }
            let (before, _) = view.clauseMentions(around: reaction.tokens)
            guard let subject = subject(in: before, view: view) else { continue }
            guard polarity(ofReaction: reaction.cue, at: reaction.tokens, in: view) else { continue }
            found.append(NamedActReaction(holders: view.coordinated(with: subject), actRoot: act.cue.root, score: reaction.cue.score,
                                          category: reaction.cue.category,
                                          cue: reaction.tokens.map { view.tokens[$0].text }.joined(separator: " ")))
        }
        return found
    }

    /// "Pakistani aircraft struck back across the Line of Control": a retaliation with no target named answers
    /// whoever last acted against its holder (`actRoot` 0 stands for any hostile act aimed at the holder).
    func retaliationsWithoutTarget(in view: SentenceView, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)]) -> [NamedActReaction] {
        var found: [NamedActReaction] = []
        for cue in cues where Self.retaliations.contains(cue.cue.lemma) {
            let (before, after) = view.clauseMentions(around: cue.tokens)
            // "retaliated against Delhi": a target named in the clause is the ordinary rules' to read.
            // "Chile raised tariffs, and Peru responded in kind": the answering clause's own subject.
            guard after.isEmpty, let subject = joinedClauseSubject(cue.tokens, before: before, in: view) ?? subject(in: before, view: view),
                  polarity(ofReaction: cue.cue, at: cue.tokens, in: view) else { continue }
            found.append(NamedActReaction(holders: view.coordinated(with: subject), actRoot: 0, score: cue.cue.score,
                                          category: cue.cue.category, cue: cue.tokens.map { view.tokens[$0].text }.joined(separator: " "),
                                          mirrorsAct: Self.inKindAnswers.contains(cue.cue.lemma)))
        }
        return found
    }

    static let retaliations: Set<String> = [
        "retaliate", "strike back", "struck back", "hit back", "fire back",
        "respond in kind", "reply in kind", "answer in kind", "retaliate in kind",
    ]
    /// Answers that repeat the act they answer ("Brussels responded in kind").
    static let inKindAnswers: Set<String> = ["respond in kind", "reply in kind", "answer in kind", "retaliate in kind"]
    /// Prepositions that may open a reaction's object ("protested against the raid").
    static let reactionPrepositions: WordSet = ["against", "over", "about", "at", "to"]

    /// No negation, condition or possibility before the reaction ("did not condemn", "might welcome").
    private func polarity(ofReaction cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        let from = max(view.clauseStart(of: range.lowerBound), range.lowerBound - 4)
        if (from..<range.lowerBound).contains(where: {
            lexicon.negators.contains(lower: view.tokens[$0]) || view.tokens[$0].lower.endsWithASCII("n't")
        }) { return false }
        return !isUnrealised(cue, at: range, in: view)
    }

    /// Disapprove, diplomatic cooperation (welcome, praise), reject, protest.
    static let reactionRoots: Set<Int> = [5, 11, 12, 14]
    /// Acts done, not said: a claim ("rejected the accusation") is answered by the claim rules of the pronoun resolver.
    static let reactedActRoots: Set<Int> = [6, 7, 8, 15, 16, 17, 18, 19, 20]
    static let actDeterminers: WordSet = ["the", "this", "these", "that", "those", "last", "such"]
}
