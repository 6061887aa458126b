/// Gives "he", "his", "she" and "her" the last person named before them in the article.
struct PronounResolver: Sendable {
    let gazetteer: Gazetteer

    static let personal: Set<String> = ["he", "his", "him", "she", "her"]

    /// "the two leaders", "both countries": the last two persons or states named.
    static let pairNouns: [String: Actor.Kind] = [
        "leaders": .person, "countries": .state, "nations": .state, "sides": .state, "governments": .state,
        "neighbours": .state, "neighbors": .state, "states": .state, "powers": .state,
    ]

    func resolve(_ mentions: inout [[ActorMention]], tokens: [[Token]], sentences: [Sentence]) {
        var lastPerson: (actor: String, paragraph: Int)?
        var recent: [Actor.Kind: [String]] = [:]
        for number in tokens.indices {
            var added: [ActorMention] = []
            let sentenceTokens = tokens[number]
            var pending = mentions[number].sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }[...]
            var seenHere: [ActorMention] = []
            for (index, token) in sentenceTokens.enumerated() {
                while let mention = pending.first, mention.tokens.lowerBound <= index {
                    pending.removeFirst()
                    seenHere.append(mention)
                    let kind = gazetteer.entry(mention.actor)?.kind ?? .state
                    let key: Actor.Kind = kind == .person ? .person : .state
                    let principal = key == .person ? mention.actor : gazetteer.principal(of: mention.actor)
                    recent[key, default: []].removeAll { $0 == principal }
                    recent[key, default: []].append(principal)
                    if kind == .person { lastPerson = (mention.actor, sentences[number].paragraph) }
                }
                guard token.kind == .word, token.length <= 9 else { continue }
                let word = token.lower
                if token.length <= 3, Self.personal.contains(word), let person = lastPerson, sentences[number].paragraph - person.paragraph <= 1 {
                    added.append(ActorMention(actor: person.actor, tokens: index..<index + 1, source: .alias,
                                              isPossessive: word == "his" || word == "her", isPronoun: true))
                } else if token.length == 4, word == "they", let previous = seenHere.last(where: { gazetteer.entry($0.actor)?.kind != .person }) {
                    // "they" inside the sentence that named a state or organisation before it ("it" and "its"
                    // too often mean a policy or a plan to follow the same rule).
                    added.append(ActorMention(actor: previous.actor, tokens: index..<index + 1, source: .alias,
                                              isPossessive: false, isPronoun: true))
                } else if index >= 2,
                          ["two", "both"].contains(sentenceTokens[index - 1].lower) || ["two", "both"].contains(sentenceTokens[index - 2].lower),
                          let kind = Self.pairNouns[word],
                          let pair = recent[kind], pair.count >= 2 {
                    for actor in pair.suffix(2) {
                        added.append(ActorMention(actor: actor, tokens: index..<index + 1, source: .alias,
                                                  isPossessive: false, isPronoun: true))
                    }
                }
            }
            if !added.isEmpty {
                mentions[number] = (mentions[number] + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
    }
}
