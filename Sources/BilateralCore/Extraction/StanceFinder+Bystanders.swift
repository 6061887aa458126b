/// Bystanders: actors present at something others do are no parties to one another (issue 15, class 1).
extension StanceFinder {
    /// Verbs of being present at an occasion: "the American and Chinese ambassadors attend the talks" says where
    /// they were, not that they dealt with each other; whom they met or visited is another cue's business.
    static let presenceLemmas: Set<String> = ["attend", "observe", "witness", "watch"]

    /// True when a cue of presence, held by several subjects with no actor after it, would pair those subjects.
    func isPresenceAmongSubjects(_ cue: CueLexicon.Cue) -> Bool {
        cue.role == .verb && Self.presenceLemmas.contains(cue.lemma)
    }
}
