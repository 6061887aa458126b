/// Predicates and reported speech: the speaker holds what they say of another actor.
extension StanceFinder {
    /// Holder and target of a predicate cue ("unreliable", "a valued partner", "a rival of X").
    func predicateRoles(_ range: Range<Int>, before: [Int], after: [Int], in view: SentenceView) -> [(Int, Int)]? {
        // "a common adversary of both Moscow and Beijing": those after "of" hold it toward the subject.
        // ("a betrayal of the Palestinians": those wronged by a judged act do not judge it.)
        if let first = after.first, view.preposition(before: first) == "of",
           view.mentions[first].tokens.lowerBound - range.upperBound <= 3, let subject = before.last, !isEvaluation(range, in: view) {
            return view.coordinated(with: first).map { ($0, subject) }
        }
        guard var speech = speechVerb(before: range.lowerBound, in: view) else {
            return quotedPredicateRoles(range, in: view)
        }
        // "said Tokyo's position was unacceptable": a speech noun inside what is said gives way to the verb before it.
        while true {
            guard let speaker = speaker(of: speech, in: view) else { return nil }
            // "According to Moscow, Tokyo …": the comma after the source joins no list.
            // "Mexico joined Argentina and Bolivia in a statement that called …": every co-signer says it.
            let voices = view.tokens[speech].lower == "according" ? [speaker] : withJoiners(speaker, in: view)
            let own = Set(voices.map { principal(view.mentions[$0].actor) })
            if let judged = extraposedJudgementSubjects(range, speaker: speaker, in: view) {
                return voices.flatMap { holder in judged.filter { !own.contains(principal(view.mentions[$0].actor)) }.map { (holder, $0) } }
            }
            let spoken = view.mentions.indices.filter {
                let start = view.mentions[$0].tokens.lowerBound
                return start > speech && start < range.lowerBound && !own.contains(principal(view.mentions[$0].actor))
                    && !isAddressee($0, of: speech, in: view)
            }
            // "calls the agreement an act of stupidity by Abu Dhabi": the judged act's doers, named after it.
            if spoken.isEmpty, let doers = evaluatedActDoers(range, in: view) {
                return voices.flatMap { holder in doers.filter { !own.contains(principal(view.mentions[$0].actor)) }.map { (holder, $0) } }
            }
            if let target = spoken.first {
                return voices.flatMap { holder in
                    view.coordinated(with: target).filter { $0 != holder }.map { (holder, $0) }
                }
            }
            let from = min(speech, view.mentions[speaker].tokens.lowerBound)
            guard let earlier = speechVerb(before: from, in: view), earlier < speech else { return nil }
            speech = earlier
        }
    }

    /// "told the Security Council that the seizure was …": a forum a statement is made to, right after the speech
    /// verb and before its "that", hears it, like a venue; a state told ("told Moscow that its conduct …") is the
    /// one the statement is about.
    private func isAddressee(_ mention: Int, of speech: Int, in view: SentenceView) -> Bool {
        let found = view.mentions[mention]
        guard !found.isPronoun, found.kind == .organisation || found.kind == .body && gazetteer.entry(found.principal)?.kind == .organisation,
              found.tokens.upperBound < view.tokens.count, view.tokens[found.tokens.upperBound].lower == "that" else {
            return false
        }
        let gap = (speech + 1)..<found.tokens.lowerBound
        return gap.count <= 1 && gap.allSatisfy { StanceFinder.articles.contains(lower: view.tokens[$0]) }
    }

    /// "Lavrov said that … would expel …": a clause with no subject of its own acts for the speaker.
    func reportingSpeaker(before index: Int, in view: SentenceView) -> Int? {
        guard let speech = speechVerb(before: index, in: view), view.clauseOf[speech] != view.clauseOf[index] else { return nil }
        return speaker(of: speech, in: view)
    }

    /// "warned that Tokyo would …": a cue verb that takes a clause aims at that clause's first actor.
    func complementSubject(after range: Range<Int>, holder: Int, in view: SentenceView) -> [Int] {
        guard range.upperBound < view.tokens.count, view.tokens[range.upperBound].lower == "that" else { return [] }
        let clause = view.clauseOf[range.upperBound]
        guard let first = view.mentions.indices.first(where: {
            view.mentions[$0].tokens.lowerBound > range.upperBound && view.clauseOf[view.mentions[$0].tokens.lowerBound] == clause
        }), view.mentions[first].tokens.lowerBound - range.upperBound <= 4 else { return [] }
        return view.coordinated(with: first).filter { principal(view.mentions[$0].actor) != principal(view.mentions[holder].actor) }
    }

    /// “Japan's sanctions are unacceptable,” Zakharova said: the speaker named after the quote holds it
    /// toward the actor the quote names first.
    private func quotedPredicateRoles(_ range: Range<Int>, in view: SentenceView) -> [(Int, Int)]? {
        guard let speech = (range.upperBound..<view.tokens.count).first(where: { lexicon.speechWords.contains(lower: view.tokens[$0]) }),
              (range.upperBound..<speech).contains(where: { ["”", "\"", ","].contains(view.tokens[$0].text) }) else { return nil }
        let near = view.mentions.indices.filter {
            let mention = view.mentions[$0].tokens
            return mention.lowerBound > range.upperBound && (mention.upperBound <= speech && speech - mention.upperBound <= 3
                || mention.lowerBound > speech && mention.lowerBound - speech <= 3)
        }
        // “This is a hostile act,” Zakharova said of Japan's decision: "of" or "referring to" names the target.
        let aboutTarget = view.mentions.indices.first(where: {
            let start = view.mentions[$0].tokens.lowerBound
            return start > speech && start - speech <= 8 && ["of", "to", "about"].contains(view.preposition(before: $0) ?? "")
                && (speech..<start).contains { ["of", "referring", "about"].contains(view.tokens[$0].lower) }
        })
        guard let speaker = near.first,
              let target = view.mentions.indices.first(where: { view.mentions[$0].tokens.upperBound <= range.lowerBound }) ?? aboutTarget
        else { return nil }
        return view.coordinated(with: speaker).flatMap { holder in
            view.coordinated(with: target).filter { $0 != holder }.map { (holder, $0) }
        }
    }

    /// "Ankara said Athens must withdraw": the speaker demands of the actor just before the obligation.
    func obligationRoles(_ range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        guard let obliged = view.mentions.indices.last(where: {
            let end = view.mentions[$0].tokens.upperBound
            return end <= range.lowerBound && range.lowerBound - end <= 1
        }), !view.isPrepositionalObject(obliged) else { return [] }
        let start = view.mentions[obliged].tokens.lowerBound
        guard let speech = speechVerb(before: start, in: view), let speaker = speaker(of: speech, in: view) else { return [] }
        let according = view.tokens[speech].lower == "according"
        let between = (speech + 1..<start).filter { view.mentionAt[$0] != nil && view.mentionAt[$0] != speaker }
        guard start - speech <= (according ? 8 : 4), between.isEmpty else { return [] }
        let own = principal(view.mentions[speaker].actor)
        let targets = (according ? [obliged] : view.coordinated(with: obliged)).filter { principal(view.mentions[$0].actor) != own }
        return (according ? [speaker] : view.coordinated(with: speaker)).flatMap { holder in targets.map { (holder, $0) } }
    }

    /// "Japan said its sanctions …": a possessive right after a speech verb is the speaker's.
    func speakerBefore(_ index: Int, in view: SentenceView) -> Int? {
        var previous = index - 1
        if previous >= 0, view.tokens[previous].lower == "that" { previous -= 1 }
        guard previous >= 0, lexicon.speechWords.contains(lower: view.tokens[previous]) else { return nil }
        return speaker(of: previous, in: view)
    }

    static let documentNouns: Set<String> = [
        "strategy", "report", "paper", "document", "doctrine", "review", "statement", "communique", "communiqué",
        "declaration", "resolution", "white", "guidelines", "concept",
    ]

    /// The nearest speech verb or noun before `index`.
    private func speechVerb(before index: Int, in view: SentenceView) -> Int? {
        var position = index - 1
        while position >= 0 {
            if lexicon.speechWords.contains(lower: view.tokens[position]) { return position }
            position -= 1
        }
        return nil
    }

    /// Who speaks: the actor just before the speech word ("Peskov said", "the ministry stated", "Zakharova's comments").
    private func speaker(of speech: Int, in view: SentenceView) -> Int? {
        // "According to the Kremlin, …": the source follows.
        if view.tokens[speech].lower == "according" {
            return view.mentions.indices.first {
                let start = view.mentions[$0].tokens.lowerBound
                return start > speech && start - speech <= 3
            }
        }
        // "Chile, which joined the OAS in 1948, said …": the actor the relative clause describes speaks, not one inside it.
        if let antecedent = view.relativeAntecedent(before: speech) { return antecedent }
        let candidates = view.mentions.indices.filter { view.mentions[$0].tokens.upperBound <= speech }
        guard let last = candidates.last else { return nil }
        let gap = view.mentions[last].tokens.upperBound..<speech
        let words = gap.map { view.tokens[$0] }.filter { $0.kind != .possessive }
        if words.count <= 3 { return last }
        guard speech > 0 else { return nil }
        let previous = view.tokens[speech - 1].lower
        // "said … and called Tokyo a rival": a second speech verb shares the first one's speaker.
        if previous == "and", let earlier = speechVerb(before: speech - 1, in: view), speech - earlier <= 25 {
            return speaker(of: earlier, in: view)
        }
        // "Japan's new security strategy, released in December, calls China …": the owner of a document speaks.
        if let owner = candidates.first(where: { view.mentions[$0].isPossessive }),
           let noun = (view.mentions[owner].tokens.upperBound..<min(speech, view.mentions[owner].tokens.upperBound + 5)).first(where: {
               Self.documentNouns.contains(view.tokens[$0].lower)
           }), candidates.allSatisfy({ view.mentions[$0].tokens.upperBound <= noun }),
           !(noun..<speech).contains(where: { [";", "and", "but"].contains(view.tokens[$0].lower) }) {
            return owner
        }
        // "a strategy that calls China a challenge": a document speaks for the clause's subject.
        guard ["that", "which"].contains(previous) else { return nil }
        let named = candidates.filter { !view.mentions[$0].isPronoun }
        return named.first { !view.isPrepositionalObject($0) } ?? named.first
    }

    /// The speaker and the owner of a hostile noun the speaker reports ("Kishida said Russia's aggression could
    /// not be tolerated"), when the owner is on another side.
    func reportedOwners(of range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        guard let owner = owner(of: range, in: view), !view.mentions[owner].isPronoun else { return [] }
        let owners = view.coordinated(with: owner)
        let start = view.mentions[owners[0]].tokens.lowerBound
        guard let speech = speechVerb(before: start, in: view), start - speech <= 8,
              !(speech + 1..<start).contains(where: { view.mentionAt[$0].map { !view.mentions[$0].isPronoun } ?? false }),
              view.tokens[speech].lower != "according", let speaker = speaker(of: speech, in: view),
              !owners.contains(speaker) else { return [] }
        let own = principal(view.mentions[speaker].actor)
        return product(view.coordinated(with: speaker), owners.filter { principal(view.mentions[$0].actor) != own })
    }

    /// "Zakharova said Japan had destroyed everything", “Japan has destroyed everything,” Zakharova wrote: a
    /// speaker reporting another side's hostile act with no target disapproves of the actor.
    func reportedActors(of range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        let (before, _) = view.clauseMentions(around: range)
        guard let actor = joinedClauseSubject(range, before: before, in: view) ?? subject(in: before, view: view),
              !view.mentions[actor].isPronoun, view.mentions[actor].tokens.upperBound <= range.lowerBound,
              range.lowerBound - view.mentions[actor].tokens.upperBound <= 3 else { return [] }
        let actors = view.coordinated(with: actor)
        let speakers: [Int]
        if let speech = speechVerb(before: view.mentions[actors[0]].tokens.lowerBound, in: view), let speaker = speaker(of: speech, in: view),
           view.tokens[speech].lower != "according" {
            speakers = view.coordinated(with: speaker)
        } else if let speaker = quoteSpeaker(after: range.upperBound, in: view) {
            speakers = view.coordinated(with: speaker)
        } else {
            return []
        }
        let own = Set(speakers.map { principal(view.mentions[$0].actor) })
        return product(speakers, actors.filter { !own.contains(principal(view.mentions[$0].actor)) })
    }

    /// The actor named next to the speech verb just after a closing quote: “…,” Zakharova said; “…,” said Peskov.
    func quoteSpeaker(after index: Int, in view: SentenceView) -> Int? {
        guard let close = (index..<view.tokens.count).first(where: { ["\"", "”"].contains(view.tokens[$0].text) }),
              let speech = (close + 1..<min(view.tokens.count, close + 8)).first(where: { lexicon.speechWords.contains(lower: view.tokens[$0]) })
        else { return nil }
        let named = view.mentions.indices.filter { view.mentions[$0].tokens.lowerBound > close && !view.mentions[$0].isPronoun }
        if let before = named.last(where: { view.mentions[$0].tokens.upperBound <= speech }), speech - view.mentions[before].tokens.upperBound <= 1 {
            return before
        }
        return named.first { view.mentions[$0].tokens.lowerBound > speech && view.mentions[$0].tokens.lowerBound - speech <= 3 }
    }
}
