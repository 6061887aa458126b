/// Gives "he", "his", "she" and "her" the last person named before them in the article.
struct PronounResolver: Sendable {
    let gazetteer: Gazetteer

    static let personal: Set<String> = ["he", "his", "him", "she", "her"]

    func resolve(_ mentions: inout [[ActorMention]], tokens: [[Token]], sentences: [Sentence]) {
        var lastPerson: (actor: String, paragraph: Int)?
        for number in tokens.indices {
            var added: [ActorMention] = []
            var byStart = mentions[number].sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }.makeIterator()
            var next = byStart.next()
            for (index, token) in tokens[number].enumerated() {
                while let mention = next, mention.tokens.lowerBound <= index {
                    if gazetteer.entry(mention.actor)?.kind == .person {
                        lastPerson = (mention.actor, sentences[number].paragraph)
                    }
                    next = byStart.next()
                }
                guard Self.personal.contains(token.lower), let person = lastPerson,
                      sentences[number].paragraph - person.paragraph <= 1 else { continue }
                added.append(ActorMention(actor: person.actor, tokens: index..<index + 1, source: .alias,
                                          isPossessive: token.lower == "his" || token.lower == "her", isPronoun: true))
            }
            if !added.isEmpty {
                mentions[number] = (mentions[number] + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
    }
}
