/// Referents of single pronouns: the person a "he" or "her" means, the speaker a quoted "we" belongs to, and
/// the state an "it" stands for.
extension PronounResolver {
    /// The person a "he", "his", "him", "she" or "her" stands for.
    ///
    /// A pronoun that opens a sentence continues the previous sentence's subject ("Moon, who met Kim, … He
    /// sought …"); an object pronoun is never the subject of its own clause ("Kim called him a dotard");
    /// otherwise the last person named.
    func personReferent(
        _ word: String, at index: Int, seenHere: [ActorMention], lastPerson: (mention: ActorMention, paragraph: Int)?,
        lastSubject: (mention: ActorMention, paragraph: Int)?, recent: [ActorMention], tokens: [Token]
    ) -> (mention: ActorMention, paragraph: Int)? {
        guard let lastPerson else { return nil }
        // "Lt. Col. Alexander Vindman told lawmakers … as he deflected …": a titled name the data does not know, earlier
        // in the sentence, is whom "he" means; no known person stands in for them.
        if let unknown = Self.unknownTitledName(before: index, in: tokens, seenHere: seenHere),
           !seenHere.contains(where: { !$0.isPronoun && $0.kind == .person && $0.tokens.lowerBound > unknown && $0.tokens.upperBound <= index }) {
            return nil
        }
        let personsHere = seenHere.filter { $0.kind == .person }
        // "In three hours of talks, he …": a fronted phrase before the comma leaves the pronoun sentence-initial.
        let fronted = index >= 2 && tokens[index - 1].text == "," && index <= 8 && seenHere.isEmpty
        // "… Xi received him. Back home, his office said …": an opening "his" is the topic's too.
        if word == "he" || word == "she" || word == "his", personsHere.isEmpty, let lastSubject,
           fronted || (0..<index).allSatisfy({ !tokens[$0].isWord || tokens[$0].isCapitalised && $0 == 0 || tokens[$0].lower.hasSuffix("ly") }) {
            return lastSubject
        }
        // "Abe praised Putin, and he thanked him": a clause joined on keeps the sentence's subject.
        if word == "he" || word == "she", index > 0, tokens[index - 1].lower == "and" || tokens[index - 1].lower == "but",
           let subject = personsHere.first, personsHere.count > 1 || subject.actorNumber != lastPerson.mention.actorNumber {
            return (subject, lastPerson.paragraph)
        }
        if word == "him" || word == "her", let local = personsHere.last, local.tokens.upperBound <= index,
           index - local.tokens.upperBound <= 4,
           (local.tokens.upperBound..<index).allSatisfy({ tokens[$0].isWord && !["and", "or", "but", "to"].contains(tokens[$0].lower) }),
           local.actorNumber == lastPerson.mention.actorNumber {
            guard let other = recent.last(where: { $0.actorNumber != local.actorNumber }) else { return nil }
            return (other, lastPerson.paragraph)
        }
        return lastPerson
    }

    /// The start of the latest honorific before `index` followed by capitalised words no mention covers.
    static func unknownTitledName(before index: Int, in tokens: [Token], seenHere: [ActorMention]) -> Int? {
        var position = index - 1
        while position > 0 {
            defer { position -= 1 }
            // The capital letter first: most tokens are lower-case, and the set lookup hashes the text.
            guard tokens[position].isCapitalised, tokens[position].kind == .word, MentionFinder.honorifics.contains(tokens[position].text) else {
                continue
            }
            var next = position + 1
            while next < index, tokens[next].text == "." || tokens[next].kind == .word && MentionFinder.honorifics.contains(tokens[next].text) {
                next += 1
            }
            var words = 0
            while next < index, tokens[next].kind == .word, tokens[next].isCapitalised,
                  !seenHere.contains(where: { $0.tokens.contains(next) }) {
                words += 1
                next += 1
            }
            if words >= 1, next < index, !seenHere.contains(where: { $0.tokens.contains(next) }) { return position }
        }
        return nil
    }

    /// The actor named just before or after the quote's closing mark with a speech verb: “…,” Zakharova
    /// said; “…,” said the ministry.
    func quoteSpeaker(after index: Int, mentions: [ActorMention], tokens: [Token]) -> ActorMention? {
        guard let close = tokens[(index + 1)...].firstIndex(where: { ["\"", "”"].contains($0.text) }) else { return nil }
        let window = close + 1..<min(tokens.count, close + 8)
        guard let speech = window.first(where: { Self.quoteSpeechWords.contains(tokens[$0].lower) }) else { return nil }
        let named = mentions.filter { !$0.isPronoun && $0.tokens.lowerBound > close }
        if let before = named.last(where: { $0.tokens.upperBound <= speech }),
           (before.tokens.upperBound..<speech).count <= 1 {
            return before
        }
        return named.first { $0.tokens.lowerBound > speech && $0.tokens.lowerBound - speech <= 3 }
    }

    /// Speech words after which "it" is the sentence's opening actor ("China condemned the visit, saying it would …").
    static let itSpeechWords: WordSet = ["said", "saying", "says", "added", "warned", "stated", "insisted", "announced"]

    /// What "it" stands for: the state or organisation that opened the previous sentence when "It" opens this one
    /// (but not "It is …", which is mostly empty), or this sentence's opening actor right after a speech word.
    func itReferent(
        at index: Int, seenHere: [ActorMention], lastOpening: (group: [ActorMention], paragraph: Int)?, paragraph: Int, tokens: [Token]
    ) -> ActorMention? {
        if index == 0 {
            guard let opening = lastOpening, opening.paragraph == paragraph, opening.group.count == 1,
                  let only = opening.group.first, only.kind != .person,
                  tokens.count > 1, !SentenceView.beForms.contains(tokens[1].lower), tokens[1].lower != "'s" else { return nil }
            return only
        }
        // "announced that it would …": a "that" may stand between the speech word and "it".
        // "announced this week that it": a short time phrase may come between as well.
        let speech = index >= 2 && tokens[index - 1].lower == "that"
            ? (max(0, index - 5)..<index - 1).last(where: { Self.itSpeechWords.contains(lower: tokens[$0]) }) ?? index - 2 : index - 1
        guard Self.itSpeechWords.contains(lower: tokens[speech]) else { return nil }
        // "…, and Washington said it …": the state named right before the speech word is its own speaker.
        // "the Japanese embassy in Manila said it": a place behind a preposition is no speaker.
        if let speaker = seenHere.last(where: { !$0.isPronoun && $0.tokens.upperBound == speech }), speaker.kind != .person,
           !Self.followsPreposition(speaker, in: tokens) {
            return speaker
        }
        guard let opening = openingGroup(of: seenHere.filter { !$0.isPronoun }, tokens: tokens), opening.count == 1,
              let only = opening.first, only.kind != .person else { return nil }
        return only
    }
}
