/// Who holds a cue and whom it is aimed at.
extension StanceFinder {
    /// (holder, target) mention pairs for the cue at `range`.
    func roles(of cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        if isSideNoun(cue, at: range, in: view) { return sideTakingRoles(range, in: view) }
        let (before, found) = view.clauseMentions(around: range)
        // "a summit in Buenos Aires": a meeting's "in" or "at" names its venue, not its other party.
        let after = cue.root == 4
            ? found.filter { !Self.venuePrepositions.contains(view.preposition(before: $0) ?? "") } : found
        if cue.root == 10, lexicon.obligations.contains(cue.lemma) { return obligationRoles(range, in: view) }
        if cue.role == .verb, lexicon.relationOnly.contains(cue.lemma) {
            return relationSubject(before: range, in: view).map(allPairs) ?? []
        }
        // "satisfied with", "grateful to": an adjective of feeling followed by whom it is felt about.
        if cue.role == .adjective, lexicon.experiencers.contains(cue.lemma)
            || range.upperBound < view.tokens.count && Self.feelingPrepositions.contains(lower: view.tokens[range.upperBound]) {
            return experiencerRoles(range, before: before, after: after, in: view)
        }
        if cue.role != .verb, cue.score < 0 || removalFromList(before: range, in: view), let pairs = listRoles(range, in: view) { return pairs }
        if cue.role == .noun, let labelled = labelledActRoles(range, after: after, in: view) { return labelled }
        if cue.role == .predicate || (cue.role == .noun && isPredicate(range, in: view)) {
            if let pairs = predicateRoles(range, before: before, after: after, in: view) { return pairs }
            if cue.role == .predicate, isOwnedEvaluation(range, in: view) { return [] }
        }
        if cue.role == .noun, let pairs = borderFightRoles(cue, at: range, in: view)
            ?? visitDestinationRoles(cue, at: range, before: before, in: view) { return pairs }
        if cue.role != .verb {
            return nominalRoles(cue, at: range, before: before, after: after, in: view)
        }
        if isCompoundModifier(range, in: view) || isReducedRelative(range, in: view) || describesNounInPhrase(range, in: view) {
            return []
        }
        if let parties = relationSubject(before: range, in: view) { return allPairs(parties) }
        if let agent = passiveAgent(range, after: after, in: view) {
            let holders = view.coordinated(with: agent)
            var subject: [Int] = []
            let own = clauseJointEnd(before: range.lowerBound, in: view)
            // "professionals supported by Belgrade": a participle right after a plain noun describes that noun,
            // so the be-form before it belongs to another predicate.
            if hasBeForm(before: range, in: view), !describesPlainNoun(range, in: view),
               let first = self.subject(in: before.filter { view.mentions[$0].tokens.lowerBound >= own }, view: view) {
                subject = view.coordinated(with: first)
            } else if let owner = participleOwner(range, in: view) {
                subject = view.coordinated(with: owner)
            }
            let targets = subject + targets(after: range, in: after.filter { !holders.contains($0) }, holder: agent, view: view, forVerb: true)
            return product(holders, targets)
        }
        // "Japan's envoy was summoned": with no agent the subject undergoes the act and never holds it.
        if isPassive(range, in: view) {
            let venue = venueRoles(cue, at: range, before: before, after: after, in: view)
            return venue.isEmpty ? announcedMeasureRoles(cue, at: range, before: before, in: view) : venue
        }
        if hasUnknownPersonSubject(range, in: view) { return [] }
        // "…, Nicaragua's president, Daniel Ortega, broke off": checked apart, the chain below is long for the type checker.
        let appositive = relativeSubject(range, in: view) ?? appositiveSubject(range, in: view)
        guard let subject = appositive ?? accusedAgent(range, in: view) ?? gerundSubject(range, before: before, in: view)
                ?? participleClauseSubject(range, in: view) ?? subordinateClauseSubject(range, before: before, in: view)
                ?? joinedClauseSubject(range, before: before, in: view)
                ?? parentheticalAntecedent(before: range, in: view)
                ?? subject(in: before, view: view)
                ?? reportingSpeaker(before: range.lowerBound, in: view) ?? adverbialSubject(range, in: view) else {
            return []
        }
        let holders = withJoiners(subject, in: view)
        // "Tokyo and Seoul will work together on North Korea": a reciprocal act holds between its subjects; what
        // follows is its topic.
        if cue.words.last == "together", Set(holders.map { principal(view.mentions[$0].actor) }).count > 1 {
            return allPairs(holders)
        }
        // "deployed U.S. missiles": what a show of force moves is no target; where it is aimed is.
        let reachable = cue.root == 15 && !Self.aimedShowsOfForce.contains(cue.lemma)
            ? after.filter { view.preposition(before: $0) != nil } : after
        var targets = verbTargets(range, after: reachable, holder: subject, view: view)
        if targets.isEmpty { targets = complementSubject(after: range, holder: subject, in: view) }
        if targets.isEmpty, !imposesItsHeadNoun(cue, at: range, holder: subject, in: view) {
            targets = relativeObjectTargets(range, holder: subject, in: view)
        }
        if targets.isEmpty { targets = objectMakerTargets(cue, at: range, holder: subject, in: view) }
        if targets.isEmpty { targets = relativeAgentTargets(range, holder: subject, in: view) }
        if targets.isEmpty { targets = causeClauseTargets(cue, at: range, holder: subject, in: view) }
        if targets.isEmpty { targets = territoryTargets(cue, at: range, holder: subject, in: view) }
        // "Japan and Russia agreed": with no object, a cooperative verb holds between its coordinated subjects.
        // Those who merely joined one another ("Germany joined France in welcoming …") share no stance.
        let coordinated = view.coordinated(with: subject)
        // "Seoul and Tokyo agreed to cooperate on North Korea": a topic after "on" is no party; the subjects are.
        if !targets.isEmpty, cue.score > 0, Set(coordinated.map { principal(view.mentions[$0].actor) }).count > 1,
           targets.allSatisfy({ ["on", "over", "about", "regarding"].contains(view.preposition(before: $0) ?? "") }),
           !targets.contains(where: { isOwnPrepositionObject($0, of: range, in: view) }) {
            return allPairs(coordinated)
        }
        // "Tokyo and Seoul urged restraint": an appeal with nobody to appeal to is no stance between its subjects.
        if targets.isEmpty, cue.score > 0 && cue.root != 2 || cue.symmetric, !sharesNoActAmongSubjects(cue, at: range, in: view),
           Set(coordinated.map { principal(view.mentions[$0].actor) }).count > 1 {
            return allPairs(coordinated)
        }
        // "met Xi in Beijing, Putin in Moscow and Abe in Tokyo": everyone on a tour was met.
        targets = touredTargets(targets, cue: cue, in: view)
        // "Trump shook hands with Kim", "Modi met Xi": a mutual act done with someone, or to them, holds both ways.
        if cue.symmetric, let first = targets.first, [nil, "with"].contains(partnerPreposition(before: first, in: view)) {
            return mutual(holders, targets)
        }
        return product(holders, targets)
    }

    /// "any territory handed over to Japan": a participle right after a plain noun describes it; the clause's
    /// subject does not act.
    private func isReducedRelative(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let index = range.lowerBound
        guard index >= 2, view.tokens[index].lower.endsWithASCII("ed") else { return false }
        let previous = view.tokens[index - 1]
        guard previous.isWord, !previous.isCapitalised, view.mentionAt[index - 1] == nil, !previous.lower.endsWithASCII("ly"),
              !lexicon.auxiliaries.contains(lower: previous), !SentenceView.beForms.contains(lower: previous),
              !Self.reducedRelativeBlockers.contains(lower: previous) else { return false }
        // "was later summoned": a be-form before the adverb makes the participle a passive.
        if SentenceView.beForms.contains(lower: view.tokens[index - 2]) { return false }
        // "Japan's defence minister criticised": a representative noun after its state is the clause's subject.
        if lexicon.representativeNouns.contains(lower: previous),
           (max(0, index - 5)..<index - 1).contains(where: { view.mentionAt[$0] != nil }) { return false }
        return !(max(0, index - 3)..<index).contains { view.mentionAt[$0] != nil }
    }

    /// "Seoul was dismayed by Tokyo's decision": whoever has the feeling holds it toward the actor after the preposition.
    private func experiencerRoles(_ range: Range<Int>, before: [Int], after: [Int], in view: SentenceView) -> [(Int, Int)] {
        // "Japan's support for Kyiv angered Moscow": used as a verb, the feeling is the object's, about the subject.
        let next = range.upperBound
        let word = view.tokens[range.lowerBound].lower
        // "…, angering Japan": an -ing form acts only as a participle clause after a comma or "and".
        let participle = word.endsWithASCII("ing") && range.lowerBound > 0 && Self.participleOpeners.contains(lower: view.tokens[range.lowerBound - 1])
        if word.endsWithASCII("ed") || participle, next < view.tokens.count, !hasBeForm(before: range, in: view),
           let object = view.mentionAt[next] ?? (next + 1 < view.tokens.count && view.tokens[next].lower == "the" ? view.mentionAt[next + 1] : nil),
           let cause = subject(in: before, view: view) {
            let causes = view.coordinated(with: cause)
            return product(view.coordinated(with: object).filter { !causes.contains($0) }, causes)
        }
        // "a troubled relationship": before a noun the word describes a thing, not a feeling.
        if range.upperBound < view.tokens.count, view.tokens[range.upperBound].isWord,
           !Self.feelingFollowers.contains(lower: view.tokens[range.upperBound]) {
            return []
        }
        guard let target = after.first(where: {
            Self.feelingTargetPrepositions.contains(view.preposition(before: $0) ?? "")
                && view.mentions[$0].tokens.lowerBound - range.upperBound <= 3
        }), let holder = subject(in: before, view: view) ?? reportingSpeaker(before: range.lowerBound, in: view) else { return [] }
        return product(view.coordinated(with: holder), view.coordinated(with: target))
    }

    /// Object of a verb cue, or the other party of a relationship it acts on ("Seoul hurt the Korea-Japan relationship").
    private func verbTargets(_ range: Range<Int>, after: [Int], holder: Int, view: SentenceView) -> [Int] {
        if let compound = relationCompound(after: range, view: view) {
            let own = principal(view.mentions[holder].actor)
            let others = compound.filter { principal(view.mentions[$0].actor) != own }
            if others.count < compound.count { return others }
        }
        return targets(after: range, in: after, holder: holder, view: view, forVerb: true)
    }

    /// "warned Washington against arming Taiwan": a gerund after a preposition acts for the actor just before.
    private func gerundSubject(_ range: Range<Int>, before: [Int], in view: SentenceView) -> Int? {
        let index = range.lowerBound
        guard index > 0, view.tokens[index].lower.endsWithASCII("ing"),
              SentenceView.prepositions.contains(lower: view.tokens[index - 1]), !isDelayParticle(index - 1, in: view), let last = before.last,
              view.mentions[last].tokens.upperBound <= index - 1 else { return nil }
        return last
    }

    /// Nouns: an owner before ("Japan's sanctions against Russia"), a pair ("ties between X and Y",
    /// "Franco-German collaboration"), or the subject of a support verb ("Seoul offered an aid package to Kyiv").
    private func nominalRoles(
        _ cue: CueLexicon.Cue, at range: Range<Int>, before: [Int], after: [Int], in view: SentenceView
    ) -> [(Int, Int)] {
        if let owner = owner(of: range, in: view) {
            let owners = view.coordinated(with: owner)
            if let askers = solicitors(of: owner, cue: cue, in: view) { return product(askers, owners) }
            if cue.symmetric && owners.count > 1 { return allPairs(owners) }
            let targets = targets(after: range, in: after, holder: owner, view: view)
            if targets.isEmpty {
                if cue.symmetric { return [] }
                let causes = causeClauseTargets(cue, at: range, holder: owner, in: view)
                if !causes.isEmpty { return product(owners, causes) }
                let answerers = takenUpDemandTargets(cue, at: range, owner: owner, before: before, in: view)
                if !answerers.isEmpty { return product(owners, answerers) }
                return product(owners, implicitTargets(before: range.lowerBound, owners: owners, view: view))
            }
            return product(owners, targets)
        }
        // "drew condemnation from Japan", "criticism by China": the actor after "from" or "by" holds the noun,
        // aimed at the clause's subject.
        if let source = after.first, let preposition = view.preposition(before: source),
           preposition == "from" && view.mentions[source].tokens.lowerBound - range.upperBound <= 3
            || preposition == "by" && view.mentions[source].tokens.lowerBound - range.upperBound <= 2 && cue.score < 0
                && !isObjectOfCueVerb(range, in: view),
           !isSoughtObject(range, in: view), !isOpposedNoun(range, in: view) {
            let subject = self.subject(in: before, view: view).map { view.coordinated(with: $0) } ?? []
            return product(view.coordinated(with: source), subject)
        }
        // "sanctions against Russia by Japan": the agent comes after the target.
        if let agent = after.first(where: {
            view.preposition(before: $0) == "by" && view.mentions[$0].tokens.lowerBound - range.upperBound <= 7
                && !(range.upperBound..<view.mentions[$0].tokens.lowerBound).contains { SentenceView.beForms.contains(lower: view.tokens[$0]) }
        }) {
            let holders = view.coordinated(with: agent)
            return product(holders, targets(after: range, in: after.filter { !holders.contains($0) }, holder: agent, view: view))
        }
        if cue.symmetric, let between = betweenGroup(after: range, in: after, view: view) { return allPairs(between) }
        // "Seoul and Tokyo remain at odds", "Japan is at odds with Russia": a pair noun said of its subject.
        if cue.symmetric, isStateOf(range, in: view), let subject = subject(in: before, view: view) {
            let group = view.coordinated(with: subject)
            if Set(group.map { principal(view.mentions[$0].actor) }).count > 1 { return allPairs(group) }
            return product(group, targets(after: range, in: after, holder: subject, view: view))
        }
        if let holder = mannerOfSupportHolder(cue, at: range, before: before, in: view) {
            return product(view.coordinated(with: holder), targets(after: range, in: after, holder: holder, view: view))
        }
        guard hasSupportVerb(before: range, in: view) || cue.score > 0 && hasCessationVerb(before: range, in: view),
              let subject = supportVerbRelativeSubject(before: range, in: view) ?? subject(in: before, view: view) else { return [] }
        let group = view.coordinated(with: subject)
        let targets = targets(after: range, in: after, holder: subject, view: view)
        // "China and Russia held joint drills": a pair noun is shared by coordinated subjects.
        // "Russia and Ukraine signed agreements with Turkey": each subject holds it toward the partner named after "with".
        if cue.symmetric, Set(group.map { principal(view.mentions[$0].actor) }).count > 1 {
            let partners = targets.first.map { view.preposition(before: $0) == "with" } == true
                ? targets.filter { target in !group.contains(target) } : []
            return partners.isEmpty ? allPairs(group) : product(group, partners)
        }
        // "Japan signed a trade pact with Australia", "held talks with China": an act done with a partner holds both
        // ways; one who joins talks with another enters talks that are not only the two's, and "deepen its
        // cooperation with Chile" is one side's part.
        // "signed its own defence agreement with Mogadishu": what is signed with a partner binds both, whoever's it is.
        let window = max(0, range.lowerBound - 5)..<range.lowerBound
        let signed = window.contains { Self.signingVerbs.contains(lower: view.tokens[$0]) }
        if cue.role == .noun, isPartnered(cue, targets, in: view), signed || !window.contains(where: {
            Self.joiningVerbs.contains(lower: view.tokens[$0]) || Self.ownSide.contains(lower: view.tokens[$0]) || view.tokens[$0].kind == .possessive
        }) {
            return mutual(group, targets)
        }
        return cue.role == .noun ? product(group, targets) : []
    }

    /// A symmetric cue whose first target is its partner ("with Australia").
    private func isPartnered(_ cue: CueLexicon.Cue, _ targets: [Int], in view: SentenceView) -> Bool {
        cue.symmetric && targets.first.map { partnerPreposition(before: $0, in: view) == "with" } == true
    }

    static let joiningVerbs: WordSet = ["join", "joins", "joined", "joining"]
    static let signingVerbs: WordSet = ["sign", "signs", "signed", "signing", "ink", "inks", "inked", "conclude", "concludes", "concluded"]
    static let ownSide: WordSet = ["its", "his", "her", "their"]

    /// Both directions between two groups: a mutual act.
    private func mutual(_ holders: [Int], _ targets: [Int]) -> [(Int, Int)] {
        product(holders, targets) + product(targets, holders)
    }

    /// "are at odds", "remained in dispute": a be-form or "remain" right before the noun phrase.
    private func isStateOf(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let from = max(0, range.lowerBound - 3)
        guard let state = (from..<range.lowerBound).last(where: {
            SentenceView.beForms.contains(lower: view.tokens[$0]) || Self.stayVerbs.contains(lower: view.tokens[$0])
        }) else { return false }
        // "was hosting a summit": a verb in between makes the noun its object.
        return !(state + 1..<range.lowerBound).contains {
            let word = view.tokens[$0].lower
            return word.endsWithASCII("ing") || word.endsWithASCII("ed") || lexicon.supportVerbs.contains(lower: view.tokens[$0])
        }
    }

    func product(_ holders: [Int], _ targets: [Int]) -> [(Int, Int)] {
        holders.flatMap { holder in targets.filter { $0 != holder }.map { (holder, $0) } }
    }

    private func allPairs(_ group: [Int]) -> [(Int, Int)] {
        group.flatMap { a in group.filter { $0 != a }.map { (a, $0) } }
    }

    /// The actor right before a noun cue, past modifiers: "Japan's (economic) sanctions", "Sino-Indian ties",
    /// "US-led sanctions".
    func owner(of range: Range<Int>, in view: SentenceView) -> Int? {
        var index = range.lowerBound - 1
        var skipped = 0
        var onlyModifiers = true
        while index >= 0, skipped <= 4 {
            if let mention = view.mentionAt[index] {
                let found = view.mentions[mention]
                if found.isPronoun && !found.isPossessive { return nil }
                let glued = index + 1 < view.tokens.count && view.tokens[index + 1].text == "-"
                let ownerLike = found.isPossessive || found.source == .adjective || glued || skipped == 0
                    || skipped <= 2 && onlyModifiers
                // "Moscow's decision drew sharp criticism": a possessive owns its own noun, not one past a verb.
                let possessiveReaches = found.isPossessive && (onlyModifiers || skipped <= 1)
                return ownerLike && (found.source != .metonym || glued) && (!found.isPossessive || possessiveReaches)
                    || possessiveReaches ? mention : nil
            }
            let token = view.tokens[index]
            let isHyphen = Self.hyphens.contains(lower: token) && !token.spaceBefore
            if token.kind == .possessive || isHyphen {
                index -= 1
                continue
            }
            if token.lower == "its" || token.lower == "their" { return speakerBefore(index, in: view) }
            guard token.isWord || token.kind == .number, !SentenceView.prepositions.contains(lower: token),
                  !SentenceView.beForms.contains(lower: token), !lexicon.auxiliaries.contains(lower: token),
                  !Self.ownerStops.contains(lower: token),
                  !lexicon.supportVerbs.contains(lower: token) else { return nil }
            onlyModifiers = onlyModifiers && Self.looksLikeModifier(token)
            index -= 1
            skipped += 1
        }
        return nil
    }

    /// Adjective endings and the few bare adjectives news puts before "sanctions" or "ties".
    static func looksLikeModifier(_ token: Token) -> Bool {
        modifierEndings.contains { token.lower.endsWithASCII($0) } || bareModifiers.contains(lower: token)
    }

    static let modifierEndings: [StaticString] = ["ic", "al", "ary", "ive", "ous", "ern", "ese", "ian", "ish", "ful", "less", "ed", "ing"]
    static let bareModifiers: WordSet = ["new", "fresh", "tough", "harsh", "joint", "close", "deep"]

    /// Words before a noun that end the search for its owner.
    static let ownerStops: WordSet = ["and", "or", "the", "a", "an", "their", "its", "this", "that", "these", "those"]
    /// Hyphen and en dash, as written (punctuation is its own lower case).
    static let hyphens: WordSet = ["-", "–"]
}
