/// Asking for another's goodwill: "Seoul sought Washington's support", "asked for Japan's cooperation".
extension StanceFinder {
    /// Verbs that ask for or win what the noun after them names; the asker holds the stance.
    static let solicitingVerbs: Set<String> = [
        "seek", "seeks", "sought", "seeking", "request", "requests", "requested", "requesting", "win", "wins", "won",
        "winning", "secure", "secures", "secured", "securing", "enlist", "enlists", "enlisted", "enlisting", "court",
        "courts", "courted", "courting", "solicit", "solicits", "solicited", "want", "wants", "wanted", "need", "needs",
        "needed", "welcome", "welcomes", "welcomed", "welcoming",
    ]
    /// Verbs that do the same with "for": "asked for", "appealed for", "called for", "lobbied for".
    static let solicitingBeforeFor: Set<String> = [
        "ask", "asks", "asked", "asking", "appeal", "appeals", "appealed", "appealing", "call", "calls", "called",
        "calling", "lobby", "lobbies", "lobbied", "lobbying", "push", "pushes", "pushed", "pushing", "hope", "hopes", "hoped",
    ]

    /// The actors asking for the owner's cooperative noun: the subject of the soliciting verb before the owner.
    func solicitors(of owner: Int, cue: CueLexicon.Cue, in view: SentenceView) -> [Int]? {
        guard cue.score > 0, view.mentions[owner].isPossessive else { return nil }
        var index = view.coordinated(with: owner)[0] == owner ? view.mentions[owner].tokens.lowerBound - 1 : -1
        while index >= 0, ["the", "a", "an"].contains(view.tokens[index].lower) { index -= 1 }
        guard index >= 0 else { return nil }
        var verb = index
        if view.tokens[index].lower == "for" {
            guard index >= 1, Self.solicitingBeforeFor.contains(view.tokens[index - 1].lower) else { return nil }
            verb = index - 1
        } else if !Self.solicitingVerbs.contains(view.tokens[index].lower) {
            return nil
        }
        let verbRange = verb..<verb + 1
        let (before, _) = view.clauseMentions(around: verbRange)
        guard let subject = relativeSubject(verbRange, in: view) ?? joinedClauseSubject(verbRange, before: before, in: view)
                ?? subject(in: before, view: view) ?? reportingSpeaker(before: verb, in: view) else { return nil }
        return withJoiners(subject, in: view)
    }
}
