/// Finds directed stances in one sentence from cues and the actors around them.
///
/// Rules, in order: nominal cues with an owner ("Japan's sanctions against Russia"), pair nouns
/// ("cooperation between X and Y", "Sino-Indian ties"), passives ("imposed by Japan on Russia"),
/// predicates a speaker states ("Seoul said Tokyo was unreliable"), and active verbs (subject → object).
///
/// The general role rules sit beside this file (Roles, Targets, ClauseShape); the rules for particular shapes are
/// in folders by what they decide: `Holders/` who holds an act, `Parties/` which actors are parties to it and
/// which only places, venues or bystanders, `Objects/` whom an act aimed at another act or a described object is
/// aimed at, `ActKinds/` what kind of stance a speech act, request or judgement is, and `NotDone/` acts that did
/// not happen and so give no stance.
struct StanceFinder: Sendable {
    let lexicon: CueLexicon
    let gazetteer: Gazetteer

    /// The state or organisation an actor counts as.
    func principal(_ id: String) -> String {
        gazetteer.principal(of: id)
    }

    /// One stance before it is tied to an article: mention indices into the sentence's mentions.
    struct Finding: Equatable {
        var holder: String
        var target: String
        var score: Double
        var category: String
        var cue: String
    }

    /// Stances in the sentence; `cues` are the lexicon's matches when the caller has them already.
    func findings(in view: SentenceView, cues known: [(cue: CueLexicon.Cue, tokens: Range<Int>)]? = nil) -> [Finding] {
        var findings: [Finding] = []
        // "ordered ten battalions to the Colombian frontier": a troop movement to a border reads as "deploy".
        let cues = withTroopMovements(known ?? lexicon.cues(in: view.tokens), in: view)
        // Geography ("the borders of", "near the Afghan border") needs a geography noun: most sentences have none.
        var hasGeography: Bool?
        // By index: enumerating copied every cue (its words, lemma and category) before the first check.
        for number in cues.indices {
            let range = cues[number].tokens
            if range.contains(where: { view.mentionAt[$0] != nil }) { continue }
            var cue = cues[number].cue
            // "while warning that …": an -ing word after a subordinator is a verb, not the noun it spells.
            if cue.role == .noun, range.count == 1, range.lowerBound > 0, view.tokens[range.lowerBound].lower.endsWithASCII("ing"),
               Self.adverbialSubordinators.contains(view.tokens[range.lowerBound - 1].lower) {
                cue.role = .verb
            }
            // "refused to condemn": a refusal before an infinitive only negates the verb after it.
            if cue.role == .verb, lexicon.refusals.contains(lower: view.tokens[range.lowerBound]), range.upperBound < view.tokens.count,
               view.tokens[range.upperBound].lower == "to" { continue }
            // "Yoon visits Tokyo", "Japan sanctions Russia": a plural noun between a subject and an object is a verb.
            if cue.role == .noun, range.count == 1, view.tokens[range.lowerBound].lower.endsWithASCII("s"), range.lowerBound > 0,
               let subject = view.mentionAt[range.lowerBound - 1], !view.mentions[subject].isPossessive,
               view.mentions[subject].source != .adjective, range.upperBound < view.tokens.count,
               view.mentionAt[range.upperBound] != nil || range.upperBound + 1 < view.tokens.count
                && view.tokens[range.upperBound].lower == "the" && view.mentionAt[range.upperBound + 1] != nil {
                cue.role = .verb
            }
            // "ordered Russia to close": a directive is a demand only with the infinitive it directs, not "ordered jets".
            if cue.role == .verb, cue.lemma == "order", !(range.upperBound..<min(view.tokens.count, range.upperBound + 6)).contains(where: { to in
                view.tokens[to].lower == "to" && (range.upperBound..<to).contains { view.mentionAt[$0] != nil }
            }) { continue }
            // "Tokyo protests as Moscow deploys missiles": a headline's plural noun right after its subject and before
            // "as" or "after" and another actor is the subject's verb (a city alone never owns a noun).
            if cue.role == .noun, !cue.symmetric, range.count == 1, view.tokens[range.lowerBound].lower.endsWithASCII("s"), range.lowerBound > 0,
               let subject = view.mentionAt[range.lowerBound - 1], !view.mentions[subject].isPossessive,
               view.mentions[subject].source != .adjective, range.upperBound + 1 < view.tokens.count,
               Self.asOrAfter.contains(lower: view.tokens[range.upperBound]),
               (range.upperBound + 1..<min(view.tokens.count, range.upperBound + 3)).contains(where: { index in
                   // The other actor must act in turn ("Moscow deploys"), not name a thing ("Washington visit").
                   guard let other = view.mentionAt[index], view.mentions[other].tokens.upperBound < view.tokens.count else { return false }
                   let verb = view.tokens[view.mentions[other].tokens.upperBound]
                   return verb.isWord && !verb.isCapitalised && (verb.lower.endsWithASCII("s") || verb.lower.endsWithASCII("ed"))
               }) {
                cue.role = .verb
            }
            // "offer a counterweight", "lodge a protest": a support verb defers to the cue noun it takes.
            if cue.role == .verb, lexicon.supportVerbs.contains(lower: view.tokens[range.lowerBound]), number + 1 < cues.count,
               cues[number + 1].cue.role == .noun, takesAsObject(cues[number + 1].tokens, after: range, in: view) {
                continue
            }
            // "Xi received him", not "received aid": some verbs are cues only with an actor as their direct object.
            if cue.role == .verb, !lexicon.actorObjectOnly.isEmpty, lexicon.actorObjectOnly.contains(cue.lemma),
               !hasActorObject(after: range, in: view) { continue }
            // "needs to think", "needs both allies to deal with …": "need" before an infinitive is a modal, not a cue.
            if cue.role == .verb, cue.words.count == 1, cue.lemma == "need",
               (range.upperBound..<max(range.upperBound, min(view.tokens.count - 1, range.upperBound + 4))).contains(where: {
                   view.tokens[$0].lower == "to" && view.mentionAt[$0 + 1] == nil && view.tokens[$0 + 1].isWord
               }) { continue }
            // "the Supreme Court", "the Atlantic Alliance": a capitalised cue inside a proper name is no cue.
            if range.lowerBound > 0, view.tokens[range.lowerBound].isCapitalised, view.tokens[range.lowerBound - 1].isCapitalised,
               view.tokens[range.lowerBound - 1].isWord, view.mentionAt[range.lowerBound - 1] == nil, !isTitleCase(view) { continue }
            // "Japan-China ties cooled": the relationship noun is the subject of the verb that carries the stance.
            if cue.role == .noun, lexicon.relationNouns.contains(lower: view.tokens[range.lowerBound]),
               cues[(number + 1)...].contains(where: {
                   $0.cue.role == .verb && $0.tokens.lowerBound - range.upperBound <= 6 && relationSubject(before: $0.tokens, in: view) != nil
               }) { continue }
            // "the arms embargo", "an armed patrol": an inflected verb form right after an article modifies the noun
            // after it ("a fund" keeps its sense as a noun).
            if cue.role == .verb, range.count == 1, range.lowerBound > 0, Self.articles.contains(lower: view.tokens[range.lowerBound - 1]),
               view.tokens[range.lowerBound].lower.endsWithASCII("s") || view.tokens[range.lowerBound].lower.endsWithASCII("ed") { continue }
            // "the blanket ban", "a trade embargo": a base form after an article and one plain modifier is a noun.
            if cue.role == .verb, range.count == 1, range.lowerBound > 1, Self.articles.contains(lower: view.tokens[range.lowerBound - 2]),
               view.tokens[range.lowerBound - 1].isWord, !view.tokens[range.lowerBound - 1].isCapitalised, view.mentionAt[range.lowerBound - 1] == nil,
               !view.tokens[range.lowerBound].lower.endsWithASCII("ed"), !view.tokens[range.lowerBound].lower.endsWithASCII("ing") {
                cue.role = .noun
            }
            // "threatened to veto …", "opposed new sanctions on …": the inner act speaks; an opposed measure is not held.
            if threatensAnotherAct(cue, at: range, cues: cues, from: number, in: view)
                || vowsAHostileAct(cue, at: range, cues: cues, from: number, in: view) || deniesAProposition(cue, at: range, in: view)
                || modifiesTradeNoun(cue, at: range, in: view) { continue }
            if isAppealedAct(range, cues: cues, from: number, in: view) || isDemandedThing(cue, at: range, cues: cues, from: number, in: view) {
                continue
            }
            // "if Beijing struck Moscow", "a bloc able to fight Russia", "might impose sanctions": not done, no stance.
            if isUnrealised(cue, at: range, in: view) || isInsideUnrealisedComplement(range, in: view)
                || isInsideFalseReport(range, in: view) { continue }
            if isOpposedMeasure(number, cues: cues, in: view) || isUnarmedCrossing(cue, at: range, in: view) { continue }
            guard var (score, category) = polarity(of: cue, at: range, in: view) else { continue }
            // "Armenia suspended talks with Azerbaijan", "refused to meet": a mutual act stopped or refused is done by one side.
            if (score > 0) != (cue.score > 0) { cue.symmetric = false }
            if score < 0, let changed = threatBefore(number, at: range, cues: cues, in: view) ?? settledQuarrel(cue, at: range, in: view) {
                (score, category) = changed
            }
            var pairs = roles(of: cue, at: range, in: view)
            // "…, a charge Kabul rejects" answers the accuser.
            if cue.role == .verb, let answered = chargeRejection(range, in: view) { pairs = answered }
            if pairs.isEmpty, let regret = regretRoles(cue, at: range, in: view) { (pairs, score, category) = regret }
            if pairs.isEmpty { pairs = agentlessMeasureRoles(cue, at: range, in: view) }
            // "Paris called off a meeting of the British and French ministers": a stopped joint noun is held by
            // whoever stopped it, toward the others.
            if cue.role == .noun, cue.score > 0, score < 0, pairs.count > 1 { pairs = stoppedBy(pairs, before: range, in: view) }
            // "vetoed the sanctions against Russia": an actor behind the opposed measure is the measure's target.
            if cue.role == .verb, Self.opposingLemmas.contains(cue.lemma),
               let measure = opposedMeasure(after: range, cues: cues, from: number, in: view) {
                pairs.removeAll {
                    view.mentions[$0.1].tokens.lowerBound >= measure.upperBound
                        && Self.measureTargetPrepositions.contains(view.preposition(before: $0.1) ?? "")
                }
            }
            // "Kishida said Russia's aggression …": reporting another's hostile act with no target disapproves of it.
            if pairs.isEmpty, cue.role == .noun || cue.role == .verb, score < 0 {
                // Only force and coercion: reporting that someone protested or criticised is no stance of one's own.
                let forceful = [15, 17, 18, 19, 20].contains(cue.root)
                // "said Japan had chosen confrontation": a quarrel laid at one side's door is held against that side.
                let quarrel = cue.role == .noun && cue.symmetric && cue.root == 16
                pairs = quarrel ? reportedActors(of: range, in: view)
                    : !forceful ? [] : cue.role == .noun ? reportedOwners(of: range, in: view) : reportedActors(of: range, in: view)
                (score, category) = (-2.0, "11 Disapprove")
            }
            if pairs.isEmpty { continue }
            if score > 0, cue.role != .verb, removalFromList(before: range, in: view) { (score, category) = (-4.0, "16 Reduce relations") }
            if cue.root == 2, demandsRefraining(after: range, in: view) || urgesAnAct(cue, after: range, in: view)
            || asksForAnAccount(after: range, in: view) {
                (score, category) = (-5.0, "10 Demand")
            }
            let text = range.map { view.tokens[$0].text }.joined(separator: " ")
            // "sided with Washington against Moscow": siding with one party opposes the one after "against".
            if score > 0, cue.role == .verb, let opposed = opposedParty(after: range, pairs: pairs, in: view) {
                pairs += opposed
            }
            for (holder, target) in pairs {
                // "hospitals in France help …", "where the borders of A and B meet": a place is no party.
                if hasGeography == nil { hasGeography = view.tokens.contains { lexicon.geographyNouns.contains(lower: $0) } }
                let geography = hasGeography ?? true
                if isPlaceAsHolder(holder, cue: range, geography: geography, in: view)
                    || geography && (isGeographyPlace(holder, cue: cue, in: view) || isGeographyPlace(target, cue: cue, in: view)) { continue }
                if score < 0, isSideFoughtFor(target, cue: cue, in: view) { continue }
                // "the G7 summit with the leaders of France and Japan": a body's gathering of its own members.
                if score > 0, isGatheringOfMembers(holder: holder, target: target, cue: cue, at: range, in: view) { continue }
                // "At the Security Council, … calls it a declaration of war by Kigali": the forum is no party.
                if isFrontedVenue(holder, cue: range, in: view) || isFrontedVenue(target, cue: range, in: view)
                    || isPlaceOfSpeechOrSettlement(target, in: view) && !isEnteredTerritory(target, cue: cue, in: view) { continue }
                let against = score > 0 && view.preposition(before: target) == "against"
                let finding = Finding(holder: view.mentions[holder].actor, target: view.mentions[target].actor,
                                      score: against ? -2.0 : score, category: against ? "11 Disapprove" : category, cue: text)
                let repeated = findings.contains {
                    $0.holder == finding.holder && $0.target == finding.target && $0.category == finding.category
                }
                // "Biden and the United States agreed …": a person or body never holds a stance toward its own state.
                let own = finding.holder == finding.target || principal(finding.holder) == principal(finding.target)
                if !own && !repeated { findings.append(finding) }
            }
        }
        return findings
    }

    // MARK: - Polarity and negation

    /// The cue's score and category after negation; nil when negation cancels it.
    private func polarity(of cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> (Double, String)? {
        let clauseStart = view.clauseStart(of: range.lowerBound)
        let scope = negationScope(range, clauseStart: clauseStart, in: view)
        let tokens = view.tokens
        // "frozen because of Japan's hostile stance": a refusal or a stop governs only a cue close after it,
        // with no actor in between. Found by walking back from the cue, so the actor check is one flag.
        var refused = false, stopped = false, negated = false
        var actorBetween = false
        let no = Self.noWord, longer = Self.longerWord, little = Self.littleWord, article = Self.aWord
        let filter = lexicon.negationFilter
        for index in scope.reversed() {
            if tokens[index].lower.endsWithASCII("n't") { negated = true }
            // Most words are no refusal, stop or negator: one probe of the filter turns them away.
            let mayNegate = filter.mayContain(tokens[index].lowerHash)
            if mayNegate, range.lowerBound - index <= 5 && !actorBetween {
                refused = refused || lexicon.refusals.contains(lower: tokens[index])
                stopped = stopped || lexicon.cessations.contains(lower: tokens[index])
            }
            if let mention = view.mentionAt[index], !view.mentions[mention].isPossessive { actorBetween = true }
            guard mayNegate else { continue }
            if index + 1 < scope.upperBound, no.matches(tokens[index]), longer.matches(tokens[index + 1]) { stopped = true }
            // "has little incentive to compromise": "little" without "a" denies like "no".
            if lexicon.negators.contains(lower: tokens[index])
                || little.matches(tokens[index]) && (index == scope.lowerBound || !article.matches(tokens[index - 1])) {
                negated = true
            }
        }
        if cue.score > 0, !stopped, isCalledOff(range, in: view) { stopped = true }
        let neither = Self.neitherWord, nor = Self.norWord
        negated = negated || (clauseStart..<range.lowerBound).contains { neither.matches(tokens[$0]) || nor.matches(tokens[$0]) }
        // "not only praised India but also …": the act is done, and more besides.
        if negated, scope.contains(where: { $0 + 1 < range.lowerBound && Self.notWord.matches(tokens[$0]) && Self.onlyWords.contains(lower: tokens[$0 + 1]) }) {
            negated = false
        }
        if cue.score < 0, cue.role == .noun, isReversed(range, clauseStart: clauseStart, in: view) {
            return negated ? nil : (5.0, "08 Yield")
        }
        if refused || stopped {
            return cue.score > 0 ? (-4.0, "12 Reject") : nil
        }
        // "Tokyo will not recognise the annexation": a refusal announced for the future rejects.
        if negated, cue.score > 0, cue.role == .verb,
           case let words = scope.map({ tokens[$0].lower }),
           zip(words, words.dropFirst()).contains(where: { ["will", "would"].contains($0) && ["not", "never"].contains($1) })
            || words.contains(where: { ["won't", "wouldn't"].contains($0) }) {
            return (-4.0, "12 Reject")
        }
        // "will not tolerate Russian aggression": refusing to accept a hostile act opposes it, it does not deny it.
        if negated, cue.score < 0, cue.role == .noun,
           (max(clauseStart, range.lowerBound - 4)..<range.lowerBound).contains(where: { Self.acceptanceVerbs.contains(view.tokens[$0].lower) }) {
            return (cue.score, cue.category)
        }
        // "Russia is not a reliable partner": denying a good quality disapproves.
        if negated, cue.score > 0, cue.role == .predicate { return (-2.0, "11 Disapprove") }
        // "did not send a delegation", "India did not thank Islamabad": a cooperative act not done ("not", "never";
        // "little incentive to compromise" only doubts it) rejects its object,
        // unless the act is only pending ("has not yet agreed") or not necessarily refused.
        if negated, cue.score > 0, cue.role == .verb,
           scope.contains(where: { Self.plainNegators.contains(lower: tokens[$0]) || tokens[$0].lower.endsWithASCII("n't") }),
           !scope.contains(where: { Self.pendingOrOnly.contains(lower: tokens[$0]) }),
           // "urged Abe not to travel": an appeal to refrain, not a refusal (the appeal rules read it).
           !scope.contains(where: { $0 + 1 < tokens.count && Self.notWord.matches(tokens[$0]) && Self.toWord.matches(tokens[$0 + 1]) }),
           range.lowerBound + 1 >= tokens.count || !Self.pendingOrOnly.contains(lower: tokens[range.lowerBound]) {
            return (-4.0, "12 Reject")
        }
        if negated { return nil }
        return (cue.score, cue.category)
    }

    static let refrainVerbs: WordSet = ["refrain", "desist", "abstain"]

    /// "not yet", "not only": a negation that leaves the act pending or adds to it.
    static let pendingOrOnly: WordSet = ["yet", "simply", "necessarily"]

    static let notWord = HashedWord("not")
    static let onlyWords: WordSet = ["only", "just", "merely"]

    static let noWord = HashedWord("no"), longerWord = HashedWord("longer"), littleWord = HashedWord("little"),
               aWord = HashedWord("a"), neitherWord = HashedWord("neither"), norWord = HashedWord("nor")

    /// Marks that end the reach of a negator before a cue.
    static let negationBreaks: WordSet = [",", "and", "but", "or", ";"]

    static let acceptanceVerbs: Set<String> = [
        "tolerate", "accept", "allow", "permit", "condone", "ignore", "forgive", "forget", "overlook", "recognise", "recognize",
    ]

    /// The tokens whose negators and refusals reach the cue: up to ten before it, back to the last comma
    /// or conjunction in its clause.
    private func negationScope(_ range: Range<Int>, clauseStart: Int, in view: SentenceView) -> Range<Int> {
        var start = range.lowerBound
        let breaks = Self.negationBreaks
        while start > clauseStart, range.lowerBound - start < 10 {
            if breaks.contains(lower: view.tokens[start - 1]) { break }
            start -= 1
        }
        return start..<range.lowerBound
    }

    /// "provide $100 million in humanitarian aid": the noun a support verb takes, past a short object phrase
    /// that may hold an amount.
    func takesAsObject(_ noun: Range<Int>, after verb: Range<Int>, in view: SentenceView) -> Bool {
        let gap = verb.upperBound..<noun.lowerBound
        if gap.count <= 3 { return gap.allSatisfy { view.tokens[$0].isWord } }
        let hasAmount = gap.contains { view.tokens[$0].kind == .number }
        return hasAmount && gap.count <= 8 && gap.allSatisfy {
            let token = view.tokens[$0]
            return view.mentionAt[$0] == nil && (token.kind == .number || ["$", "€", "£", "¥", "%", ",", "."].contains(token.text)
                || token.isWord && !lexicon.auxiliaries.contains(lower: token) && !["and", "or", "but", "to"].contains(token.lower))
        }
    }

    /// "lifted its sanctions on", "eased restrictions": a verb that undoes the penalty noun just after it.
    private func isReversed(_ range: Range<Int>, clauseStart: Int, in view: SentenceView) -> Bool {
        let from = max(clauseStart, range.lowerBound - 4)
        guard let verb = (from..<range.lowerBound).last(where: { lexicon.reversals.contains(lower: view.tokens[$0]) }) else {
            return false
        }
        return (verb + 1..<range.lowerBound).allSatisfy { view.tokens[$0].isWord && view.mentionAt[$0] == nil }
    }

    /// "begged Seoul not to sign": an appeal to refrain is a demand.
    private func demandsRefraining(after range: Range<Int>, in view: SentenceView) -> Bool {
        let end = min(view.tokens.count - 1, range.upperBound + 5)
        guard range.upperBound < end else { return false }
        // "asked Kathmandu to refrain from such claims": refraining asked for is a demand, as "not to" is.
        return (range.upperBound..<end).contains {
            view.tokens[$0].lower == "not" && view.tokens[$0 + 1].lower == "to"
                || view.tokens[$0].lower == "to" && Self.refrainVerbs.contains(lower: view.tokens[$0 + 1])
        }
    }

    /// The actors after an "against" that follows the cue's own target, for each holder of the cue.
    private func opposedParty(after range: Range<Int>, pairs: [(Int, Int)], in view: SentenceView) -> [(Int, Int)]? {
        guard let lastTarget = pairs.map(\.1).max() else { return nil }
        let from = view.mentions[lastTarget].tokens.upperBound
        guard from + 1 < view.tokens.count, view.tokens[from].lower == "against", let opposed = view.mentionAt[from + 1]
                ?? (from + 2 < view.tokens.count && view.tokens[from + 1].lower == "the" ? view.mentionAt[from + 2] : nil) else { return nil }
        let holders = Array(Set(pairs.map(\.0)))
        let group = view.coordinated(with: opposed)
        return holders.flatMap { holder in group.filter { principal(view.mentions[$0].actor) != principal(view.mentions[holder].actor) }.map { (holder, $0) } }
    }

    /// A headline in title case: most of its words are capitalised.
    private func isTitleCase(_ view: SentenceView) -> Bool {
        // Prose ends with a stop; headlines do not.
        if let last = view.tokens.last, [".", "?", "!", "\"", "”"].contains(last.text) { return false }
        let words = view.tokens.filter { $0.isWord && $0.length > 3 }
        return !words.isEmpty && words.filter(\.isCapitalised).count * 3 >= words.count * 2
    }
}
