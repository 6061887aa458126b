/// Force on another state's ground: "bombed a camp inside Ecuador", "shelled villages deep inside Syria's Idlib
/// province", "flew drones into Lithuanian airspace". The state whose ground is entered is the act's target.
/// "in" alone ("operations in Syria") only says where something happened, and stays a place.
extension StanceFinder {
    /// The states entered by a forceful verb's object phrase, when the verb found no target of its own.
    func territoryTargets(_ cue: CueLexicon.Cue, at range: Range<Int>, holder: Int, in view: SentenceView) -> [Int] {
        guard cue.role == .verb, Self.territorialRoots.contains(cue.root) else { return [] }
        let own = principal(view.mentions[holder].actor)
        // The object phrase only: up to the next verb group, and never past a clause break.
        let limit = min(searchLimit(after: range, in: view), range.upperBound + 14, view.tokens.count)
        var index = range.upperBound
        while index < limit {
            if Self.territoryBreaks.contains(lower: view.tokens[index]) { return [] }
            if Self.enteringPrepositions.contains(lower: view.tokens[index]), let entered = enteredState(after: index, in: view) {
                return view.coordinated(with: entered).filter {
                    view.mentions[$0].kind == .state && principal(view.mentions[$0].actor) != own
                }
            }
            index += 1
        }
        return []
    }

    /// True for a state named as the ground a forceful act entered ("inside Ecuador"): a target, though a
    /// settlement noun before it ("a camp inside Ecuador") would otherwise make it only a place.
    func isEnteredTerritory(_ mention: Int, cue: CueLexicon.Cue, in view: SentenceView) -> Bool {
        guard cue.role == .verb, Self.territorialRoots.contains(cue.root) else { return false }
        var preposition = view.mentions[mention].tokens.lowerBound - 1
        if preposition >= 0, Self.articles.contains(lower: view.tokens[preposition]) { preposition -= 1 }
        return preposition >= 0 && Self.enteringPrepositions.contains(lower: view.tokens[preposition])
            && enteredState(after: preposition, in: view) == mention
    }

    /// The state right after an entering preposition: a name ("inside Ecuador", "inside Ecuador's province"), or a
    /// national adjective on a word for ground ("into Lithuanian airspace").
    private func enteredState(after preposition: Int, in view: SentenceView) -> Int? {
        var index = preposition + 1
        if index < view.tokens.count, Self.articles.contains(lower: view.tokens[index]) { index += 1 }
        guard index < view.tokens.count, let mention = view.mentionAt[index] else { return nil }
        let found = view.mentions[mention]
        guard found.tokens.lowerBound == index, found.kind == .state else { return nil }
        if found.source == .adjective {
            let end = found.tokens.upperBound
            guard end < view.tokens.count, Self.groundNouns.contains(lower: view.tokens[end]) else { return nil }
        }
        return mention
    }

    /// "trying to cross into Poland", "the minister crossed into Ecuador": crossing a border is a show of force only
    /// when armed people or machines do it ("Colombian troops crossed the border into Ecuador").
    func isUnarmedCrossing(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        guard cue.role == .verb, cue.lemma.hasPrefix("cross ") else { return false }
        let clauseStart = view.clauseStart(of: range.lowerBound)
        let from = max(clauseStart, range.lowerBound - 4)
        return !(from..<range.lowerBound).contains { Self.armedNouns.contains(lower: view.tokens[$0]) }
    }

    /// Who crosses a border armed: the subject nouns that make a crossing an incursion.
    static let armedNouns: WordSet = [
        "troops", "soldiers", "forces", "army", "tanks", "units", "battalions", "brigades", "divisions", "jets", "warplanes",
        "aircraft", "helicopters", "drones", "warships", "gunboats", "columns", "armour", "armor", "paratroopers", "marines",
    ]

    /// Show of force, assault, fighting.
    static let territorialRoots: Set<Int> = [15, 18, 19]
    static let enteringPrepositions: WordSet = ["inside", "into", "within"]
    static let groundNouns: WordSet = ["territory", "airspace", "waters", "soil", "ground"]
    static let territoryBreaks: WordSet = [";", ":", "but", "while", "after", "before", "when", "because", "as", "and"]
}
