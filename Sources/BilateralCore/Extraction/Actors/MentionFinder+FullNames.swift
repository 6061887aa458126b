/// A surname written inside a full name that is not its person's: "Tim Morrison" is not Scott Morrison, "Hu Chunhua"
/// is not Hu Jintao. A person the gazetteer lacks must not borrow a known person's state by the surname alone.
extension MentionFinder {
    /// True when the surname at `position` is part of a full name none of `people` bears: a given name just before it
    /// (a capitalised word that is no title, no actor and no word that only opens a sentence), or, for a name written
    /// family name first, a given name just after it.
    func namesAnotherPerson(in tokens: [Token], at position: Int, people: [UInt32]) -> Bool {
        // Most surnames stand after a title, a lower-case word or a stop: two token tests settle those.
        let before = position > 0 && mayBeGivenName(tokens[position - 1])
        let after = position + 1 < tokens.count && mayBeGivenName(tokens[position + 1])
        guard before || after else { return false }
        let own = people.compactMap { personNames[$0] }
        let ownWords = own.flatMap(\.words)
        if before, isGivenName(tokens, at: position - 1, ownWords: ownWords) { return !isHeadline(tokens) }
        // Family name first ("Hu Jintao", "Moon Jae-in"): another given name after the surname is another person.
        if after, own.contains(where: { $0.familyFirst == tokens[position].text }),
           isGivenName(tokens, at: position + 1, ownWords: ownWords) {
            return !isHeadline(tokens)
        }
        // Given name first ("Sigmar Gabriel"): the surname as the first of two names ("Gabriel Boric") is another
        // person's given name.
        if after, position + 1 < tokens.count, DateWords.weekdays[tokens[position + 1]] == nil,
           own.contains(where: { $0.familyFirst == nil }),
           !own.contains(where: { $0.words.contains(tokens[position + 1].text) }),
           isGivenName(tokens, at: position + 1, ownWords: ownWords) {
            return !isHeadline(tokens)
        }
        return false
    }

    /// A capitalised word of two letters or more: the token test before any lookup.
    private func mayBeGivenName(_ token: Token) -> Bool {
        token.isWord && token.isCapitalised && token.length >= 2
    }

    /// Each person's words of their names, and the first word of a name written family name first, by shared number.
    static func personNames(of gazetteer: Gazetteer) -> [UInt32: (words: [String], familyFirst: String?)] {
        var names: [UInt32: (words: [String], familyFirst: String?)] = [:]
        for entry in gazetteer.entries where entry.kind == .person {
            let words = ([entry.name] + entry.aliases).flatMap { $0.split(separator: " ").map(String.init) }
            let first = entry.name.split(separator: " ").first.map(String.init)
            names[SharedStrings.number(of: entry.id)] = (words, first.flatMap { entry.surnames.contains($0) ? $0 : nil })
        }
        return names
    }

    /// A capitalised word that may be a given name: no title ("Minister", "Prime"), no actor, no word that only
    /// opens a sentence ("But", "When"), no month.
    private func isGivenName(_ tokens: [Token], at slot: Int, ownWords: [String]) -> Bool {
        let token = tokens[slot]
        guard token.isWord, token.isCapitalised, token.length >= 2, !ownWords.contains(token.text),
              !Self.honorifics.contains(token.text), !titleWords.contains(token.text),
              !Self.openingWords.contains(lower: token), DateWords.months[token] == nil || !TemporalTagger.readsAsMonth(tokens, at: slot),
              index.longestMatch(in: tokens, at: slot) == nil else { return false }
        return !(max(0, slot - 3)..<slot).contains { earlier in
            // Inside a longer actor name that began before it ("the White House").
            index.longestMatch(in: tokens, at: earlier).map { earlier + index.patterns[$0].tokens.count > slot } ?? false
        }
    }

    /// A headline in title case capitalises every word, so a capital there says nothing about a name. Prose ends
    /// with a stop; a headline does not.
    private func isHeadline(_ tokens: [Token]) -> Bool {
        if let last = tokens.last, [".", "?", "!", "\"", "”"].contains(last.text) { return false }
        let words = tokens.filter { $0.isWord && $0.length > 3 }
        return !words.isEmpty && words.filter(\.isCapitalised).count * 3 >= words.count * 2
    }

    /// Words that open a sentence or clause capitalised without being a name.
    static let openingWords: WordSet = [
        "a", "an", "the", "as", "when", "if", "but", "and", "or", "nor", "while", "after", "before", "then", "so", "only",
        "even", "now", "yet", "still", "though", "although", "because", "since", "until", "once", "unless", "whether",
        "where", "why", "how", "what", "who", "later", "earlier", "today", "yesterday", "tomorrow", "meanwhile",
        "instead", "also", "both", "neither", "for", "with", "without", "under", "by", "from", "to", "at", "in", "on",
        "of", "like", "unlike", "has", "had", "have", "was", "is", "will", "would", "could", "should", "can", "may",
        "might", "must", "let", "here", "there", "this", "that", "these", "those", "every", "each", "no", "not",
        "perhaps", "indeed", "however", "again", "never", "just", "did", "does", "said", "says", "asked", "told",
        "former", "acting", "incoming", "outgoing", "new", "late", "veteran", "fellow",
    ]
}
