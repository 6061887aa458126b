/// The word lists the resolver starts from, and the pass that finds their tokens in a sentence.
extension PronounResolver {
    static func isPersonal(_ word: String) -> Bool {
        // Every personal pronoun starts with "h" or "s": most words fail here without a string compare.
        guard let first = word.utf8.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "s") else { return false }
        switch word {
        case "he", "his", "him", "she", "her": return true
        default: return false
        }
    }

    static let itHash = WordHash.of("it"), theHash = WordHash.of("the"), thisHash = WordHash.of("this"),
                       theyHash = WordHash.of("they")

    /// The words `isPersonal` accepts, for a table probe per token instead of String compares.
    /// How many sentences back a pair joined with "and" still answers "the two neighbours".
    static let joinedPairReach = 3

    static let personalPronouns: WordSet = ["he", "his", "him", "she", "her"]

    static func isPairWord(_ word: String) -> Bool {
        word == "two" || word == "both"
    }

    /// "the two leaders", "both countries": the last two persons or states named.
    static let pairNouns: [String: Actor.Kind] = [
        "leaders": .person, "men": .person, "women": .person, "presidents": .person, "ministers": .person, "countries": .state, "nations": .state, "sides": .state, "governments": .state,
        "neighbours": .state, "neighbors": .state, "states": .state, "powers": .state,
    ]

    /// Pair nouns that say nothing of office: "both men" may be anyone, "the two leaders" are the leaders named.
    static let plainPersonNouns: WordSet = ["men", "women"]

    /// `pairNouns` by the token's hash, so the many words that are none cost one probe.
    static let pairNounKinds = WordTable(pairNouns.map { ($0.key, $0.value) })

    static let quoteMarks: WordSet = ["\"", "“", "”"]

    /// Every word some branch of `resolve` starts from (pronouns, "the", "this", pair nouns), the meeting words
    /// and the quote marks: the many tokens that are none of them are passed over on their hash alone.
    static let triggerWords = HashFilter(
        (["it", "the", "this", "they", "its", "their", "we", "our", "i"] + personalPronouns.words + pairNouns.keys
            + meetingWords.words + quoteMarks.words).map(WordHash.of))

    /// Replaces `positions` with the indices of the tokens whose hash `filter` may hold: the tokens `resolve`
    /// looks at. A tight pass of its own: in the big loop each token cost several times more.
    static func candidates(in tokens: [Token], filter: HashFilter, into positions: inout [Int]) {
        positions.removeAll(keepingCapacity: true)
        tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices where filter.mayContain(tokens[index].lowerHash) { positions.append(index) }
        }
    }

    /// Words that introduce the speaker of a quote next to it ("…," Zakharova said; said the ministry).
    static let quoteSpeechWords: WordSet = [
        "said", "says", "told", "added", "stated", "declared", "insisted", "warned", "wrote", "argued", "noted",
        "stressed", "asserted", "explained", "remarked", "announced", "tweeted", "posted", "replied", "responded",
    ]

    /// Words that join actors into one group ("India and China", "Seoul, Tokyo and Washington").
    static let joiners: WordSet = ["and", ",", "&", "both", "the"]
}
