/// "Beijing hit back: tariffs were slapped on Australian barley": a measure imposed in the passive with no agent
/// belongs to the actor that opens the sentence in an earlier clause; with no such actor nobody holds it.
extension StanceFinder {
    /// Irregular participles a measure is put in place with.
    static let measureParticiples: Set<String> = ["put", "set", "laid", "levied", "imposed", "slapped", "placed", "extended"]

    func agentlessMeasureRoles(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        guard cue.role == .noun, cue.score < 0, cue.category.hasPrefix("16") || cue.category.hasPrefix("17"),
              let participle = passiveParticiple(after: range, in: view),
              let target = view.mentions.indices.first(where: {
                  let start = view.mentions[$0].tokens.lowerBound
                  return start > participle && start - participle <= 4
                      // "on Pakistani cement": behind a measure's "on", a national adjective names the state whose goods are hit.
                      && ["on", "against"].contains(view.preposition(before: $0) ?? "")
                      && (view.mentions[$0].source == .adjective || isTargetCandidate($0, view: view))
              }) else { return [] }
        // The agent stands outside the passive clause and is nobody's prepositional object.
        let clause = view.clauseOf[range.lowerBound]
        let candidates = view.mentions.indices.filter {
            view.mentions[$0].tokens.upperBound <= range.lowerBound && view.clauseOf[view.mentions[$0].tokens.lowerBound] != clause
                && !view.isPrepositionalObject($0) && view.mentions[$0].source != .adjective
        }
        guard let agent = candidates.first,
              principal(view.mentions[agent].actor) != principal(view.mentions[target].actor) else { return [] }
        return product(view.coordinated(with: agent), view.coordinated(with: target))
    }

    /// The participle of "were slapped", "would be imposed", "have been levied" after the measure noun and a
    /// short phrase ("of 80 per cent"), with no actor in between.
    private func passiveParticiple(after range: Range<Int>, in view: SentenceView) -> Int? {
        let limit = min(view.tokens.count - 1, range.upperBound + 7)
        var index = range.upperBound
        while index < limit {
            if view.mentionAt[index] != nil { return nil }
            if SentenceView.beForms.contains(lower: view.tokens[index]) {
                var next = index + 1
                if view.tokens[next].lower == "been" || view.tokens[next].lower.hasSuffix("ly"), next + 1 < view.tokens.count { next += 1 }
                let word = view.tokens[next].lower
                // "sanctions had been lifted on": a measure undone is no measure taken.
                if lexicon.reversals.contains(word) { return nil }
                return word.hasSuffix("ed") || Self.measureParticiples.contains(word) ? next : nil
            }
            index += 1
        }
        return nil
    }
}
