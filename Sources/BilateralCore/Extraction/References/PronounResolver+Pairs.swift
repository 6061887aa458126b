/// Remembers which two states an article joins with "and", so that a qualified pair ("the two Nordic
/// states") means them rather than whichever two states happened to be named last.
extension PronounResolver {
    /// The last pair of two distinct states (or organisations) a sentence joins with "and", as states.
    ///
    /// A pair is a coordinated group (see `group(endingWith:in:tokens:)`) of exactly two: its second member is
    /// joined to the one before and that one to nothing. Each join is judged once, from the end, rather than
    /// rebuilding every group, which ran for every sentence.
    func joinedPair(in mentions: [ActorMention], tokens: [Token]) -> [ActorMention]? {
        // Indices into `mentions` rather than a filtered copy: most sentences name fewer than two states.
        func named(before end: Int) -> Int? {
            mentions[..<end].lastIndex { !$0.isPronoun && $0.kind != .person }
        }
        guard var position = named(before: mentions.count), var previous = named(before: position) else { return nil }
        // Whether the member at `position` is joined to the one before it; carried down from the end.
        var joinedToPrevious = Self.joins(mentions[previous], mentions[position], tokens: tokens)
        // "Pakistan, Nepal and Sri Lanka": a member joined on to the one after it belongs to a longer list, no pair.
        var joinedToNext = false
        while true {
            let before = named(before: previous)
            let previousJoined = before.map { Self.joins(mentions[$0], mentions[previous], tokens: tokens) } ?? false
            if joinedToPrevious, !previousJoined, !joinedToNext, mentions[previous].principalNumber != mentions[position].principalNumber,
               // A mention repeated later was judged at its last place, where the group search finds it.
               !mentions[(position + 1)...].contains(where: { !$0.isPronoun && $0.kind != .person && $0 == mentions[position] }) {
                return [mentions[previous], mentions[position]].map { member in
                    var standing = member
                    standing.actorNumber = member.principalNumber
                    standing.kind = .state
                    return standing
                }
            }
            guard let before else { return nil }
            (position, previous, joinedToPrevious, joinedToNext) = (previous, before, previousJoined, joinedToPrevious)
        }
    }

    /// True when only joiners (one of them "and", "&" or a comma) and possessive endings separate `next` from
    /// `previous`: "India and China", "Seoul, Tokyo".
    static func joins(_ previous: ActorMention, _ next: ActorMention, tokens: [Token]) -> Bool {
        guard previous.tokens.upperBound <= next.tokens.lowerBound else { return false }
        let gap = previous.tokens.upperBound..<next.tokens.lowerBound
        return !gap.isEmpty && gap.allSatisfy({ joiners.contains(lower: tokens[$0]) || tokens[$0].kind == .possessive })
            && gap.contains(where: { tokens[$0].lower == "and" || tokens[$0].lower == "," || tokens[$0].lower == "&" })
    }
}
