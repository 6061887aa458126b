/// A forum or venue that opens the sentence is where something is said or done, not a party to it: "At the Security
/// Council in New York, the minister calls the offensive a declaration of war by Kigali" holds nothing toward the UN
/// (issue 15, class 3).
///
/// | pattern | silent | still a party |
/// |---|---|---|
/// | a locative phrase opening the sentence, closed by a comma | "At the Security Council, Kinshasa accused Kigali" (UN) | "Kinshasa accused Kigali" |
/// | | "In Beijing, the two sides signed a deal" (CHN) | "Beijing signed a deal with Hanoi" |
/// | a place where something was said | "Riyadh and Tehran announced in Beijing that …" (CHN) | "announced a deal with Beijing" |
/// | a place a settlement is placed by | "killings in Bucha, a town near Kyiv" (UKR) | "troops massed near the Ukrainian border" (geography rules) |
extension StanceFinder {
    /// Whether the mention is the object of a locative preposition that opens the sentence (or a timeline entry after
    /// its "June 27:" heading), in a phrase a comma closes before the cue: the venue of what follows.
    func isFrontedVenue(_ mention: Int, cue range: Range<Int>, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        let start = view.mentions[mention].tokens.lowerBound
        var preposition = start - 1
        if preposition >= 0, Self.articles.contains(lower: tokens[preposition]) { preposition -= 1 }
        guard preposition >= 0, lexicon.locativePrepositions.contains(lower: tokens[preposition]) else { return false }
        // The sentence's first words, or the first after an entry's heading ("January 26: At the …").
        let opens = preposition == 0 || tokens[preposition - 1].text == ":" && preposition <= 5
        guard opens else { return false }
        // A comma closes the phrase a few words on ("At the Security Council in New York,"), before the cue.
        let end = view.mentions[mention].tokens.upperBound
        guard let comma = (end..<min(tokens.count, end + 6)).first(where: { tokens[$0].text == "," }), comma < range.lowerBound else {
            return false
        }
        // Only place words may fill the phrase: "At the UN in New York," yes; "In talks with Seoul, Tokyo" has its own noun.
        return (end..<comma).allSatisfy { tokens[$0].isCapitalised || lexicon.locativePrepositions.contains(lower: tokens[$0])
            || Self.articles.contains(lower: tokens[$0]) || view.mentionAt[$0] != nil }
    }

    /// Whether the target is where words were spoken ("announced in Beijing", "told reporters in Tokyo") or what a
    /// settlement is near ("a town near Kyiv"): a place the act is not aimed at.
    func isPlaceOfSpeechOrSettlement(_ mention: Int, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        var preposition = view.mentions[mention].tokens.lowerBound - 1
        if preposition >= 0, Self.articles.contains(lower: tokens[preposition]) { preposition -= 1 }
        guard preposition >= 1, view.mentions[mention].source != .adjective,
              lexicon.locativePrepositions.contains(lower: tokens[preposition]) else { return false }
        let before = tokens[preposition - 1]
        return lexicon.speechWords.contains(lower: before) || Self.audienceNouns.contains(lower: before)
            || Self.settlementNouns.contains(lower: before)
    }

    /// Who words are told to before the place they are told in: "told reporters in Tokyo".
    static let audienceNouns: WordSet = ["reporters", "journalists", "lawmakers", "parliament", "conference", "forum", "summit"]
    /// Places named by what they are near: "a town near Kyiv", "a village outside Aleppo".
    static let settlementNouns: WordSet = [
        "town", "city", "village", "port", "suburb", "district", "settlement", "base", "camp", "airport", "island", "outpost",
    ]
}
