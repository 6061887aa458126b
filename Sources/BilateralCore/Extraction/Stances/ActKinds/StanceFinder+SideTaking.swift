/// "took Athens's side", "stood at Kyiv's side": the noun "side" owned by an actor is support for that actor, held
/// by whoever takes or stands at it; any other "side" ("the Russian side said") is no cue.
extension StanceFinder {
    static let sideWord = HashedWord("side")
    static let takeForms: WordSet = ["take", "takes", "took", "taken", "taking"]
    static let standForms: WordSet = ["stand", "stands", "stood", "standing", "remain", "remains", "remained", "is", "are", "was", "were"]
    static let sidePrepositions: WordSet = ["at", "by", "on"]

    func isSideNoun(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        cue.role == .noun && range.count == 1 && Self.sideWord.matches(view.tokens[range.lowerBound])
    }

    func sideTakingRoles(_ range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        var index = range.lowerBound - 1
        if index >= 0, view.tokens[index].kind == .possessive { index -= 1 }
        guard index >= 1, let owner = view.mentionAt[index], view.mentions[owner].tokens.upperBound == index + 1 else { return [] }
        var before = view.mentions[owner].tokens.lowerBound - 1
        if before >= 0, Self.articles.contains(lower: view.tokens[before]) { before -= 1 }
        guard before >= 0 else { return [] }
        let verb = view.tokens[before]
        let takes = Self.takeForms.contains(lower: verb)
        let stands = Self.sidePrepositions.contains(lower: verb) && before >= 1
            && (max(0, before - 2)..<before).contains { Self.standForms.contains(lower: view.tokens[$0]) }
        guard takes || stands else { return [] }
        let clause = view.clauseOf[before]
        let earlier = view.mentions.indices.filter {
            view.mentions[$0].tokens.upperBound <= before && view.clauseOf[view.mentions[$0].tokens.lowerBound] == clause
        }
        guard let holder = subject(in: earlier, view: view) ?? reportingSpeaker(before: before, in: view) else { return [] }
        let targets = view.coordinated(with: owner).filter { principal(view.mentions[$0].actor) != principal(view.mentions[holder].actor) }
        return product(view.coordinated(with: holder), targets)
    }
}
