/// "Bolivia demanded a public apology from Chile": what a demand asks for has not been given, so the cooperative noun
/// it names (an apology, talks, compensation) is no stance of the one asked; the demand itself is the stance
/// (issue 15, recall class 2).
///
/// | pattern | gives | silent |
/// |---|---|---|
/// | "Bolivia demanded a public apology from Chile" | BOL → CHL demand | CHL → BOL apology |
/// | "Chile apologised to Bolivia" | CHL → BOL + | |
extension StanceFinder {
    /// True when the cooperative noun at `range` is the object of the demand verb just before it.
    func isDemandedThing(_ cue: CueLexicon.Cue, at range: Range<Int>, cues: [(cue: CueLexicon.Cue, tokens: Range<Int>)],
                         from number: Int, in view: SentenceView) -> Bool {
        guard cue.role == .noun, cue.score > 0, number > 0 else { return false }
        let demand = cues[number - 1]
        guard demand.cue.role == .verb, demand.cue.root == 10 else { return false }
        // "demanded a full and public apology": a determiner and a few plain words between.
        let gap = demand.tokens.upperBound..<range.lowerBound
        return gap.count <= 4 && gap.allSatisfy { view.tokens[$0].isWord && view.mentionAt[$0] == nil }
    }
}
