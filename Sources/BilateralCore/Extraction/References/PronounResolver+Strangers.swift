/// People the gazetteer does not know, introduced with a title ("President Mohamed Muizzu"): when one of them opens a
/// sentence, "he" and "his" around it mean that person, not the last known person named (issue 15, class 3: "his
/// office said …" after "Muizzu then went to Beijing, where Xi Jinping received him" is Muizzu's office, not Xi's).
extension PronounResolver {
    /// The last names of titled people no mention covers, in the order first met: "President Mohamed Muizzu" gives
    /// "Muizzu". Empty for most articles, so the per-sentence checks cost nothing then.
    static func strangerSurnames(in tokens: [[Token]], mentions: [[ActorMention]]) -> [String] {
        var found: [String] = []
        for (number, sentence) in tokens.enumerated() {
            var index = 0
            while index < sentence.count {
                defer { index += 1 }
                guard sentence[index].isCapitalised, sentence[index].kind == .word, MentionFinder.honorifics.contains(sentence[index].text)
                else { continue }
                var next = index + 1
                while next < sentence.count, sentence[next].text == "." || sentence[next].kind == .word
                        && (MentionFinder.honorifics.contains(sentence[next].text) || Self.officeTitleWords.contains(sentence[next].text)) {
                    next += 1
                }
                var last: Int?
                while next < sentence.count, sentence[next].kind == .word, sentence[next].isCapitalised,
                      !mentions[number].contains(where: { $0.tokens.contains(next) }) {
                    last = next
                    next += 1
                }
                // One capitalised word may be a place ("President of France" aside, "Minister Lavrov" is known); a
                // stranger's name is given and family name, so two words at least.
                if let last, last > index + 1, sentence[last - 1].isCapitalised, !found.contains(sentence[last].text) {
                    found.append(sentence[last].text)
                }
                index = max(index, next - 1)
            }
        }
        return found
    }

    /// Capitalised office words that may sit between an honorific and a name ("Prime Minister", "Foreign Minister").
    static let officeTitleWords: Set<String> = ["Prime", "Foreign", "Defence", "Defense", "Vice", "Deputy", "Acting", "Interior", "Finance"]

    /// True when the sentence opens with a stranger as its subject, past honorifics: "Muizzu then went …",
    /// "President Muizzu said …".
    static func opensWithStranger(_ tokens: [Token], mentions: [ActorMention], strangers: [String]) -> Bool {
        var index = 0
        while index < tokens.count, tokens[index].kind == .word, MentionFinder.honorifics.contains(tokens[index].text)
                || Self.officeTitleWords.contains(tokens[index].text) {
            index += 1
        }
        // A given name may come first: "Mohamed Muizzu said …".
        for position in index..<min(tokens.count, index + 2) {
            guard tokens[position].kind == .word, tokens[position].isCapitalised,
                  !mentions.contains(where: { $0.tokens.contains(position) }) else { return false }
            if strangers.contains(tokens[position].text) { return true }
        }
        return false
    }

    /// True when a "he", "his", "him", "she" or "her" at `index` means a stranger: one opened this sentence, or the
    /// sentence before in the paragraph and no known person is named here before the pronoun.
    static func meansStranger(at index: Int, openedHere: Bool, openedBefore: Bool, seenHere: [ActorMention]) -> Bool {
        if openedHere { return true }
        guard openedBefore else { return false }
        return !seenHere.contains { !$0.isPronoun && $0.kind == .person && $0.tokens.upperBound <= index }
    }

    /// True when a personal pronoun before `index` went unresolved, so a stranger is one of "the two leaders" just
    /// spoken of, and the last two known persons are not the pair.
    static func unresolvedPersonBefore(_ index: Int, in tokens: [Token], added: [ActorMention]) -> Bool {
        (0..<index).contains { position in
            ["he", "she", "him", "her", "his"].contains(tokens[position].lower)
                && !added.contains { $0.tokens.lowerBound == position }
        }
    }
}
