/// Remembers which two states an article joins with "and", so that a qualified pair ("the two Nordic
/// states") means them rather than whichever two states happened to be named last.
extension PronounResolver {
    /// The last pair of two distinct states (or organisations) a sentence joins with "and", as states.
    func joinedPair(in mentions: [ActorMention], tokens: [Token]) -> [ActorMention]? {
        let named = mentions.filter { !$0.isPronoun && $0.kind != .person }
        for last in named.reversed() {
            let members = group(endingWith: last, in: named, tokens: tokens)
            guard members.count == 2, members[0].principal != members[1].principal else { continue }
            return members.map { member in
                var standing = member
                standing.actor = member.principal
                standing.kind = .state
                return standing
            }
        }
        return nil
    }
}
