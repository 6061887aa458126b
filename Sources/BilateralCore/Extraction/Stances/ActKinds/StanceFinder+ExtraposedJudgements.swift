/// "The United States said it was unacceptable that Iraqi forces had not stopped the crowd": a judging predicate
/// after an empty "it" and a be-form, followed by "that", judges the clause after "that", so the clause's first
/// actor is its target, not the "it" (issue 15, recall: what a speaker says another is).
///
/// | pattern | gives | silent |
/// |---|---|---|
/// | "Washington said it was unacceptable that Iraq had not acted" | USA → IRQ − | |
/// | "Tokyo said it was deeply regrettable that Seoul had left" | JPN → KOR − | |
/// | "Washington said it was unacceptable that protesters had stormed the embassy" | | no actor in the clause |
/// | "Washington said Iraq's answer was unacceptable" | (the ordinary rule) | |
extension StanceFinder {
    /// The first actors of the "that" clause when the predicate at `range` is extraposed, nil when it is not.
    func extraposedJudgementSubjects(_ range: Range<Int>, speaker: Int, in view: SentenceView) -> [Int]? {
        let tokens = view.tokens
        guard range.upperBound < tokens.count, tokens[range.upperBound].lower == "that", range.lowerBound >= 2 else { return nil }
        // "it was", "it is deeply", "it would be", "it was not": "it", then only be-forms, auxiliaries, "not" and adverbs.
        guard let it = (max(0, range.lowerBound - 4)..<range.lowerBound - 1).last(where: { tokens[$0].lower == "it" }) else { return nil }
        let link = (it + 1)..<range.lowerBound
        guard link.contains(where: { SentenceView.beForms.contains(lower: tokens[$0]) }),
              link.allSatisfy({
                  SentenceView.beForms.contains(lower: tokens[$0]) || lexicon.auxiliaries.contains(lower: tokens[$0])
                      || tokens[$0].lower == "not" || tokens[$0].isWord && tokens[$0].lower.endsWithASCII("ly")
              }) else { return nil }
        let subjects = complementSubject(after: range, holder: speaker, in: view)
        return subjects.isEmpty ? nil : subjects
    }
}
