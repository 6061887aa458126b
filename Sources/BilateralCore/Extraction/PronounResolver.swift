/// Gives "he", "his", "she" and "her" the last person named before them in the article.
struct PronounResolver: Sendable {
    let gazetteer: Gazetteer

    static func isPersonal(_ word: String) -> Bool {
        // Every personal pronoun starts with "h" or "s": most words fail here without a string compare.
        guard let first = word.utf8.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "s") else { return false }
        switch word {
        case "he", "his", "him", "she", "her": return true
        default: return false
        }
    }

    static func isPairWord(_ word: String) -> Bool {
        word == "two" || word == "both"
    }

    /// "the two leaders", "both countries": the last two persons or states named.
    static let pairNouns: [String: Actor.Kind] = [
        "leaders": .person, "countries": .state, "nations": .state, "sides": .state, "governments": .state,
        "neighbours": .state, "neighbors": .state, "states": .state, "powers": .state,
    ]

    func resolve(_ mentions: inout [[ActorMention]], tokens: [[Token]], sentences: [Sentence]) {
        var lastPerson: (mention: ActorMention, paragraph: Int)?
        var recent: [Actor.Kind: [ActorMention]] = [:]
        for number in tokens.indices {
            var added: [ActorMention] = []
            let sentenceTokens = tokens[number]
            var pending = mentions[number].sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }[...]
            var seenHere: [ActorMention] = []
            for index in sentenceTokens.indices {
                while let mention = pending.first, mention.tokens.lowerBound <= index {
                    pending.removeFirst()
                    seenHere.append(mention)
                    guard !mention.isPronoun else { continue }
                    let key: Actor.Kind = mention.kind == .person ? .person : .state
                    var standing = mention
                    if key == .state {
                        standing.actor = mention.principal
                        standing.kind = .state
                    }
                    recent[key, default: []].removeAll { $0.actor == standing.actor }
                    recent[key, default: []].append(standing)
                    if key == .person { lastPerson = (mention, sentences[number].paragraph) }
                }
                // Fields read in place: copying each Token (two strings) cost more than the checks.
                let length = sentenceTokens[index].length
                guard sentenceTokens[index].kind == .word, length <= 9 else { continue }
                let word = sentenceTokens[index].lower
                if length <= 3, Self.isPersonal(word), let person = lastPerson, sentences[number].paragraph - person.paragraph <= 1 {
                    added.append(pronoun(for: person.mention, at: index, possessive: word == "his" || word == "her"))
                } else if length == 4, word == "they", let previous = seenHere.last(where: { $0.kind != .person && !$0.isPronoun }) {
                    // "they" inside the sentence that named a state or organisation before it ("it" and "its"
                    // too often mean a policy or a plan to follow the same rule).
                    added.append(pronoun(for: previous, at: index, possessive: false))
                } else if index >= 2, length >= 5, word.utf8.last == UInt8(ascii: "s"),
                          Self.isPairWord(sentenceTokens[index - 1].lower) || Self.isPairWord(sentenceTokens[index - 2].lower),
                          let kind = Self.pairNouns[word],
                          let pair = recent[kind], pair.count >= 2 {
                    for referent in pair.suffix(2) {
                        added.append(pronoun(for: referent, at: index, possessive: false))
                    }
                }
            }
            if !added.isEmpty {
                mentions[number] = (mentions[number] + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
    }

    private func pronoun(for referent: ActorMention, at index: Int, possessive: Bool) -> ActorMention {
        var mention = referent
        mention.tokens = index..<index + 1
        mention.source = .alias
        mention.isPossessive = possessive
        mention.isPronoun = true
        return mention
    }
}
