/// Lists that rank states: "Russia's list of unfriendly countries", "put Japan on its list of hostile states".
extension StanceFinder {
    static let listNouns: Set<String> = ["list", "register", "roster", "blacklist"]
    static let inclusionWords: Set<String> = ["including", "includes", "include", "included", "such"]

    /// Holder: who keeps the list ("Russia's list", "its list" for the clause's subject); targets: the actors put
    /// on it ("Japan is on …", "put Japan on …") or named as included after it.
    func listRoles(_ range: Range<Int>, in view: SentenceView) -> [(Int, Int)]? {
        let start = range.lowerBound
        guard start >= 2, view.tokens[start - 1].lower == "of", Self.listNouns.contains(view.tokens[start - 2].lower) else { return nil }
        let list = start - 2
        var keeper: Int?
        var joined = 0
        if list >= 1, view.tokens[list - 1].kind == .possessive || view.mentionAt[list - 1].map({ view.mentions[$0].isPossessive }) == true {
            keeper = view.mentions.indices.last { view.mentions[$0].tokens.upperBound <= list && view.mentions[$0].tokens.upperBound >= list - 1 }
        } else if list >= 1, ["its", "their"].contains(view.tokens[list - 1].lower) {
            // "Japan froze assets, and Moscow added Japan to its list": "its" belongs to the joined clause's subject.
            joined = joinedClauseStart(before: list, in: view)
            let earlier = view.mentions.indices.filter {
                view.mentions[$0].tokens.upperBound <= list - 1 && view.mentions[$0].tokens.lowerBound >= joined
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
}
