/// "Sweden was furious: it recalled its ambassador", "That spring it recalled its ambassador": an "it" that opens a
/// clause after a colon or semicolon, or follows only a short time phrase at the sentence's start, is the subject the
/// story is about, as a sentence-initial "it" is (issue 15, recall class 4).
///
/// | pattern | "it" is |
/// |---|---|
/// | "Sweden was furious: it recalled …" | Sweden (the single state opening this sentence) |
/// | "Sweden protested. That spring it recalled …" | Sweden (the single state opening the sentence before, same paragraph) |
/// | "In May it expelled …" | as above |
/// | "That spring it rained" / "It is …" | nobody: no time phrase needed / a be-form after "it" is too often expletive |
extension PronounResolver {
    func clauseOpeningIt(
        at index: Int, seenHere: [ActorMention], lastOpening: (group: [ActorMention], paragraph: Int)?, paragraph: Int, tokens: [Token]
    ) -> ActorMention? {
        guard index > 0, index + 1 < tokens.count, tokens[index + 1].isWord, !SentenceView.beForms.contains(tokens[index + 1].lower),
              !Self.weatherVerbs.contains(lower: tokens[index + 1]) else { return nil }
        let named = seenHere.filter { !$0.isPronoun }
        if [":", ";"].contains(tokens[index - 1].text) {
            // The clause before the colon names the state; one that opens it stands for "it".
            guard let opening = openingGroup(of: named, tokens: tokens), opening.count == 1, let only = opening.first,
                  only.kind != .person, only.tokens.upperBound < index else { return nil }
            return only
        }
        // "That spring it …", "In May, it …", "A week later it …": a time phrase of a few words and nothing else before "it".
        guard named.isEmpty, index <= 5,
              (0..<index).contains(where: { Self.timePhraseWords.contains(lower: tokens[$0]) }),
              (0..<index).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].text == "," }),
              let opening = lastOpening, opening.paragraph == paragraph, opening.group.count == 1,
              let only = opening.group.first, only.kind != .person else { return nil }
        return only
    }

    /// Words that make a sentence's opening words a time phrase.
    static let timePhraseWords: WordSet = [
        "spring", "summer", "autumn", "fall", "winter", "week", "weeks", "month", "months", "year", "years", "day", "days",
        "later", "earlier", "afterwards", "then", "morning", "evening", "night", "weekend",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// "it rained", "it snowed": weather, not a state.
    static let weatherVerbs: WordSet = ["rained", "rains", "snowed", "snows", "seemed", "seems", "appeared", "appears", "remains", "remained"]
}
