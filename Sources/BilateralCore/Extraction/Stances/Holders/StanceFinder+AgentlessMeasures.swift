/// "Beijing hit back: tariffs were slapped on Australian barley": a measure imposed in the passive with no agent
/// belongs to the actor that opens the sentence in an earlier clause; with no such actor nobody holds it.
extension StanceFinder {
    /// Irregular participles a measure is put in place with.
    static let measureParticiples: Set<String> = ["put", "set", "laid", "levied", "imposed", "slapped", "placed", "extended"]

    func agentlessMeasureRoles(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        guard cue.role == .noun, cue.score < 0, cue.root == 16 || cue.root == 17 else { return [] }
        let after = passiveParticiple(after: range, in: view).flatMap { participle in
            view.mentions.indices.first(where: {
                let start = view.mentions[$0].tokens.lowerBound
                return start > participle && start - participle <= 4
                    // "on Pakistani cement": behind a measure's "on", a national adjective names the state whose goods are hit.
                    && ["on", "against"].contains(view.preposition(before: $0) ?? "")
                    && (view.mentions[$0].source == .adjective || isTargetCandidate($0, view: view))
            })
        }
        guard let target = after ?? measuredTargetBeforePassive(range, in: view) else { return [] }
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

    /// "tariffs on Turkish steel would be doubled": the measure's "on" or "against" names its target before the passive.
    private func measuredTargetBeforePassive(_ range: Range<Int>, in view: SentenceView) -> Int? {
        var index = range.upperBound
        guard index + 1 < view.tokens.count, StanceFinder.onOrAgainst.contains(lower: view.tokens[index]) else { return nil }
        index += 1
        while index < view.tokens.count, Self.articles.contains(lower: view.tokens[index]) { index += 1 }
        guard index < view.tokens.count, let target = view.mentionAt[index] else { return nil }
        let found = view.mentions[target]
        guard found.source == .adjective || isTargetCandidate(target, view: view) else { return nil }
        // A few plain words of the goods ("steel and aluminium"), then the passive with no other actor before it.
        var next = found.tokens.upperBound
        while next < view.tokens.count, next - found.tokens.upperBound <= 4, view.mentionAt[next] == nil,
              view.tokens[next].isWord, !SentenceView.beForms.contains(lower: view.tokens[next]),
              !lexicon.auxiliaries.contains(view.tokens[next].lower) { next += 1 }
        guard next < view.tokens.count, view.mentionAt[next] == nil,
              let participle = passiveParticiple(after: next..<next, in: view) else { return nil }
        return participle > next ? target : nil
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
                if view.tokens[next].lower == "been" || view.tokens[next].lower.endsWithASCII("ly"), next + 1 < view.tokens.count { next += 1 }
                let word = view.tokens[next].lower
                // "sanctions had been lifted on": a measure undone is no measure taken.
                if lexicon.reversals.contains(word) { return nil }
                return word.endsWithASCII("ed") || Self.measureParticiples.contains(word) ? next : nil
            }
            index += 1
        }
        return nil
    }
}
