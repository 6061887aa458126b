/// A mutual act's partner named through its representatives (issue 15, list as joint partner).
///
/// | pattern | gives | silent |
/// |---|---|---|
/// | a mutual act with "the leaders of" a list | "held talks with the leaders of Austria and Italy" → both ways with each | "held talks with Austria on the future of Italy" (a topic, not a partner) |
/// | a mutual act done to "the prime ministers of" a list | "met the prime ministers of Spain and Portugal" → both ways | "criticised the leaders of Spain" (not mutual) |
extension StanceFinder {
    /// The preposition that governs the group a mention speaks for: "with" in "talks with the leaders of Austria",
    /// none in "met the prime ministers of Spain". A state named after "of" behind a representative noun ("the
    /// leaders of", "the foreign ministers of") is the party its representatives are; what governs them governs
    /// it. Any other mention keeps its own preposition.
    func partnerPreposition(before mention: Int, in view: SentenceView) -> String? {
        let own = view.preposition(before: mention)
        guard own == "of" else { return own }
        let tokens = view.tokens
        // Back from the mention over its determiners to its "of".
        var index = view.mentions[mention].tokens.lowerBound - 1
        while index >= 0, tokens[index].lower != "of" { index -= 1 }
        // The representative noun right before "of", and at most two modifiers before it ("foreign ministers").
        index -= 1
        guard index >= 0, lexicon.representativeNouns.contains(lower: tokens[index]) else { return own }
        var modifiers = 0
        index -= 1
        while index >= 0, modifiers < 2, tokens[index].isWord, !tokens[index].isCapitalised, view.mentionAt[index] == nil,
              !SentenceView.determiners.contains(lower: tokens[index]), !SentenceView.prepositions.contains(lower: tokens[index]),
              lexicon.representativeNouns.contains(lower: tokens[index]) || Self.officeModifiers.contains(lower: tokens[index]) {
            index -= 1
            modifiers += 1
        }
        // "the" or "their" before the noun phrase, then the preposition (or the verb) that governs it.
        if index >= 0, SentenceView.determiners.contains(lower: tokens[index]) { index -= 1 }
        guard index >= 0, tokens[index].isWord else { return own }
        if SentenceView.prepositions.contains(lower: tokens[index]) { return tokens[index].lower }
        return view.mentionAt[index] == nil ? nil : own
    }

    /// Words that narrow an office before its noun: "foreign ministers", "defence chiefs".
    static let officeModifiers: WordSet = ["foreign", "defence", "defense", "finance", "trade", "interior", "separate", "respective", "top", "senior"]
}
