/// "threatened to veto the sanctions package against Russia": whoever opposes a hostile measure is not hostile
/// to the measure's target, and a threat to do something takes the stance of what it threatens.
extension StanceFinder {
    /// Verbs that stand against what they take as object.
    static let opposingLemmas: WordSet = [
        "veto", "oppose", "reject", "resist", "object to", "criticise", "criticize", "condemn", "denounce", "dismiss",
        "block", "obstruct", "delay", "stall", "water down",
    ]

    /// The hostile noun cue an opposing verb takes as object: within a short plain phrase after it.
    func opposedMeasure(after range: Range<Int>, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)], from number: Int,
                        in view: SentenceView) -> Range<Int>? {
        // "the arms embargo": a modifier may be a cue of its own, so look one cue further.
        guard let next = cues[(number + 1)...].prefix(2).first(where: { $0.cue.role == .noun && $0.cue.score < 0 }) else { return nil }
        guard next.tokens.lowerBound >= range.upperBound,
              next.tokens.lowerBound - range.upperBound <= 3,
              // "condemned what it termed provocation": a clause in between makes the noun a label, not an object.
              (range.upperBound..<next.tokens.lowerBound).allSatisfy({
                  view.tokens[$0].isWord && view.mentionAt[$0] == nil && !Self.clauseOpeners.contains(view.tokens[$0].lower)
              })
        else { return nil }
        return next.tokens
    }

    /// True for the noun cue at `number` when an opposing verb cue takes it as object ("opposed new sanctions")
    /// and no owner stands between the verb and the noun ("opposed Poland's sanctions" stays Poland's).
    func isOpposedMeasure(_ number: Int, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)], in view: SentenceView) -> Bool {
        guard number > 0, cues[number].cue.role == .noun, cues[number].cue.score < 0 else { return false }
        guard let verbNumber = (max(0, number - 2)..<number).last(where: {
            cues[$0].cue.role == .verb && Self.opposingLemmas.contains(cues[$0].cue.lemma)
        }) else { return false }
        let verb = cues[verbNumber]
        guard opposedMeasure(after: verb.tokens, cues: cues, from: verbNumber, in: view) == cues[number].tokens else { return false }
        return owner(of: cues[number].tokens, in: view).map { view.mentions[$0].tokens.lowerBound < verb.tokens.lowerBound } ?? true
    }

    static let clauseOpeners: Set<String> = ["what", "it", "that", "which", "who", "they", "to", "and", "or", "but"]

    /// Prepositions that aim a measure at its target ("sanctions against Russia"); an agent behind "by" stays reachable.
    static let measureTargetPrepositions: Set<String> = ["against", "on", "toward", "towards", "at", "targeting", "upon"]

    /// "threatened to veto …": a threat whose infinitive is another hostile verb cue defers to that cue.
    func threatensAnotherAct(_ cue: CueLexicon.Cue, at range: Range<Int>, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)],
                             from number: Int, in view: SentenceView) -> Bool {
        guard cue.role == .verb, cue.lemma == "threaten", number + 1 < cues.count, range.upperBound + 1 < view.tokens.count,
              view.tokens[range.upperBound].lower == "to" else { return false }
        let next = cues[number + 1]
        return next.cue.role == .verb && next.cue.score < 0 && next.tokens.lowerBound == range.upperBound + 1
    }

    /// "were professionals supported by": the word before the participle is a plain plural noun, not a be-form,
    /// adverb or auxiliary.
    func describesPlainNoun(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let index = range.lowerBound - 1
        guard index >= 1, view.mentionAt[index] == nil else { return false }
        let word = view.tokens[index]
        return word.isWord && !word.isCapitalised && word.lower.endsWithASCII("s") && !SentenceView.beForms.contains(lower: word)
            && !lexicon.auxiliaries.contains(word.lower) && !word.lower.endsWithASCII("ly")
    }

    /// "urged Belgrade and Pristina to return to the talks": the act an appeal asks for (a verb, or a noun a
    /// few words into the infinitive) is the addressee's possible act, nobody's stance yet.
    func isAppealedAct(_ range: Range<Int>, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)], from number: Int, in view: SentenceView) -> Bool {
        guard number > 0 else { return false }
        // An addressee right before a "to" a few words back is rare: checked first, before the previous cue is read.
        let appealEnd = cues[number - 1].tokens.upperBound
        guard range.lowerBound > appealEnd + 1, range.lowerBound - appealEnd <= 10,
              (max(appealEnd + 1, range.lowerBound - 4)..<range.lowerBound).contains(where: { to in
                  view.mentionAt[to - 1] != nil && view.tokens[to].length == 2 && view.tokens[to].lower == "to"
              }) else { return false }
        return cues[number - 1].cue.role == .verb && cues[number - 1].cue.root == 2
    }
}
