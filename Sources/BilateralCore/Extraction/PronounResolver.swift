/// Gives pronouns the actors they stand for: "he", "his", "she", "her" a person named before them,
/// "they" the state or group just named, "the two leaders" the last two, and "we" or "I" inside a
/// quote the speaker the sentence names.
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

    private static let itHash = WordHash.of("it"), theHash = WordHash.of("the"), thisHash = WordHash.of("this"),
                       theyHash = WordHash.of("they")

    /// The words `isPersonal` accepts, for a table probe per token instead of String compares.
    static let personalPronouns: WordSet = ["he", "his", "him", "she", "her"]

    static func isPairWord(_ word: String) -> Bool {
        word == "two" || word == "both"
    }

    /// "the two leaders", "both countries": the last two persons or states named.
    static let pairNouns: [String: Actor.Kind] = [
        "leaders": .person, "men": .person, "women": .person, "presidents": .person, "ministers": .person, "countries": .state, "nations": .state, "sides": .state, "governments": .state,
        "neighbours": .state, "neighbors": .state, "states": .state, "powers": .state,
    ]

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
        for index in tokens.indices where filter.mayContain(tokens[index].lowerHash) { positions.append(index) }
    }

    /// Words that introduce the speaker of a quote next to it ("…," Zakharova said; said the ministry).
    static let quoteSpeechWords: WordSet = [
        "said", "says", "told", "added", "stated", "declared", "insisted", "warned", "wrote", "argued", "noted",
        "stressed", "asserted", "explained", "remarked", "announced", "tweeted", "posted", "replied", "responded",
    ]

    /// Words that join actors into one group ("India and China", "Seoul, Tokyo and Washington").
    static let joiners: WordSet = ["and", ",", "&", "both", "the"]

    func resolve(_ mentions: inout [[ActorMention]], tokens: [[Token]], sentences: [Sentence]) {
        var lastPerson: (mention: ActorMention, paragraph: Int)?
        // The person the latest sentence with one was about: a sentence-initial "he" continues its topic.
        var lastSubject: (mention: ActorMention, paragraph: Int)?
        // The states or organisations that opened the latest sentence: a sentence-initial "It" or "They" goes on with them.
        var lastOpening: (group: [ActorMention], paragraph: Int)?
        var recent = RecentActors()
        // Named persons and bodies of the last paragraphs, for "the ministry" and "the prime minister".
        var history: [(mention: ActorMention, paragraph: Int)] = []
        let descriptions = DefiniteDescriptions(gazetteer: gazetteer)
        // Who opened the sentence before (pronouns included): "the move" in the next sentence is usually theirs.
        var lastActor: (group: [ActorMention], sentence: Int, paragraph: Int)?
        // The two parties of the latest sentence that reported a meeting: "Putin met Abe. They agreed …" is both.
        var lastMeeting: (group: [ActorMention], sentence: Int, paragraph: Int)?
        // Who opened each recent sentence, for "the accusation" answered a sentence or two later.
        var openings: [(group: [ActorMention], sentence: Int, paragraph: Int)] = []
        // The latest two states named together ("Finland and Sweden"), for "the two Nordic states".
        var lastJoinedPair: [ActorMention]?
        // Read once here: each access to a static goes through its one-time initialiser check.
        let itHash = Self.itHash, theHash = Self.theHash, thisHash = Self.thisHash, theyHash = Self.theyHash
        let quoteMarks = Self.quoteMarks, pairNounKinds = Self.pairNounKinds, personal = Self.personalPronouns
        let triggers = Self.triggerWords, meetingWords = Self.meetingWords
        // The tokens of the sentence that some branch below may start from, refilled per sentence.
        var positions: [Int] = []
        for number in tokens.indices {
            var added: [ActorMention] = []
            let sentenceTokens = tokens[number]
            let paragraph = sentences[number].paragraph
            // The finder lists mentions in text order: sorting (a copy) is needed only after a later pass reordered them.
            let inOrder = zip(mentions[number], mentions[number].dropFirst()).allSatisfy { $0.tokens.lowerBound <= $1.tokens.lowerBound }
            var pending = inOrder ? mentions[number][...] : mentions[number].sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }[...]
            var seenHere: [ActorMention] = []
            // Sized once for the sentence's mentions and a resolved pronoun or two, instead of growing from one.
            if !mentions[number].isEmpty { seenHere.reserveCapacity(mentions[number].count + 2) }
            // At most one element: held in an array (one word) rather than an optional mention, which the
            // compiler copied through the stack on every token of the loop below.
            var subjectHere: [ActorMention] = []
            var quoteOpen = false
            var namesMeeting = false
            // Only the candidate tokens are visited, in order, each after the mentions that start before it;
            // one last round after them takes in the mentions that start after the last candidate.
            Self.candidates(in: sentenceTokens, filter: triggers, into: &positions)
            for slot in 0...positions.count {
                let index = slot < positions.count ? positions[slot] : sentenceTokens.count - 1
                // The start is read in place: copying each pending mention to look at it cost more than the rest.
                while let next = pending.indices.first, pending[next].tokens.lowerBound <= index {
                    let mention = pending.removeFirst()
                    seenHere.append(mention)
                    guard !mention.isPronoun else { continue }
                    let key: Actor.Kind = mention.kind == .person ? .person : .state
                    var standing = mention
                    if key == .state {
                        standing.actorNumber = mention.principalNumber
                        standing.kind = .state
                    }
                    // Each list holds an actor at most once, so removing its first entry is removing all of them.
                    recent.note(standing, as: key)
                    if mention.kind == .person || mention.kind == .body {
                        history.removeFirst { $0.mention.actorNumber == mention.actorNumber }
                        history.append((mention, paragraph))
                    }
                    if key == .person {
                        lastPerson = (mention, paragraph)
                        if subjectHere.isEmpty, !Self.followsPreposition(mention, in: sentenceTokens) { subjectHere = [mention] }
                    }
                }
                guard slot < positions.count else { break }
                // Fields read in place: copying each Token (two strings) cost more than the checks.
                let kind = sentenceTokens[index].kind
                if kind == .punctuation, quoteMarks.contains(lower: sentenceTokens[index]) {
                    let mark = sentenceTokens[index].text
                    quoteOpen = mark == "“" ? true : mark == "”" ? false : !quoteOpen
                    continue
                }
                let length = sentenceTokens[index].length
                // Hashes first: a failed String compare is a runtime call, and most words fail every one of these.
                let hash = sentenceTokens[index].lowerHash
                // 11 letters: the longest pair noun ("governments") must reach its branch.
                guard kind == .word, length <= 11 else { continue }
                if !namesMeeting, meetingWords.contains(lower: sentenceTokens[index]) { namesMeeting = true }
                let word = sentenceTokens[index].lower
                let isIt = hash == itHash, isThe = hash == theHash, isThis = hash == thisHash, isThey = hash == theyHash
                if length == 2, isIt && word == "it", index > 0, Self.reactionVerbs.contains(lower: sentenceTokens[index - 1]),
                   let actor = lastActor, actor.sentence == number - 1 {
                    // "Japan expelled eight diplomats. Moscow condemned it.": the object "it" is the act just reported.
                    for member in actor.group { added.append(pronoun(for: member, at: index, possessive: false)) }
                } else if length <= 4, isThe && word == "the" || isThis && word == "this", let actor = lastActor, actor.sentence == number - 1,
                   // The sentence right before, even across a paragraph break: a new paragraph often opens with the reaction.
                   Self.refersToPreviousAct(at: index, in: sentenceTokens),
                   pending.first.map({ $0.tokens.lowerBound > index + 2 }) ?? true {
                    // "North Korea fired a missile. Tokyo and Seoul condemned the launch.": the act is the previous opener's.
                    for member in actor.group {
                        var resolved = pronoun(for: member, at: index + 1, possessive: false)
                        resolved.tokens = index + 1..<index + 2
                        added.append(resolved)
                    }
                } else if length == 3, isThe && word == "the", pending.first.map({ $0.tokens.lowerBound > index + 1 }) ?? true,
                   let found = descriptions.description(at: index, in: sentenceTokens),
                   let referent = descriptions.referent(kind: found.kind, key: found.key,
                                                        in: history.filter { paragraph - $0.paragraph <= 1 }.map(\.mention)) {
                    let end = index + found.length
                    var resolved = pronoun(for: referent, at: index, possessive: end < sentenceTokens.count && sentenceTokens[end].kind == .possessive)
                    resolved.tokens = index..<end
                    added.append(resolved)
                    seenHere.append(resolved)
                } else if length <= 3, personal.contains(lower: sentenceTokens[index]),
                   let person = personReferent(word, at: index, seenHere: seenHere, lastPerson: lastPerson,
                                               lastSubject: lastSubject, recent: recent[.person], tokens: sentenceTokens),
                   paragraph - person.paragraph <= 1 {
                    let resolved = pronoun(for: person.mention, at: index, possessive: word == "his" || word == "her")
                    added.append(resolved)
                    seenHere.append(resolved)
                    if subjectHere.isEmpty, !Self.followsPreposition(resolved, in: sentenceTokens) { subjectHere = [person.mention] }
                } else if length <= 3, quoteOpen, ["we", "our", "i"].contains(word),
                          let speaker = quoteSpeaker(after: index, mentions: mentions[number], tokens: sentenceTokens) {
                    added.append(pronoun(for: speaker, at: index, possessive: word == "our"))
                } else if length == 2, isIt && word == "it", let referent = Self.continuedIt(at: index, added: added, tokens: sentenceTokens)
                            ?? itReferent(at: index, seenHere: seenHere, lastOpening: lastOpening, paragraph: paragraph, tokens: sentenceTokens) {
                    added.append(pronoun(for: referent, at: index, possessive: false))
                } else if length == 3 || length == 5, word == "its" || word == "their",
                          let noun = Self.neighbourNoun(after: index, in: sentenceTokens),
                          let other = neighbourReferent(before: index, seenHere: seenHere.filter { !$0.isPronoun },
                                                        lastOpening: lastOpening?.group, recentStates: recent[.state]) {
                    added.append(pronoun(for: other, at: noun,
                                         possessive: noun + 1 < sentenceTokens.count && sentenceTokens[noun + 1].kind == .possessive))
                } else if length == 4, isThey && word == "they", index == 0, seenHere.isEmpty, let opening = lastOpening,
                          opening.paragraph == paragraph, opening.group.count > 1 {
                    for member in opening.group { added.append(pronoun(for: member, at: index, possessive: false)) }
                } else if length == 4, isThey && word == "they", index == 0, seenHere.isEmpty, let meeting = lastMeeting,
                          meeting.sentence == number - 1, meeting.paragraph == paragraph {
                    for member in meeting.group { added.append(pronoun(for: member, at: index, possessive: false)) }
                } else if length <= 3, isThe && word == "the", Self.refersToEarlierClaim(at: index, in: sentenceTokens),
                          let accuser = Self.accuser(in: openings, before: number, paragraph: paragraph,
                                                     excluding: Set(mentions[number].filter { !$0.isPronoun }.prefix(1).map(\.principalNumber))) {
                    // "Beijing rejected the accusation": the claim answered is whoever made it a sentence or two before.
                    for member in accuser {
                        var resolved = pronoun(for: member, at: index + 1, possessive: false)
                        resolved.tokens = index + 1..<index + 2
                        added.append(resolved)
                    }
                } else if length == 4, isThey && word == "they", let previous = seenHere.last(where: { $0.kind != .person && !$0.isPronoun }) {
                    // "they" inside the sentence that named a state or organisation before it ("it" and "its"
                    // too often mean a policy or a plan to follow the same rule); "India and China … they" is both.
                    for member in group(endingWith: previous, in: seenHere, tokens: sentenceTokens) {
                        added.append(pronoun(for: member, at: index, possessive: false))
                    }
                } else if index >= 1, length >= 3, let kind = pairNounKinds[lower: sentenceTokens[index]],
                          // "Both men said …" opens the sentence, so the pair word may be its first token.
                          Self.isPairWord(sentenceTokens[index - 1].lower) || index >= 2 && Self.isPairWord(sentenceTokens[index - 2].lower)
                            || Self.hyphenatedPairWord(before: index, in: sentenceTokens),
                          case let pair = recent[kind], pair.count >= 2 {
                    // "the two Nordic states": a qualified pair is the last two states the article joined with "and".
                    let qualified = kind == .state && !Self.isPairWord(sentenceTokens[index - 1].lower)
                    for referent in qualified ? (lastJoinedPair ?? Self.earlierPair(pair, seenHere: seenHere, tokens: sentenceTokens)) : Self.earlierPair(pair, seenHere: seenHere, tokens: sentenceTokens) {
                        added.append(pronoun(for: referent, at: index, possessive: false))
                    }
                }
            }
            // "… on Iturup. Tokyo protested.": an objectless reaction answers the previous sentence's opener.
            if let actor = lastActor, actor.sentence == number - 1, !seenHere.isEmpty,
               let slot = Self.bareReactionSlot(in: sentenceTokens, seenHere: seenHere, previous: actor.group) {
                for member in actor.group { added.append(pronoun(for: member, at: slot, possessive: false)) }
            }
            if let subject = subjectHere.first { lastSubject = (subject, paragraph) }
            if let joined = joinedPair(in: mentions[number], tokens: sentenceTokens) { lastJoinedPair = joined }
            lastOpening = openingGroup(of: mentions[number], tokens: sentenceTokens).map { ($0, paragraph) }
            // Joined only when pronouns were added: most sentences have none, and the copy cost more than the search.
            let withAdded = added.isEmpty ? mentions[number] : mentions[number] + added
            // The finder's mentions hold no pronoun: with none added, the group with pronouns is the one just found.
            let actorGroup = added.isEmpty ? lastOpening?.group : openingGroup(of: withAdded, tokens: sentenceTokens, allowPronouns: true)
            lastActor = actorGroup.map { ($0, number, paragraph) }
            if let opening = lastOpening?.group, lastOpening?.paragraph == paragraph {
                openings.append((opening, number, paragraph))
                if openings.count > 4 { openings.removeFirst() }
            }
            if namesMeeting, let pair = Self.meetingPair(withAdded) {
                lastMeeting = (pair, number, paragraph)
            }
            if !added.isEmpty {
                mentions[number] = withAdded.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
    }

    /// The actors a sentence opens with ("Russia …", "The Kremlin …", "On Monday, Japan and Korea …").
    func openingGroup(of mentions: [ActorMention], tokens: [Token], allowPronouns: Bool = false) -> [ActorMention]? {
        // Most sentences open with no actor: judged from the earliest mention before any list is built.
        var earliest: Int?
        for mention in mentions where allowPronouns || !mention.isPronoun {
            if earliest.map({ mention.tokens.lowerBound < $0 }) ?? true { earliest = mention.tokens.lowerBound }
        }
        guard let start = earliest, Self.opensSentence(at: start, tokens: tokens) else { return nil }
        // Built in one reserved array and sorted only when out of order: a filter grows its copy step by step.
        var named: [ActorMention] = []
        named.reserveCapacity(mentions.count)
        for mention in mentions where allowPronouns || !mention.isPronoun { named.append(mention) }
        if zip(named, named.dropFirst()).contains(where: { $0.tokens.lowerBound > $1.tokens.lowerBound }) {
            named.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        guard let first = named.first else { return nil }
        var group = [first]
        for next in named.dropFirst() {
            // "they", "the two leaders": several actors on the same tokens belong together.
            if next.tokens.lowerBound < group[group.count - 1].tokens.upperBound {
                group.append(next)
                continue
            }
            let gap = group[group.count - 1].tokens.upperBound..<next.tokens.lowerBound
            guard !gap.isEmpty, gap.allSatisfy({ Self.joiners.contains(tokens[$0].lower) || tokens[$0].kind == .possessive }),
                  gap.contains(where: { tokens[$0].lower == "and" || tokens[$0].text == "&" }) || gap.contains(where: { tokens[$0].text == "," }) else { break }
            group.append(next)
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

    private func pronoun(for referent: ActorMention, at index: Int, possessive: Bool) -> ActorMention {
        var mention = referent
        mention.tokens = index..<index + 1
        mention.source = .alias
        mention.isPossessive = possessive
        mention.isPronoun = true
        return mention
    }
}

extension Array {
    /// Removes the first element that matches, if any: cheaper than `removeAll(where:)` on a list known to hold one.
    fileprivate mutating func removeFirst(where matches: (Element) -> Bool) {
        if let index = firstIndex(where: matches) { remove(at: index) }
    }
}

/// The persons and the states (organisations counted as their principal) named lately, newest last, each once:
/// two lists rather than a dictionary hashed for every mention.
private struct RecentActors {
    private var persons: [ActorMention] = []
    private var states: [ActorMention] = []

    subscript(kind: Actor.Kind) -> [ActorMention] {
        switch kind {
        case .person: persons
        case .state: states
        default: []
        }
    }

    /// Moves `mention` to the end of the list for `kind` (a person or a state).
    mutating func note(_ mention: ActorMention, as kind: Actor.Kind) {
        switch kind {
        case .person: persons.moveToEnd(mention)
        case .state: states.moveToEnd(mention)
        default: break
        }
    }
}

extension [ActorMention] {
    /// Each actor is held once, so removing its first entry removes all of them.
    fileprivate mutating func moveToEnd(_ mention: ActorMention) {
        removeFirst { $0.actorNumber == mention.actorNumber }
        append(mention)
    }
}
