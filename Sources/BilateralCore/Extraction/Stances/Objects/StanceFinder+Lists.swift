/// Lists that rank states: "Russia's list of unfriendly countries", "put Japan on its list of hostile states".
extension StanceFinder {
    static let listNouns: Set<String> = ["list", "register", "roster", "blacklist"]
    static let inclusionWords: Set<String> = ["including", "includes", "include", "included", "such"]

    /// Holder: who keeps the list ("Russia's list", "its list" for the clause's subject); targets: the actors put
    /// on it ("Japan is on …", "put Japan on …") or named as included after it.
    func listRoles(_ range: Range<Int>, in view: SentenceView) -> [(Int, Int)]? {
        guard let list = listNoun(before: range.lowerBound, in: view) else { return nil }
        // "its white list of trusted partners": the colour belongs to the list's name.
        let noun = list >= 1 && ["white", "black"].contains(view.tokens[list - 1].lower) ? list - 1 : list
        var keeper: Int?
        var joined = 0
        if noun >= 1, view.tokens[noun - 1].kind == .possessive || view.mentionAt[noun - 1].map({ view.mentions[$0].isPossessive }) == true {
            keeper = view.mentions.indices.last { view.mentions[$0].tokens.upperBound <= noun && view.mentions[$0].tokens.upperBound >= noun - 1 }
        } else if noun >= 1, ["its", "their"].contains(view.tokens[noun - 1].lower) {
            // "Japan froze assets, and Moscow added Japan to its list": "its" belongs to the joined clause's subject.
            joined = joinedClauseStart(before: noun, in: view)
            let earlier = view.mentions.indices.filter {
                view.mentions[$0].tokens.upperBound <= noun - 1 && view.mentions[$0].tokens.lowerBound >= joined
            }
            keeper = subject(in: earlier, view: view)
        }
        guard let keeper else { return [] }
        // "the invasion of Ukraine, and Moscow added …": a clause-joining "and" coordinates no keepers.
        let keepers = view.coordinated(with: keeper).filter { view.mentions[$0].tokens.lowerBound >= joined }
        let own = Set(keepers.map { principal(view.mentions[$0].actor) })
        // The group just before "on/to … list", or after "including".
        let phraseStart = view.mentions[keeper].tokens.upperBound >= list - 1 ? view.mentions[keepers[0]].tokens.lowerBound : list
        var placed = view.mentions.indices.filter {
            view.mentions[$0].tokens.upperBound <= min(phraseStart, list) && !own.contains(principal(view.mentions[$0].actor))
        }
        if let last = placed.last { placed = view.coordinated(with: last).filter { !own.contains(principal(view.mentions[$0].actor)) } }
        let end = min(view.tokens.count, range.upperBound + 4)
        if placed.isEmpty, let inclusion = (range.upperBound..<end).first(where: { Self.inclusionWords.contains(view.tokens[$0].lower) }),
           let named = view.mentions.indices.first(where: {
               let at = view.mentions[$0].tokens.lowerBound
               return at > inclusion && at - inclusion <= 3
           }) {
            placed = view.coordinated(with: named).filter { !own.contains(principal(view.mentions[$0].actor)) }
        }
        return product(keepers, placed)
    }

    /// The first token of the last clause joined by ", and" or ", but" to an actor before `index`; 0 when none.
    private func joinedClauseStart(before index: Int, in view: SentenceView) -> Int {
        var at = index - 1
        while at >= 2 {
            if ["and", "but"].contains(view.tokens[at - 1].lower), view.tokens[at - 2].text == ",",
               let mention = view.mentionAt[at] ?? (view.tokens[at].lower == "the" && at + 1 < index ? view.mentionAt[at + 1] : nil),
               !view.mentions[mention].isPossessive {
                return at
            }
            at -= 1
        }
        return 0
    }

    static let removalVerbs: Set<String> = [
        "remove", "removes", "removed", "removing", "drop", "drops", "dropped", "dropping", "strike", "strikes", "struck",
        "striking", "delete", "deletes", "deleted", "deleting", "exclude", "excludes", "excluded", "excluding",
    ]

    /// "dropped Seoul from its list of trusted partners": a removal verb before "from … list of" a good quality.
    func removalFromList(before range: Range<Int>, in view: SentenceView) -> Bool {
        guard let list = listNoun(before: range.lowerBound, in: view) else { return false }
        var index = list - 1
        while index >= 0, ["its", "their", "a", "the", "white"].contains(view.tokens[index].lower) || view.tokens[index].kind == .possessive
                || view.mentionAt[index].map({ view.mentions[$0].isPossessive }) == true { index -= 1 }
        guard index >= 1, view.tokens[index].lower == "from" else { return false }
        let clauseStart = view.clauseStart(of: index)
        return (max(clauseStart, index - 6)..<index).contains { Self.removalVerbs.contains(view.tokens[$0].lower) }
    }

    /// The "list" of "list of (trusted trading) partners": up to two plain modifiers may sit between "of" and the cue.
    private func listNoun(before start: Int, in view: SentenceView) -> Int? {
        var of = start - 1
        while of >= 0, start - of <= 3, view.tokens[of].lower != "of" {
            guard view.tokens[of].isWord, !view.tokens[of].isCapitalised, view.mentionAt[of] == nil else { return nil }
            of -= 1
        }
        guard of >= 1, view.tokens[of].lower == "of", Self.listNouns.contains(view.tokens[of - 1].lower) else { return nil }
        return of - 1
    }
}
