/// "Slovakia expels three Russian diplomats in solidarity with Prague", "froze the loans in support of Kyiv": a
/// phrase of support that says in what spirit the clause's act was done is held by the clause's subject toward
/// whom it names, beside the act itself (issue 15, recall: noun acts whose doer is elsewhere in the clause).
///
/// | pattern | gives | silent |
/// |---|---|---|
/// | "Slovakia expelled two Russian diplomats in solidarity with Prague" | SVK → RUS −, SVK → CZE + | |
/// | "Turkey closed the border in a show of support for Baku" | TUR → AZE + | |
/// | "Protesters marched in solidarity with Kyiv" | | no actor holds it |
/// | "Support for Kyiv grew in Poland" | | no "in" before the noun |
extension StanceFinder {
    /// The clause subject holding a manner phrase of support at `range`, nil when the noun is not one.
    func mannerOfSupportHolder(_ cue: CueLexicon.Cue, at range: Range<Int>, before: [Int], in view: SentenceView) -> Int? {
        guard cue.score > 0, cue.role == .noun, range.count == 1, Self.supportMannerNouns.contains(lower: view.tokens[range.lowerBound]),
              let opening = mannerOpening(before: range.lowerBound, in: view) else { return nil }
        // The subject acts first: a verb of its own stands between it and the phrase ("Slovakia expels …").
        guard let subject = subject(in: before.filter { view.mentions[$0].tokens.upperBound < opening }, view: view),
              (view.mentions[subject].tokens.upperBound..<opening).contains(where: {
                  view.tokens[$0].isWord && view.mentionAt[$0] == nil && !view.tokens[$0].isCapitalised
              }) else { return nil }
        return subject
    }

    /// The index of "in" that opens "in solidarity", "in support", "in a show of support"; nil otherwise.
    private func mannerOpening(before index: Int, in view: SentenceView) -> Int? {
        let tokens = view.tokens
        if index >= 1, tokens[index - 1].lower == "in" { return index - 1 }
        // "in a show of support", "in a gesture of solidarity".
        if index >= 4, tokens[index - 1].lower == "of", Self.mannerShowNouns.contains(lower: tokens[index - 2]),
           Self.articles.contains(lower: tokens[index - 3]), tokens[index - 4].lower == "in" { return index - 4 }
        return nil
    }

    static let supportMannerNouns: WordSet = ["solidarity", "support", "backing"]
    static let mannerShowNouns: WordSet = ["show", "gesture", "sign", "display", "token"]
}
