/// Where a cue's target is looked for: objects, prepositional phrases, and what must not count as one.
extension StanceFinder {
    /// The first group of actors the cue reaches: its direct object or the object of a target preposition,
    /// skipping groups of the holder's own side; the search ends at the next verb group.
    func targets(after range: Range<Int>, in after: [Int], holder: Int?, view: SentenceView, forVerb: Bool = false) -> [Int] {
        let own = holder.map { principal(view.mentions[$0].actor) }
        let limit = searchLimit(after: range, in: view)
        for mention in after {
            let start = view.mentions[mention].tokens.lowerBound
            if start >= limit { break }
            // "announced its own expulsions on April 8, after images from Kyiv …": a noun's reach ends at a comma
            // or a time phrase.
            // "joined Western allies in imposing sanctions on Moscow": a gerund cue takes what follows it.
            if !forVerb, (range.upperBound..<start).contains(where: {
                Self.nounReachEnds.contains(lower: view.tokens[$0])
                    || view.tokens[$0].lower.endsWithASCII("ing") && view.mentionAt[$0] == nil && startsCue(view.tokens[$0])
            }) { break }
            guard isTargetCandidate(mention, view: view) || isGoodsOfMeasure(mention, in: view)
                    || forVerb && isDirectGoods(mention, after: range, in: view) else { continue }
            let preposition = view.preposition(before: mention)
            // "tests and China expands": an actor joined on by a conjunction starts a new clause, no object.
            // "the partnership worries Washington": a noun takes its target behind a preposition, never as an object.
            let direct = forVerb && start - range.upperBound <= 3 && preposition == nil
                && !(range.upperBound..<start).contains { Self.directObjectBreaks.contains(lower: view.tokens[$0]) }
            // "froze the assets of Russian banks": after a verb, "of" reaches into its plain object phrase, a count
            // included ("expelled 18 staff of the Russian embassy").
            let objectOf = forVerb && preposition == "of" && start - range.upperBound <= 6
                && (range.upperBound..<start).allSatisfy {
                    (view.tokens[$0].isWord || view.tokens[$0].kind == .number) && view.mentionAt[$0] == nil && !startsCue(view.tokens[$0])
                        && (!SentenceView.prepositions.contains(lower: view.tokens[$0]) || view.tokens[$0].lower == "of")
                        && !Self.plainConjunctions.contains(lower: view.tokens[$0])
                }
            // "demanded an apology from Beijing": what is asked for comes from the one it is demanded of.
            let agentOfObject = forVerb && (preposition == "by" || preposition == "from" && Self.seekingVerbs.contains(view.tokens[range.lowerBound].lower))
                && reachesAgentOfObject(start, after: range, in: view)
            let agentBehindTopic = reachesAgentBehindTopic(start, after: range, in: view)
            // "stood by Kyiv", "spoke to Tokyo", "objected to Seoul's plan": a cue that ends in its own preposition
            // takes the actor right after it.
            let ownPreposition = forVerb && range.count > 1 && start - range.upperBound <= 1
                && SentenceView.prepositions.contains(lower: view.tokens[range.upperBound - 1])
            // "declined to open any talks on the note": the resolver's implied partner stands right after the noun.
            // ("concessions they might …": a pronoun word there is the next clause's subject, no partner.)
            let impliedPartner = view.mentions[mention].isPronoun && start == range.upperBound && !forVerb
                && PronounResolver.partneredNouns.contains(lower: view.tokens[range.upperBound - 1])
                && !Self.pronounWords.contains(lower: view.tokens[start])
            let recalledFrom = forVerb && isPostingOfRecalledEnvoy(mention, preposition: preposition, verb: range, in: view)
            let seat = forVerb && preposition == "in" && isSeatOfGovernmentObject(mention, after: range, in: view)
            let reached = seat || recalledFrom || impliedPartner || ownPreposition || tradeSource(mention, preposition: preposition, after: range, forVerb: forVerb, in: view) || objectOf || agentOfObject || agentBehindTopic || preposition.map {
                lexicon.targetPrepositions.contains($0) && !(forVerb && lexicon.nounOnlyPrepositions.contains($0))
            } ?? false
            guard direct || reached else { continue }
            // "sanctions over the war in Ukraine": an actor inside another cue's phrase is that cue's argument.
            if !agentBehindTopic, let preposition, lexicon.nounOnlyPrepositions.contains(preposition), embedsCue(range.upperBound..<start, in: view) {
                continue
            }
            if preposition == "for", followedByInfinitive(mention, view: view) { continue }
            // "freed three prisoners and sent them to Qatar", "to sneak into the US": where another verb moves
            // someone is a place, not the cue's target (issue 15, class 2).
            if let preposition, Self.destinationPrepositions.contains(preposition),
               (range.upperBound..<start).contains(where: { Self.motionVerbs.contains(lower: view.tokens[$0]) && view.mentionAt[$0] == nil }) {
                continue
            }
            if isReferralVenue(mention, preposition: preposition, cue: range, in: view)
                || isForumOfComplaint(mention, preposition: preposition, cue: range, in: view) { continue }
            // "imposed in step with the United States": who acts alongside the holder is no target.
            if preposition == "with", isAccompaniment(before: start, in: view) { continue }
            let group = view.coordinated(with: mention).filter { $0 == mention || isTargetCandidate($0, view: view) && !opensJoinedClause($0, in: view) }
            if group.allSatisfy({ principal(view.mentions[$0].actor) == own }) { continue }
            return group
        }
        return []
    }

    /// Where the cue's arguments end: at an auxiliary, or at another cue that is not inside a prepositional phrase.
    func searchLimit(after range: Range<Int>, in view: SentenceView) -> Int {
        var index = range.upperBound
        while index < view.tokens.count {
            if lexicon.auxiliaries.contains(lower: view.tokens[index]) { return index }
            if view.mentionAt[index] == nil, startsCue(view.tokens[index]), index > range.upperBound {
                let from = max(range.upperBound, index - 2)
                let inPhrase = (from..<index).contains { SentenceView.prepositions.contains(lower: view.tokens[$0]) }
                // "suspended peace treaty talks with Japan": a cue noun right after the verb is its object.
                // ("threatens to suspend Turkey's relations with …": an owner's "'s" is part of the object.)
                let isObject = index - range.upperBound <= 3 && (range.upperBound..<index).allSatisfy {
                    (view.tokens[$0].isWord || view.tokens[$0].kind == .possessive) && !Self.andOrBut.contains(lower: view.tokens[$0])
                }
                let isCounted = index - range.upperBound > 3 && takesAsObject(index..<index + 1, after: range, in: view)
                if !inPhrase && !isObject && !isCounted && !isHyphenGlued(index, in: view)
                    && !isObjectPastCompounds(range.upperBound..<index, in: view) { return index }
            }
            index += 1
        }
        return index
    }

    /// Not denied ("not at X"), not a modifier glued into a compound ("Kremlin-friendly-media"), and a national
    /// adjective only when it stands for the state ("the Japanese ambassador").
    func isTargetCandidate(_ mention: Int, view: SentenceView) -> Bool {
        let found = view.mentions[mention]
        let start = found.tokens.lowerBound, end = found.tokens.upperBound
        // "not to Russia but to NATO" denies the target; "not recognise Russia" negates the verb instead.
        if (max(0, start - 4)..<start).contains(where: { index in
            view.tokens[index].lower == "not" && !(index + 1..<start).contains { startsCue(view.tokens[$0]) }
        }) { return false }
        // ("the India-led conclave", "the Saudi-led charges": the leader of what is named is its party.)
        if end + 1 < view.tokens.count, view.tokens[end].text == "-", !view.tokens[end + 1].spaceBefore,
           view.mentionAt[end + 1] == nil, !view.tokens[end].spaceBefore, !Self.ledBy.contains(lower: view.tokens[end + 1]) {
            return false
        }
        // "the Russian invasion", "Chinese pressure": a national adjective on a cue noun names who acts
        // (but "with American support" only says how).
        if isDescribingName(mention, in: view) { return false }
        if found.source == .adjective {
            return standsForState(found, view: view) || end < view.tokens.count && startsCue(view.tokens[end])
                && view.preposition(before: mention) != "with"
        }
        return true
    }

    /// "the Japanese ambassador", "Russian officials": an adjective followed by a representative noun.
    func standsForState(_ mention: ActorMention, view: SentenceView) -> Bool {
        if isNationAsPeople(mention, view: view) { return true }
        var index = mention.tokens.upperBound
        var skipped = 0
        while index < view.tokens.count, skipped <= 2 {
            if lexicon.representativeNouns.contains(lower: view.tokens[index]) { return true }
            guard view.tokens[index].isWord else { return false }
            index += 1
            skipped += 1
        }
        return false
    }

    /// "stood with the Dutch", "called the Dutch \"fascists\"": "the" and a national adjective with no noun after it
    /// name the nation.
    func isNationAsPeople(_ mention: ActorMention, view: SentenceView) -> Bool {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        guard start > 0, view.tokens[start - 1].lower == "the" else { return false }
        guard end < view.tokens.count else { return true }
        let next = view.tokens[end]
        return !next.isWord && next.kind != .possessive || Self.afterNationWords.contains(lower: next)
    }

    /// "-led", "-sponsored": a compound that names who leads or sponsors the noun after it.
    static let ledBy: WordSet = ["led", "sponsored", "hosted", "backed", "brokered", "organised", "organized", "run", "drafted"]

    static let afterNationWords: WordSet = ["and", "or", "but", "to", "in", "for", "over", "on", "at", "with", "as", "who", "after", "because"]

    /// "for the United States to rein in": the subject of an infinitive, not a target.
    func followedByInfinitive(_ mention: Int, view: SentenceView) -> Bool {
        let end = view.mentions[mention].tokens.upperBound
        return end + 1 < view.tokens.count && view.tokens[end].lower == "to" && view.tokens[end + 1].isWord
            && view.mentionAt[end + 1] == nil
    }

    /// A cue noun behind a preposition in `gap`, with no break after it: what follows belongs to it.
    func embedsCue(_ gap: Range<Int>, in view: SentenceView) -> Bool {
        gap.contains { index in
            index > gap.lowerBound && view.mentionAt[index] == nil && startsCue(view.tokens[index])
                && (max(gap.lowerBound, index - 2)..<index).contains { SentenceView.prepositions.contains(lower: view.tokens[$0]) }
                && !(index..<gap.upperBound).contains { [",", "and", "but", "or", ";"].contains(view.tokens[$0].lower) }
        }
    }

    /// A word that begins a cue, leaving out prepositions that only open a phrase cue ("at odds").
    @inline(__always)
    func startsCue(_ token: Token) -> Bool {
        lexicon.startsCue(token) && !SentenceView.prepositions.contains(lower: token)
    }

    /// Words a resolved pronoun stands on, as against the token an implied partner is placed at.
    static let pronounWords: WordSet = ["they", "it", "he", "she", "them", "its", "their", "his", "her", "him", "we", "our", "this", "the"]

    static let destinationPrepositions: Set<String> = ["to", "into", "towards", "toward"]

    /// Verbs that move people or things somewhere: after one of them, "to X" is where, not whom.
    static let motionVerbs: WordSet = [
        "send", "sends", "sent", "sending", "fly", "flew", "flown", "flies", "move", "moved", "moves", "transfer",
        "transferred", "transfers", "deport", "deported", "deports", "take", "took", "taken", "takes", "bring", "brought",
        "brings", "sneak", "sneaked", "snuck", "travel", "travelled", "traveled", "travels", "flee", "fled", "flees",
        "escort", "escorted", "ship", "shipped", "smuggle", "smuggled", "relocate", "relocated",
    ]
}
