/// Reactions aimed at the cause a clause names, and measures a speaker announces in the passive.
extension StanceFinder {
    /// Words that open the clause a reaction answers: "protests as", "objected after", "complained when".
    static let causeConjunctions: Set<String> = ["as", "after", "when", "because"]

    /// "Tokyo protests as Russian premier lands on disputed island": a hostile reaction with no object of its
    /// own is aimed at the actor that opens the clause right after it.
    func causeClauseTargets(_ cue: CueLexicon.Cue, at range: Range<Int>, holder: Int, in view: SentenceView) -> [Int] {
        guard cue.score < 0 else { return [] }
        var index = range.upperBound
        while index < view.tokens.count, view.tokens[index].lower.endsWithASCII("ly") { index += 1 }
        guard index + 1 < view.tokens.count, Self.causeConjunctions.contains(view.tokens[index].lower) else { return [] }
        var start = index + 1
        while start < view.tokens.count, ["the", "a", "an"].contains(view.tokens[start].lower) { start += 1 }
        guard start < view.tokens.count, let first = view.mentionAt[start] else { return [] }
        return view.coordinated(with: first).filter { principal(view.mentions[$0].actor) != principal(view.mentions[holder].actor) }
    }

    /// Modals that make a passive an announcement: "would be expelled", "will be frozen".
    static let announcingModals: Set<String> = ["will", "would", "shall"]

    /// "May told Parliament that Russian diplomats would be expelled": a threat, protest, cut or coercive
    /// measure announced in the future passive, with no agent, is the reporting speaker's own.
    func announcedMeasureRoles(_ cue: CueLexicon.Cue, at range: Range<Int>, before: [Int], in view: SentenceView) -> [(Int, Int)] {
        guard cue.score < 0, [13, 14, 16, 17].contains(cue.root),
              range.lowerBound >= 2, view.tokens[range.lowerBound - 1].lower == "be",
              Self.announcingModals.contains(view.tokens[range.lowerBound - 2].lower),
              let patient = subject(in: before, view: view),
              let speaker = reportingSpeaker(before: view.mentions[patient].tokens.lowerBound, in: view) else { return [] }
        let speakers = withJoiners(speaker, in: view)
        let patients = view.coordinated(with: patient).filter { member in
            !speakers.contains { principal(view.mentions[$0].actor) == principal(view.mentions[member].actor) }
        }
        return product(speakers, patients)
    }
}
