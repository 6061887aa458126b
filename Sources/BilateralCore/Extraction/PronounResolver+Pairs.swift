/// Remembers which two states an article joins with "and", so that a qualified pair ("the two Nordic
/// states") means them rather than whichever two states happened to be named last.
extension PronounResolver {
    /// The last pair of two distinct states (or organisations) a sentence joins with "and", as states.
    ///
    /// A pair is a coordinated group (see `group(endingWith:in:tokens:)`) of exactly two: its second member is
    /// joined to the one before and that one to nothing. Each join is judged once, from the end, rather than
    /// rebuilding every group, which ran for every sentence.
    func joinedPair(in mentions: [ActorMention], tokens: [Token]) -> [ActorMention]? {
        // Most sentences name fewer than two states: no list to build for them.
        var count = 0
        for mention in mentions where !mention.isPronoun && mention.kind != .person { count += 1 }
        guard count >= 2 else { return nil }
        let named = mentions.filter { !$0.isPronoun && $0.kind != .person }
        // Whether member `position` is joined to the one before it; carried down from the end.
        var joinedToPrevious = Self.joins(named[named.count - 2], named[named.count - 1], tokens: tokens)
        for position in stride(from: named.count - 1, through: 1, by: -1) {
            let previousJoined = position >= 2 && Self.joins(named[position - 2], named[position - 1], tokens: tokens)
            defer { joinedToPrevious = previousJoined }
            guard joinedToPrevious, !previousJoined, named[position - 1].principal != named[position].principal,
                  // A mention repeated later was judged at its last place, where the group search finds it.
                  !named[(position + 1)...].contains(named[position]) else { continue }
            return [named[position - 1], named[position]].map { member in
                var standing = member
                standing.actor = member.principal
                standing.kind = .state
                return standing
            }
        }
        return nil
    }

    /// True when only joiners (one of them "and", "&" or a comma) and possessive endings separate `next` from
    /// `previous`: "India and China", "Seoul, Tokyo".
    static func joins(_ previous: ActorMention, _ next: ActorMention, tokens: [Token]) -> Bool {
        guard previous.tokens.upperBound <= next.tokens.lowerBound else { return false }
        let gap = previous.tokens.upperBound..<next.tokens.lowerBound
        return !gap.isEmpty && gap.allSatisfy({ joiners.contains(tokens[$0].lower) || tokens[$0].kind == .possessive })
            && gap.contains(where: { tokens[$0].lower == "and" || tokens[$0].lower == "," || tokens[$0].lower == "&" })
    }
}
