/// A body's own gathering is no stance of the body: "the G7 summit with the leaders of France, Germany and Japan" is
/// a meeting of the G7's members, not the G7 meeting each of them. Membership is data (`members` in actors.json).
///
/// | silent | still a stance |
/// |---|---|
/// | "at the G7 summit with the leaders of France and Japan" (G7 → FRA, JPN) | "an EU summit with China" (EU ↔ CHN: no member) |
/// | "the NATO meeting with Turkey's foreign minister" (NATO → TUR) | "NATO criticised Turkey" (not a meeting) |
/// | "Albanese flew to the G20 summit in Osaka" (AUS → G20) | "the summit of Japan and Vietnam" (no body names it) |
extension StanceFinder {
    /// Whether one side is an organisation naming the meeting noun ("the G7 summit", "NATO's meeting") and the
    /// other sits in it.
    func isGatheringOfMembers(holder: Int, target: Int, cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        guard cue.root == 4 else { return false }
        for (body, other) in [(holder, target), (target, holder)] where view.mentions[body].kind == .organisation {
            // "the G7 summit with …" (the cue is the gathering), or "flew to the G20 summit" (the body names one).
            guard cue.role == .noun && namesGathering(body, noun: range, in: view) || isFollowedByGathering(body, in: view) else { continue }
            if gazetteer.isMember(view.mentions[other].actor, of: view.mentions[body].actor) { return true }
        }
        return false
    }

    /// Nouns of a gathering a body holds.
    static let gatheringNouns: WordSet = ["summit", "summits", "meeting", "meetings", "conference", "session", "talks", "forum", "ministerial"]

    /// "the G20 summit", "the NATO leaders' meeting": a gathering noun within three words after the body.
    private func isFollowedByGathering(_ body: Int, in view: SentenceView) -> Bool {
        let end = view.mentions[body].tokens.upperBound
        guard let noun = (end..<min(view.tokens.count, end + 3)).first(where: { Self.gatheringNouns.contains(lower: view.tokens[$0]) })
        else { return false }
        return namesGathering(body, noun: noun..<noun + 1, in: view)
    }

    /// "the G7 summit", "NATO's annual meeting", "an ASEAN leaders' meeting": the body stands before the noun with at
    /// most a possessive ending and two plain words between.
    private func namesGathering(_ body: Int, noun range: Range<Int>, in view: SentenceView) -> Bool {
        let end = view.mentions[body].tokens.upperBound
        guard end <= range.lowerBound, range.lowerBound - end <= 3 else { return false }
        return (end..<range.lowerBound).allSatisfy {
            let token = view.tokens[$0]
            return view.mentionAt[$0] == nil && (token.kind == .possessive || token.isWord && !SentenceView.prepositions.contains(lower: token))
        }
    }
}
