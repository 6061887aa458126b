/// Who holds a cue and whom it is aimed at.
extension StanceFinder {
    /// (holder, target) mention pairs for the cue at `range`.
    func roles(of cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> [(Int, Int)] {
        let clause = view.clause(of: range.lowerBound)
        let before = view.mentions(in: clause.lowerBound..<range.lowerBound)
        let after = view.mentions(in: range.upperBound..<clause.upperBound)
        if cue.role == .predicate || (cue.role == .noun && isPredicate(range, in: view)) {
            if let pairs = predicateRoles(range, before: before, after: after, in: view) { return pairs }
        }
        if let owner = owner(of: range, in: view) {
            let owners = view.coordinated(with: owner)
            if cue.symmetric && owners.count > 1 { return allPairs(owners) }
            let targets = targets(after: range, in: after, view: view)
            if targets.isEmpty, cue.symmetric || lexicon.relationNouns.contains(cue.words.last ?? "") { return [] }
            return product(owners, targets.isEmpty ? implicitTargets(before: before, owners: owners, view: view) : targets)
        }
        if cue.role != .verb {
            if let between = betweenGroup(after: range, in: after, view: view), cue.symmetric { return allPairs(between) }
            if cue.role == .adjective { return [] }
        }
        if let agent = passiveAgent(range, after: after, in: view) {
            let holders = view.coordinated(with: agent)
            let subject = before.last.map { view.coordinated(with: $0) } ?? []
            let targets = subject + targets(after: range, in: after.filter { !holders.contains($0) }, view: view)
            return product(holders, targets)
        }
        guard let subject = subject(in: before, view: view) else { return [] }
        let holders = view.coordinated(with: subject)
        var targets = targets(after: range, in: after, view: view)
        if let compound = relationCompound(after: range, view: view) {
            targets += compound.filter { view.mentions[$0].actor != view.mentions[subject].actor }
        }
        return product(holders, targets)
    }

    private func product(_ holders: [Int], _ targets: [Int]) -> [(Int, Int)] {
        holders.flatMap { holder in targets.filter { $0 != holder }.map { (holder, $0) } }
    }

    private func allPairs(_ group: [Int]) -> [(Int, Int)] {
        group.flatMap { a in group.filter { $0 != a }.map { (a, $0) } }
    }

    /// The actor right before a noun cue, past modifiers: "Japan's (economic) sanctions", "Russo-Japanese ties".
    func owner(of range: Range<Int>, in view: SentenceView) -> Int? {
        var index = range.lowerBound - 1
        var skipped = 0
        while index >= 0, skipped <= 3 {
            if let mention = view.mentionAt[index] {
                let mentionSource = view.mentions[mention].source
                let ownerLike = view.mentions[mention].isPossessive || mentionSource == .adjective
                    || view.tokens[index].kind != .possessive && index + 1 < view.tokens.count
                        && (view.tokens[index + 1].kind == .possessive || view.tokens[index + 1].text == "-" || skipped == 0)
                return ownerLike ? mention : nil
            }
            let token = view.tokens[index]
            if token.kind == .possessive { index -= 1; continue }
            guard token.isWord, !SentenceView.prepositions.contains(token.lower), !SentenceView.beForms.contains(token.lower),
                  !["and", "or", "the", "a", "an", "their", "its", "has", "have", "had"].contains(token.lower),
                  !token.lower.hasSuffix("ed") || token.lower == "increased" || token.lower == "proposed" else { return nil }
            index -= 1
            skipped += 1
        }
        return nil
    }

    /// Mentions the cue reaches: its direct object, then objects of target prepositions, with coordination.
    func targets(after range: Range<Int>, in after: [Int], view: SentenceView) -> [Int] {
        var found: [Int] = []
        for mention in after {
            if found.contains(mention) { continue }
            let start = view.mentions[mention].tokens.lowerBound
            if isNegatedTarget(start, view: view) { continue }
            let preposition = view.preposition(before: mention)
            let direct = start - range.upperBound <= 3 && preposition == nil
            let reached = preposition.map { lexicon.targetPrepositions.contains($0) } ?? false
            if direct || reached {
                found += view.coordinated(with: mention).filter { !found.contains($0) }
            }
        }
        return found
    }

    /// "not at Mr. Putin": a target the sentence denies.
    private func isNegatedTarget(_ start: Int, view: SentenceView) -> Bool {
        let from = max(0, start - 4)
        return (from..<start).contains { view.tokens[$0].lower == "not" }
    }

    /// A noun used as what someone is: "is a threat", "an important partner".
    private func isPredicate(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let from = max(0, range.lowerBound - 4)
        return (from..<range.lowerBound).contains { SentenceView.beForms.contains(view.tokens[$0].lower) || view.tokens[$0].lower == "called" }
    }

    /// The agent of a passive cue: "was imposed by Japan".
    private func passiveAgent(_ range: Range<Int>, after: [Int], in view: SentenceView) -> Int? {
        let word = view.tokens[range.lowerBound].lower
        guard word.hasSuffix("ed") || word.hasSuffix("en") || word == "met" || word == "struck" else { return nil }
        for mention in after where view.preposition(before: mention) == "by" {
            let from = max(0, range.lowerBound - 3)
            let isPassive = (from..<range.lowerBound).contains { SentenceView.beForms.contains(view.tokens[$0].lower) }
                || view.mentions[mention].tokens.lowerBound - range.upperBound <= 4
            return isPassive ? mention : nil
        }
        return nil
    }

    /// The clause's subject: its first mention that is no preposition's object, else the nearest one.
    private func subject(in before: [Int], view: SentenceView) -> Int? {
        before.first { !view.isPrepositionalObject($0) } ?? before.last
    }

    /// "between Russia and China".
    private func betweenGroup(after range: Range<Int>, in after: [Int], view: SentenceView) -> [Int]? {
        guard let first = after.first, view.preposition(before: first) == "between",
              view.mentions[first].tokens.lowerBound - range.upperBound <= 3 else { return nil }
        let group = view.coordinated(with: first)
        return group.count > 1 ? group : nil
    }

    /// A sanction or restriction with an owner and no named target aims at whoever the clause names first.
    private func implicitTargets(before: [Int], owners: [Int], view: SentenceView) -> [Int] {
        guard let first = before.first, !owners.contains(first), view.mentions[first].isPronoun else { return [] }
        return [first]
    }
}
