/// States that are places in a sentence, not parties to its act.
///
/// | pattern | silent | still a party |
/// |---|---|---|
/// | a holder after a locative preposition | "hospitals in France and Norway help nurses" | "officials in Seoul accused Tokyo", "were detained in China" |
/// | geography: "the borders of" a list | "where the borders of India, Bhutan and China meet" | "India, Bhutan and China meet" |
/// | geography: a state's border or coast as a position | "a clash with militants near the Afghan border" | "troops massed near the Ukrainian border" (a show of force aims there) |
///
/// Venues of meetings ("talks in Singapore") are dropped where meeting roles are found.
extension StanceFinder {
    /// True when the mention, as holder, is where something is rather than who acts.
    func isPlaceAsHolder(_ mention: Int, cue range: Range<Int>, geography: Bool = true, in view: SentenceView) -> Bool {
        // "met Kishida in Tokyo and Yoon in Seoul": a person is never a place, whatever the list before it.
        if view.mentions[mention].kind == .person { return false }
        let group = view.coordinated(with: mention)
        let first = group.first ?? mention
        if geography, isGeography(mention, group: group, in: view) { return true }
        // A name right behind the preposition ("in the shift in Japanese policies" is a national adjective, and
        // "In December the Kishida government" puts a month between): only "in France" is a place.
        guard view.mentions[first].source != .adjective, !view.mentions[first].isPossessive,
              let preposition = directPreposition(before: first, in: view), lexicon.locativePrepositions.contains(lower: view.tokens[preposition]) else {
            return false
        }
        // "were detained in China": a place right after the act's own verb is where its agent rules (the venue rule).
        if preposition == range.upperBound { return false }
        // "officials in Seoul", "diplomats in Tokyo": people in a capital speak for it.
        return preposition == 0 || !lexicon.representativeNouns.contains(lower: view.tokens[preposition - 1])
    }

    /// The index of the preposition right before the mention, past "the" only.
    private func directPreposition(before mention: Int, in view: SentenceView) -> Int? {
        var index = view.mentions[mention].tokens.lowerBound - 1
        if index >= 0, Self.articles.contains(lower: view.tokens[index]) { index -= 1 }
        return index >= 0 && SentenceView.prepositions.contains(lower: view.tokens[index]) ? index : nil
    }

    /// True when the mention names a piece of geography ("the borders of India", "near the Afghan border"):
    /// never a party, except as where a show of force is aimed.
    func isGeographyPlace(_ mention: Int, cue: CueLexicon.Cue, in view: SentenceView) -> Bool {
        cue.root != 15 && isGeography(mention, group: view.coordinated(with: mention), in: view)
    }

    private func isGeography(_ mention: Int, group: [Int], in view: SentenceView) -> Bool {
        let tokens = view.tokens
        let first = group.first ?? mention, last = group.last ?? mention
        // "the borders of India, Bhutan and China": a geography noun right before the "of" that governs the list.
        let start = view.mentions[first].tokens.lowerBound
        if start >= 2, tokens[start - 1].lower == "of", lexicon.geographyNouns.contains(lower: tokens[start - 2]) { return true }
        // "near the Afghan border": a locative preposition, the state, then a geography noun.
        let end = view.mentions[last].tokens.upperBound
        guard end < tokens.count, lexicon.geographyNouns.contains(lower: tokens[end]),
              let preposition = directPreposition(before: first, in: view) else { return false }
        return lexicon.locativePrepositions.contains(lower: tokens[preposition])
    }
}
