/// Acts nested in the complement of an act that did not happen (issue 15, class 3).
///
/// | pattern | silent | still a stance |
/// |---|---|---|
/// | an act inside the object of a wished or possible verb | "Warsaw would have objected to Kyiv opening an inquiry into Minsk" | "Kyiv opened an inquiry into Minsk" |
extension StanceFinder {
    /// True when a verb right after an unrealised marker ("would have", "able to") stands a few words before the
    /// cue in the same stretch of its clause: the cue is part of what that verb would have been about.
    func isInsideUnrealisedComplement(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        let clauseStart = view.clauseStart(of: range.lowerBound)
        var index = range.lowerBound - 1
        // The verb itself stands at least one word before the cue, past the nested act's own subject.
        while index > clauseStart, range.lowerBound - index <= 8 {
            let token = tokens[index]
            // "would have objected, and Kyiv opened …": a new clause ends the reach.
            if Self.nestedReachEnds.contains(lower: token) { return false }
            if index < range.lowerBound - 1, token.isWord, !token.isCapitalised, view.mentionAt[index] == nil,
               endsWithUnrealisedMarker(before: index, in: view) {
                return true
            }
            index -= 1
        }
        return false
    }

    /// A marker phrase ("would have", "able to") ending right before `start`.
    private func endsWithUnrealisedMarker(before start: Int, in view: SentenceView) -> Bool {
        guard start > 0, lexicon.unrealisedMarkerEnds.contains(lower: view.tokens[start - 1]) else { return false }
        for marker in lexicon.unrealisedMarkers where marker.count <= start {
            if zip(marker, view.tokens[(start - marker.count)..<start]).allSatisfy({ $0 == $1.lower }) { return true }
        }
        return false
    }

    static let nestedReachEnds: WordSet = [",", ";", "and", "but", "while", "whereas", "."]
}

extension StanceFinder {
    /// An actor right after the verb, past an article: "received him", "hosted the Japanese premier".
    func hasActorObject(after range: Range<Int>, in view: SentenceView) -> Bool {
        var index = range.upperBound
        if index < view.tokens.count, Self.articles.contains(lower: view.tokens[index]) { index += 1 }
        guard index < view.tokens.count, let mention = view.mentionAt[index] else { return false }
        let found = view.mentions[mention]
        // "received him": a pronoun's referent is too uncertain to carry a stance on this verb alone.
        guard !found.isPronoun else { return false }
        return found.source != .adjective || standsForState(found, view: view)
    }
}
