/// Objects described by a relative clause: leaving what a state built ("the forum that Beijing had built"),
/// reacting to what a state did ("the drills that Russia staged"), and a measure the clause imposes
/// ("the ban that China imposed"), whose target is the measure's own.
extension StanceFinder {
    /// Participles of making or leading something, after which the maker owns what was left.
    static let makingVerbs: WordSet = [
        "built", "set", "led", "created", "founded", "launched", "run", "sponsored", "championed", "leads", "runs", "heads", "chairs", "hosts",
    ]

    /// "pulled out of the forum that Beijing had built": leaving an arrangement reduces relations with whoever
    /// built or leads it, named as the subject of a relative clause right after the object.
    func objectMakerTargets(_ cue: CueLexicon.Cue, at range: Range<Int>, holder: Int, in view: SentenceView) -> [Int] {
        guard cue.root == 16, cue.score < 0 else { return [] }
        let end = min(view.tokens.count - 2, range.upperBound + 7)
        guard let relative = (range.upperBound..<max(range.upperBound, end)).first(where: {
            ["that", "which"].contains(view.tokens[$0].lower)
        }), (range.upperBound..<relative).allSatisfy({ view.tokens[$0].kind != .punctuation || view.tokens[$0].text == "+" }),
              let maker = view.mentionAt[relative + 1] else { return [] }
        var verb = view.mentions[maker].tokens.upperBound
        if verb < view.tokens.count, ["had", "has", "have"].contains(view.tokens[verb].lower) { verb += 1 }
        guard verb < view.tokens.count, Self.makingVerbs.contains(lower: view.tokens[verb]),
              principal(view.mentions[maker].actor) != principal(view.mentions[holder].actor) else { return [] }
        return view.coordinated(with: maker)
    }
}

extension StanceFinder {
    static let relativeWords: WordSet = ["that", "which"]

    /// CAMEO roots 15 to 20 (force, reduced relations, coercion, assault, fight, mass violence), read from the code's digits.
    static func isForceCategory(_ category: String) -> Bool {
        var digits = category.utf8.makeIterator()
        guard let tens = digits.next(), let units = digits.next() else { return false }
        return tens == UInt8(ascii: "1") && units >= UInt8(ascii: "5") || tens == UInt8(ascii: "2")
    }

    /// "the ban that China imposed": a forceful verb in a relative clause puts in place the measure it describes,
    /// so the measure's own target (if any) is the target, never the sentence's subject.
    func imposesItsHeadNoun(_ cue: CueLexicon.Cue, at range: Range<Int>, holder: Int, in view: SentenceView) -> Bool {
        // The relative pronoun is rare, so it is checked before the category's text.
        var index = view.mentions[holder].tokens.lowerBound - 1
        guard index >= 1, Self.relativeWords.contains(lower: view.tokens[index]), Self.isForceCategory(cue.category) else { return false }
        index -= 1
        return view.mentionAt[index] == nil && startsCue(view.tokens[index])
    }
}

extension StanceFinder {
    /// "protested against the drills that Russia staged": after a verb, the subject of a relative clause on the
    /// act noun it takes is the act's agent, and so the verb's target.
    func relativeAgentTargets(_ range: Range<Int>, holder: Int, in view: SentenceView) -> [Int] {
        let end = min(view.tokens.count - 2, range.upperBound + 6)
        guard let relative = (range.upperBound + 1..<max(range.upperBound + 1, end)).first(where: {
            Self.relativeWords.contains(lower: view.tokens[$0])
        }), view.mentionAt[relative - 1] == nil, view.tokens[relative - 1].isWord, !view.tokens[relative - 1].isCapitalised,
              (range.upperBound..<relative).allSatisfy({ view.tokens[$0].isWord && view.mentionAt[$0] == nil }),
              let agent = view.mentionAt[relative + 1] else { return [] }
        let after = view.mentions[agent].tokens.upperBound
        guard after < view.tokens.count, view.tokens[after].isWord, !view.tokens[after].isCapitalised,
              view.tokens[after].lower.endsWithASCII("ed") || Self.clauseVerbs.contains(lower: view.tokens[after]),
              principal(view.mentions[agent].actor) != principal(view.mentions[holder].actor) else { return [] }
        return view.coordinated(with: agent)
    }
}
