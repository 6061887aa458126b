/// Who opens a sentence and who is joined to whom: the groups "it", "they" and "the move" go back to.
extension PronounResolver {
    /// The actors a sentence opens with ("Russia …", "The Kremlin …", "On Monday, Japan and Korea …").
    func openingGroup(of mentions: [ActorMention], tokens: [Token], allowPronouns: Bool = false) -> [ActorMention]? {
        // Most sentences open with no actor: judged from the earliest mention before any list is built.
        var earliest: Int?
        for mention in mentions where allowPronouns || !mention.isPronoun {
            if earliest.map({ mention.tokens.lowerBound < $0 }) ?? true { earliest = mention.tokens.lowerBound }
        }
        guard let start = earliest, Self.opensSentence(at: start, tokens: tokens) else { return nil }
        // Read in text order, pronouns left out unless allowed: from the mentions themselves when they are in order
        // (nearly always), so that no list but the group is built.
        var inOrder = true, previousStart = Int.min
        for mention in mentions where allowPronouns || !mention.isPronoun {
            if mention.tokens.lowerBound < previousStart {
                inOrder = false
                break
            }
            previousStart = mention.tokens.lowerBound
        }
        let named = inOrder ? mentions
            : mentions.filter { allowPronouns || !$0.isPronoun }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard let firstIndex = named.firstIndex(where: { allowPronouns || !$0.isPronoun }) else { return nil }
        var group = [named[firstIndex]]
        // Where the chain's last member ends: a repeated actor extends the chain without joining the group twice.
        var chainEnd = named[firstIndex].tokens.upperBound
        for next in named[(firstIndex + 1)...] where allowPronouns || !next.isPronoun {
            // "they", "the two leaders": several actors on the same tokens belong together.
            if next.tokens.lowerBound >= chainEnd {
                let gap = chainEnd..<next.tokens.lowerBound
                guard !gap.isEmpty, gap.allSatisfy({ Self.joiners.contains(lower: tokens[$0]) || tokens[$0].kind == .possessive }),
                      gap.contains(where: { tokens[$0].lower == "and" || tokens[$0].text == "&" }) || gap.contains(where: { tokens[$0].text == "," }) else { break }
            }
            chainEnd = next.tokens.upperBound
            // Each actor once: the group is copied into the pronouns of the next sentence, whose group is read from
            // them in turn, so a repeated member would double with every sentence (a fuzzed input reached gigabytes).
            if !group.contains(where: { $0.actorNumber == next.actorNumber }) { group.append(next) }
        }
        return group
    }

    /// True when an actor starting at token `start` opens the sentence: first, after "the", or after a fronted phrase
    /// and its comma ("On Monday, Japan …") outside a quote.
    private static let theWord = HashedWord("the"), commaWord = HashedWord(","), plainQuote = HashedWord("\""),
                       openingQuote = HashedWord("“")

    private static func opensSentence(at start: Int, tokens: [Token]) -> Bool {
        // Punctuation is its own lower case, so the hashed lower-case words stand for the marks as written.
        let the = Self.theWord, comma = Self.commaWord
        return start == 0 || start == 1 && the.matches(tokens[0])
            || start >= 2 && start <= 7 && (comma.matches(tokens[start - 1]) || the.matches(tokens[start - 1]) && comma.matches(tokens[start - 2]))
                && !(0..<start).contains { Self.plainQuote.matches(tokens[$0]) || Self.openingQuote.matches(tokens[$0]) }
    }

    /// The coordinated group whose last member is `last` ("India and China", "Seoul, Tokyo and Washington").
    func group(endingWith last: ActorMention, in seen: [ActorMention], tokens: [Token]) -> [ActorMention] {
        let named = seen.filter { !$0.isPronoun && $0.kind != .person }
        guard var position = named.lastIndex(of: last) else { return [last] }
        var members = [last]
        while position > 0 {
            let previous = named[position - 1]
            guard Self.joins(previous, named[position], tokens: tokens) else { break }
            members.insert(previous, at: 0)
            position -= 1
        }
        return members
    }

    /// "talks with Putin": a person behind a preposition is no subject.
    static func followsPreposition(_ mention: ActorMention, in tokens: [Token]) -> Bool {
        let start = mention.tokens.lowerBound
        guard start > 0 else { return false }
        let previous = tokens[start - 1].lower
        return SentenceView.prepositions.contains(previous) || previous == "who" || previous == "whom"
    }
}
