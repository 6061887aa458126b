/// Gives pronouns the actors they stand for: "he", "his", "she", "her" a person named before them,
/// "they" the state or group just named, "the two leaders" the last two, and "we" or "I" inside a
/// quote the speaker the sentence names.
struct PronounResolver: Sendable {
    let gazetteer: Gazetteer

    func resolve(_ mentions: inout [[ActorMention]], tokens: [[Token]], sentences: [Sentence]) {
        var lastPerson: (mention: ActorMention, paragraph: Int)?
        // The person the latest sentence with one was about: a sentence-initial "he" continues its topic.
        var lastSubject: (mention: ActorMention, paragraph: Int)?
        // The states or organisations that opened the latest sentence: a sentence-initial "It" or "They" goes on with them.
        var lastOpening: (group: [ActorMention], paragraph: Int)?
        var recent = RecentActors(capacity: mentions.reduce(0) { $0 + $1.count })
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
        var lastJoinedPair: (pair: [ActorMention], sentence: Int, paragraph: Int)?
        // The states named so far, by paragraph and article, for an unqualified "the two countries".
        var pairTally = ArticlePairTally()
        // Whether the latest sentence that named persons named exactly two: only then are the last two persons a pair
        // of leaders; one at a time, or three and more, they are not.
        var personsPaired = false
        // Actors last named as a host or witness ("in the presence of Rubio"): never one of "the two ministers".
        var witnesses: [UInt32] = []
        // Read once here: each access to a static goes through its one-time initialiser check.
        let itHash = Self.itHash, theHash = Self.theHash, thisHash = Self.thisHash, theyHash = Self.theyHash
        let quoteMarks = Self.quoteMarks, pairNounKinds = Self.pairNounKinds, personal = Self.personalPronouns
        let triggers = Self.triggerWords, meetingWords = Self.meetingWords
        // Per sentence: the tokens some branch below may start from, the pronouns resolved, and the mentions met
        // so far. Emptied for each sentence but kept, so their storage is not allocated and freed per sentence.
        var positions: [Int] = [], added: [ActorMention] = [], seenHere: [ActorMention] = []
        // Titled people the data does not know, and the last sentence one of them opened.
        let strangers = Self.strangerSurnames(in: tokens, mentions: mentions)
        var strangerOpened: (sentence: Int, paragraph: Int)?
        for number in tokens.indices {
            added.removeAll(keepingCapacity: true)
            seenHere.removeAll(keepingCapacity: true)
            let sentenceTokens = tokens[number]
            let paragraph = sentences[number].paragraph
            // The finder lists mentions in text order: sorting (a copy) is needed only after a later pass reordered them.
            let inOrder = zip(mentions[number], mentions[number].dropFirst()).allSatisfy { $0.tokens.lowerBound <= $1.tokens.lowerBound }
            var pending = inOrder ? mentions[number][...] : mentions[number].sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }[...]
            var subjectHere: ActorMention?
            let strangerHere = !strangers.isEmpty && Self.opensWithStranger(sentenceTokens, mentions: mentions[number], strangers: strangers)
            let strangerBefore = strangerOpened.map { $0.sentence == number - 1 && $0.paragraph == paragraph } ?? false
            if strangerHere { strangerOpened = (number, paragraph) }
            var quoteOpen = false
            var namesMeeting = false
            let listed = Self.listedStarts(in: mentions[number], tokens: sentenceTokens)
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
                    recent.note(standing, as: key)
                    if Self.isWitness(at: mention.tokens.lowerBound, in: sentenceTokens) {
                        if !witnesses.contains(standing.actorNumber) { witnesses.append(standing.actorNumber) }
                    } else if !witnesses.isEmpty {
                        witnesses.removeAll { $0 == standing.actorNumber }
                    }
                    pairTally.note(mention, paragraph: paragraph, listed: !listed.isEmpty && listed.contains(mention.tokens.lowerBound))
                    // Organisations too, for "the bloc" (definite descriptions).
                    if mention.kind == .person || mention.kind == .body || mention.kind == .organisation {
                        // The history holds an actor at most once, so removing its first entry is removing all of them.
                        history.removeFirst { $0.mention.actorNumber == mention.actorNumber }
                        history.append((mention, paragraph))
                    }
                    if key == .person {
                        lastPerson = (mention, paragraph)
                        if subjectHere == nil, !Self.followsPreposition(mention, in: sentenceTokens) { subjectHere = mention }
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
                } else if length <= 3, strangerHere || strangerBefore, personal.contains(lower: sentenceTokens[index]),
                          Self.meansStranger(at: index, openedHere: strangerHere, openedBefore: strangerBefore, seenHere: seenHere) {
                    // A stranger's pronoun stays unresolved: no known person stands in for them.
                    continue
                } else if length <= 3, personal.contains(lower: sentenceTokens[index]),
                   let person = personReferent(word, at: index, seenHere: seenHere, lastPerson: lastPerson,
                                               lastSubject: lastSubject, recent: recent[.person], tokens: sentenceTokens),
                   paragraph - person.paragraph <= 1 {
                    let resolved = pronoun(for: person.mention, at: index, possessive: word == "his" || word == "her")
                    added.append(resolved)
                    seenHere.append(resolved)
                    if subjectHere == nil, !Self.followsPreposition(resolved, in: sentenceTokens) { subjectHere = person.mention }
                } else if length <= 3, quoteOpen, ["we", "our", "i"].contains(word),
                          let speaker = quoteSpeaker(after: index, mentions: mentions[number], tokens: sentenceTokens) {
                    added.append(pronoun(for: speaker, at: index, possessive: word == "our"))
                } else if length == 2, isIt && word == "it", let referent = Self.continuedIt(at: index, added: added, tokens: sentenceTokens)
                            ?? itReferent(at: index, seenHere: seenHere, lastOpening: lastOpening, paragraph: paragraph, tokens: sentenceTokens)
                            ?? clauseOpeningIt(at: index, seenHere: seenHere, lastOpening: lastOpening, paragraph: paragraph, tokens: sentenceTokens) {
                    added.append(pronoun(for: referent, at: index, possessive: false))
                } else if length == 3 || length == 5, word == "its" || word == "their",
                          let noun = Self.neighbourNoun(after: index, in: sentenceTokens),
                          Self.namesOneNeighbour(at: index, noun: noun, in: sentenceTokens),
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
                            || Self.hyphenatedPairWord(before: index, in: sentenceTokens) || Self.opensWithBarePairNoun(at: index, in: sentenceTokens),
                          case let pair = Self.withoutWitnesses(recent[kind], witnesses: witnesses), pair.count >= 2,
                          // "Both men … asked their governments": two persons named paragraphs apart are not the pair
                          // meant (unnamed hostages were); the last two must be named in this paragraph or the one before.
                          // "The two leaders" names their office, so it reaches back further.
                          !Self.plainPersonNouns.contains(lower: sentenceTokens[index]) || pair.suffix(2).allSatisfy({ person in
                              history.contains { $0.mention.actorNumber == person.actorNumber && paragraph - $0.paragraph <= 1 }
                          }),
                          // "When he met Modi …, the two leaders agreed": with "he" a stranger, the pair is not two known persons.
                          kind != .person || !Self.unresolvedPersonBefore(index, in: sentenceTokens, added: added) {
                    // "the two Nordic states": a qualified pair is the last two states the article joined with "and".
                    let qualified = kind == .state && !Self.isPairWord(sentenceTokens[index - 1].lower)
                        && !Self.opensWithBarePairNoun(at: index, in: sentenceTokens)
                    let earlier = Self.earlierPair(pair, seenHere: seenHere, tokens: sentenceTokens)
                    // "Japan and Russia … Kyiv … the two neighbours": a pair joined a few sentences back outweighs a
                    // state named since in passing.
                    let namesStateHere = seenHere.contains { !$0.isPronoun && $0.kind != .person }
                    // A bare "The countries" opening the sentence is the paragraph's or article's pair, never a pair
                    // joined in passing ("Mexico and Spain welcomed the accord. The countries fought a war …").
                    let bare = Self.opensWithBarePairNoun(at: index, in: sentenceTokens)
                    // Unqualified: the paragraph's (else the article's) pair, unless a pair was joined just before.
                    let tally = kind == .state && !qualified
                        ? pairTally.pair(in: paragraph, naming: mentions[number], tokens: sentenceTokens) : nil
                    // "… between Cyprus and Turkey.¶ Both sides say …": a pair joined in a paragraph before, in passing,
                    // gives way to the pair the article is about; with no such pair yet it is still meant.
                    let joined = !bare && (qualified || kind == .state && !namesStateHere)
                        ? lastJoinedPair.flatMap {
                            qualified || number - $0.sentence <= Self.joinedPairReach && ($0.paragraph == paragraph || tally == nil) ? $0.pair : nil
                        } : nil
                    let tallied = joined == nil ? tally : nil
                    // "… with Aliyev, Macron and Michel. The two leaders spoke …", "Merkel held calls with both leaders":
                    // the last two persons named apart, in a crowd, or one of them here, are no pair; the leaders of the
                    // article's two states are meant.
                    let namedHere = seenHere.filter { $0.kind == .person }.map(\.actorNumber)
                    let unpaired = !personsPaired || pair.suffix(2).contains { namedHere.contains($0.actorNumber) }
                    let leaders = kind == .person && unpaired
                        ? pairTally.articlePair().flatMap { Self.leaders(of: $0, recent: recent, excluding: namedHere) } : nil
                    for referent in joined ?? tallied ?? leaders ?? earlier {
                        added.append(pronoun(for: referent, at: index, possessive: false))
                    }
                }
            }
            // "… on Iturup. Tokyo protested.": an objectless reaction answers the previous sentence's opener.
            if let actor = lastActor, actor.sentence == number - 1, !seenHere.isEmpty,
               let slot = Self.bareReactionSlot(in: sentenceTokens, seenHere: seenHere, previous: actor.group) {
                for member in actor.group { added.append(pronoun(for: member, at: slot, possessive: false)) }
            } else if number > 0, sentences[number - 1].paragraph == paragraph, !seenHere.isEmpty,
                      lastActor.map({ $0.sentence != number - 1 }) ?? true,
                      let lone = Self.loneActor(in: mentions[number - 1]),
                      let slot = Self.bareReactionSlot(in: sentenceTokens, seenHere: seenHere, previous: [lone]) {
                // "… missiles had been deployed on Iturup by the Russian fleet. Tokyo protested.": with no actor opening
                // the sentence before, the one state it named is whom the reaction answers.
                added.append(pronoun(for: lone, at: slot, possessive: false))
            }
            // "That year Caracas broke off ties.": the relation is with the other side of the pair the text is about.
            if !seenHere.isEmpty, let found = Self.partnerSlot(in: sentenceTokens, seenHere: seenHere, pair: { pairTally.pair(in: paragraph) }) {
                added.append(pronoun(for: found.partner, at: found.slot, possessive: false))
            }
            if let subject = subjectHere { lastSubject = (subject, paragraph) }
            if case let persons = Self.distinctPersons(in: mentions[number]), persons > 0 { personsPaired = persons == 2 }
            if let joined = joinedPair(in: mentions[number], tokens: sentenceTokens) { lastJoinedPair = (joined, number, paragraph) }
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
