/// Month words that are also names ("May" the person): which reading a token takes.
extension TemporalTagger {
    /// Words before a month that make it a date ("in May", "since March").
    static let monthContext: WordSet = [
        "in", "since", "by", "until", "till", "from", "of", "early", "late", "mid", "last", "next", "this", "during",
        "before", "after", "through", "on", "throughout",
    ]

    /// Finite verbs common after a name, besides any "-ed" form: "since May took office", "May said".
    static let verbsAfterName: WordSet = [
        "said", "says", "told", "tells", "took", "takes", "has", "had", "was", "is", "will", "would", "won", "met", "gave",
        "made", "went", "came", "became", "wrote", "spoke", "sought", "left", "insisted", "warned", "argued",
    ]

    /// A month word followed by a finite verb is a person's name: "since May took office".
    static func namesAPerson(_ tokens: [Token], at index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.kind == .word, !next.isCapitalised else { return next.kind == .possessive }
        return verbsAfterName.contains(lower: next) || next.lower.endsWithASCII("ed")
    }

    /// A month word used as a month: before a number ("May 2018", "May 9"), or after a date word with no
    /// verb after it ("in May, the talks…").
    static func readsAsMonth(_ tokens: [Token], at index: Int) -> Bool {
        if index + 1 < tokens.count, tokens[index + 1].kind == .number { return true }
        guard index > 0, monthContext.contains(lower: tokens[index - 1]) else { return false }
        return !namesAPerson(tokens, at: index)
    }
}
