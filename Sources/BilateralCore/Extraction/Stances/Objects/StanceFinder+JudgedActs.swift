/// "Mexico called the expulsion unfounded": a judging predicate said of an act named only by its noun is aimed at
/// whoever did that act, as a reaction is (issue 15, recall class 3). The doer is found among the acts just stated,
/// like "condemned the strikes"; a doer named beside the act ("the expulsion by Peru") is the ordinary rules' to read.
///
/// | pattern | gives | silent |
/// |---|---|---|
/// | "Peru expelled the Mexican envoy. Mexico called the expulsion unfounded." | MEX → PER − | |
/// | "Oslo described the detentions as arbitrary" after "Minsk detained two Norwegians" | NOR → BLR − | |
/// | "Seoul called the release a welcome step" after "Tokyo released the sailors" | KOR → JPN + | |
/// | "Mexico called the weather unfounded" | | no act noun |
/// | "Mexico did not call the expulsion unfounded" | | negated |
extension StanceFinder {
    /// Judgements of named acts in the sentence: speaker, the judged act's root, and the judgement's polarity.
    func judgedNamedActs(in view: SentenceView, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)]) -> [NamedActReaction] {
        var found: [NamedActReaction] = []
        for number in cues.indices.dropLast() {
            let act = cues[number], judgement = cues[number + 1]
            guard act.cue.role == .noun, Self.reactedActRoots.contains(act.cue.root), judgement.cue.role == .predicate else { continue }
            // "the expulsion unfounded", "the detentions as arbitrary", "the release a welcome step".
            let between = act.tokens.upperBound..<judgement.tokens.lowerBound
            guard between.count <= 2, between.allSatisfy({ Self.judgementLinks.contains(lower: view.tokens[$0]) }) else { continue }
            // "called the expulsion": a labelling verb, a determiner and at most one plain word before the act.
            guard act.tokens.lowerBound >= 2 else { continue }
            var index = act.tokens.lowerBound - 1
            if !Self.actDeterminers.contains(lower: view.tokens[index]), view.tokens[index].isWord, view.mentionAt[index] == nil { index -= 1 }
            guard index >= 1, Self.actDeterminers.contains(lower: view.tokens[index]),
                  Self.judgingVerbs.contains(lower: view.tokens[index - 1]) else { continue }
            let verb = index - 1..<index
            // "the expulsion by Peru", "Peru's expulsion": a doer beside the act is read by the ordinary rules.
            if (index..<act.tokens.lowerBound).contains(where: { view.mentionAt[$0] != nil }) { continue }
            let (before, _) = view.clauseMentions(around: verb)
            guard let subject = subject(in: before, view: view) else { continue }
            // "did not call …", "might call …": no judgement made.
            let from = max(view.clauseStart(of: verb.lowerBound), verb.lowerBound - 4)
            if (from..<verb.lowerBound).contains(where: {
                lexicon.negators.contains(lower: view.tokens[$0]) || view.tokens[$0].lower.endsWithASCII("n't")
            }) || isUnrealised(judgement.cue, at: verb, in: view) { continue }
            found.append(NamedActReaction(holders: view.coordinated(with: subject), actRoot: act.cue.root, score: judgement.cue.score,
                                          category: judgement.cue.category,
                                          cue: judgement.tokens.map { view.tokens[$0].text }.joined(separator: " ")))
        }
        return found
    }

    /// Verbs that attach a judgement to their object ("called it unfounded", "described it as arbitrary").
    static let judgingVerbs: WordSet = [
        "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "term", "terms", "termed",
        "brand", "brands", "branded", "label", "labels", "labelled", "labeled", "deem", "deems", "deemed", "consider", "considers",
        "considered",
    ]
    /// Words that may stand between the judged act and the judgement.
    static let judgementLinks: WordSet = ["as", "a", "an", "both", "entirely", "totally", "wholly", "completely", "utterly", "deeply"]
}
