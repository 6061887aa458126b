/// Shapes of the clause around a cue that decide its roles: a predicate noun, a be-form or support verb before it,
/// a passive agent, a "between" group, the clause subject.
extension StanceFinder {
    /// A noun used as what someone is: "is a threat", "an important partner"; not the object of a progressive
    /// ("was hosting a summit").
    func isPredicate(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let from = max(0, range.lowerBound - 4)
        guard let be = (from..<range.lowerBound).last(where: {
            SentenceView.beForms.contains(lower: view.tokens[$0]) || view.tokens[$0].lower == "called"
        }) else { return false }
        // "called the occupation of Ukraine a breach": a definite noun right after "called" is what gets labelled,
        // not the label ("called it a threat", "called Tokyo a partner" keep the predicate reading).
        if be + 2 == range.lowerBound, calledDefiniteObject(at: be, in: view) { return false }
        return !(be + 1..<range.lowerBound).contains {
            let word = view.tokens[$0].lower
            return (word.endsWithASCII("ing") || word.endsWithASCII("ed")) && $0 + 1 < range.lowerBound
                && ["a", "an", "the", "its", "their"].contains(view.tokens[$0 + 1].lower)
        }
    }

    /// The object determiners without "a" and "an": a labelled object is one already known.
    static let labelledObjectDeterminers = WordSet(objectDeterminers.subtracting(["a", "an"]))

    /// "called the …": a definite object after "called" is labelled, not called for.
    func calledDefiniteObject(at verb: Int, in view: SentenceView) -> Bool {
        view.tokens[verb].lower == "called" && verb + 1 < view.tokens.count
            && Self.labelledObjectDeterminers.contains(lower: view.tokens[verb + 1])
    }

    /// "UN-backed", "state-funded": a participle glued into an adjective, not a verb.
    func isCompoundModifier(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let index = range.lowerBound
        return index > 0 && view.tokens[index - 1].text == "-" && !view.tokens[index].spaceBefore
    }

    func hasBeForm(before range: Range<Int>, in view: SentenceView) -> Bool {
        let from = max(0, range.lowerBound - 3)
        return (from..<range.lowerBound).contains { SentenceView.beForms.contains(lower: view.tokens[$0]) }
    }

    func hasSupportVerb(before range: Range<Int>, in view: SentenceView) -> Bool {
        let from = max(0, range.lowerBound - 5)
        // "joining Western sanctions after the invasion": the verb takes the nearer noun; a time or cause phrase ends its reach.
        if let verb = (from..<range.lowerBound).last(where: { lexicon.supportVerbs.contains(lower: view.tokens[$0]) }) {
            // "called the invasion … a breach": what "called" labels is someone else's act, not the caller's.
            if verb + 1 < range.lowerBound, calledDefiniteObject(at: verb, in: view) { return false }
            // "pursue negotiations on the island dispute": a noun inside another cue noun's phrase is not the verb's.
            return !(verb + 1..<range.lowerBound).contains {
                Self.supportReachEnds.contains(lower: view.tokens[$0])
                    || $0 + 1 < range.lowerBound && view.mentionAt[$0] == nil && startsCue(view.tokens[$0])
                    && SentenceView.prepositions.contains(lower: view.tokens[$0 + 1])
            }
        }
        // "provided $100 million in emergency aid": an amount lengthens the object phrase.
        let wider = max(0, range.lowerBound - 9)
        guard let verb = (wider..<from).last(where: { lexicon.supportVerbs.contains(lower: view.tokens[$0]) }) else { return false }
        let gap = verb + 1..<range.lowerBound
        return gap.contains { view.tokens[$0].kind == .number }
            && gap.allSatisfy { view.mentionAt[$0] == nil && !Self.amountGapBreaks.contains(lower: view.tokens[$0]) }
    }

    /// The agent of a passive cue: "was imposed by Japan", "a plan proposed by Japan".
    func passiveAgent(_ range: Range<Int>, after: [Int], in view: SentenceView) -> Int? {
        let word = view.tokens[range.lowerBound].lower
        guard word.endsWithASCII("ed") || word.endsWithASCII("en") || word == "met" || word == "struck" else { return nil }
        // "by the previous Japanese government": lower-case modifiers may sit between "by" and the agent.
        let agent = after.first {
            let start = view.mentions[$0].tokens.lowerBound
            return start - range.upperBound <= 6 && (view.preposition(before: $0) == "by"
                || (max(range.upperBound, start - 3)..<start).contains { view.tokens[$0].lower == "by" }
                && !(range.upperBound..<start).contains { view.mentionAt[$0] != nil })
        }
        // "Japan condemned the attack by Russia": an active verb's object phrase owns the "by".
        if let agent, !hasBeForm(before: range, in: view) {
            let start = view.mentions[agent].tokens.lowerBound
            // "imposed sanctions on Moscow over the invasion by Russia": the "by" belongs to the topic's act.
            if reachesAgentOfObject(start, after: range, in: view) || topicBefore(agentAt: start, in: view) != nil { return nil }
        }
        return agent
    }

    /// The clause's subject: its first mention that is no preposition's object, else the nearest one;
    /// a national adjective only when it stands for the state.
    func subject(in before: [Int], view: SentenceView) -> Int? {
        let usable = before.filter { view.mentions[$0].source != .adjective || standsForState(view.mentions[$0], view: view) }
        // A subordinate clause's subject counts only while no comma has closed that clause before the cue.
        let reach = usable.last.map { view.mentions[$0].tokens.upperBound } ?? 0
        return usable.first {
            !view.isPrepositionalObject($0) || subordinateSubject($0, in: view)
                && !(view.mentions[$0].tokens.upperBound..<max(reach, view.mentions[$0].tokens.upperBound)).contains { view.tokens[$0].text == "," }
        } ?? usable.first
    }

    /// "after Tokyo joined …": behind a subordinating "after", "before" or "since", an actor with a finite verb
    /// right after it is that clause's subject, not a preposition's object.
    func subordinateSubject(_ mention: Int, in view: SentenceView) -> Bool {
        let end = view.mentions[mention].tokens.upperBound
        guard end < view.tokens.count, let preposition = view.preposition(before: mention),
              ["after", "before", "since", "until"].contains(preposition) else { return false }
        let next = view.tokens[end]
        return next.isWord && !next.isCapitalised && view.mentionAt[end] == nil
            && (Self.clauseVerbs.contains(lower: next) || next.lower.endsWithASCII("ed"))
    }

    /// "between Russia and China".
    func betweenGroup(after range: Range<Int>, in after: [Int], view: SentenceView) -> [Int]? {
        guard let first = after.first, view.preposition(before: first) == "between",
              view.mentions[first].tokens.lowerBound - range.upperBound <= 3 else { return nil }
        let group = view.coordinated(with: first)
        return group.count > 1 ? group : nil
    }

    /// A sanction or restriction with an owner and no named target aims at a person the clause names first
    /// ("She fears that EU sanctions …").
    func implicitTargets(before index: Int, owners: [Int], view: SentenceView) -> [Int] {
        // "We condemn the Ukrainian strikes": a pronoun in the cue's own clause acts on the noun, it does not suffer it.
        guard let first = view.mentions.indices.first(where: { view.mentions[$0].tokens.lowerBound < index }),
              !owners.contains(first), view.mentions[first].isPronoun,
              view.clauseOf[view.mentions[first].tokens.lowerBound] != view.clauseOf[index] else { return [] }
        return [first]
    }
}
