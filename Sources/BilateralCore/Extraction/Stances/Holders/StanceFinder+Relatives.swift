/// Relative clauses: "Moon, who met Kim", "the drills, which Japan condemned", "a statement that Beijing rebuked".
extension StanceFinder {
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom"]
    /// Nouns that take a relative "that" although they also introduce speech ("a statement that Beijing rebuked").
    static let speechNouns: Set<String> = ["statement", "statements", "remarks", "comments", "words", "view", "position"]

    /// Verbs of knowing and deciding whose "that" opens a clause ("agreed that", "found that").
    static let complementVerbs: Set<String> = [
        "agreed", "agree", "agrees", "decided", "decide", "decides", "hoped", "fear", "feared", "fears", "knew", "know",
        "found", "showed", "shows", "realised", "realized", "confirmed", "confirms", "reported", "reports", "suggests",
        "admitted", "acknowledged", "denied", "learned", "noticed", "expects", "expected", "ruled", "demanded",
    ]

    /// "Moon Jae-in, who met Kim": a verb right after "who" or "which" acts for the actor the pronoun follows.
    func relativeSubject(_ range: Range<Int>, in view: SentenceView) -> Int? {
        var index = range.lowerBound - 1
        while index >= 0, view.tokens[index].lower.endsWithASCII("ly") || lexicon.auxiliaries.contains(lower: view.tokens[index]) {
            index -= 1
        }
        guard index >= 1, Self.relativeOpeners.contains(lower: view.tokens[index]) else { return nil }
        var before = index - 1
        if view.tokens[before].text == ",", view.tokens[index].lower != "that" { before -= 1 }
        guard before >= 0, let mention = view.mentionAt[before], !view.mentions[mention].isPronoun else { return nil }
        return mention
    }

    /// "Turkey, which signed a defence agreement with Mogadishu": the support verb of a cue noun opens a relative
    /// clause, so the actor before "which" holds the noun.
    func supportVerbRelativeSubject(before range: Range<Int>, in view: SentenceView) -> Int? {
        let from = max(0, range.lowerBound - 5)
        guard let verb = (from..<range.lowerBound).last(where: { lexicon.supportVerbs.contains(lower: view.tokens[$0]) }) else { return nil }
        if let subject = relativeSubject(verb..<verb + 1, in: view) { return subject }
        // "Turkey, which trains Somali soldiers and signed its own defence agreement with Mogadishu": a second verb of
        // the same relative clause, after "and".
        guard verb >= 4, view.tokens[verb - 1].lower == "and",
              let opener = (max(2, verb - 14)..<verb - 1).last(where: { Self.relativeOpeners.contains(lower: view.tokens[$0]) }),
              view.tokens[opener].lower != "that", view.clauseOf[opener] == view.clauseOf[verb], view.tokens[opener - 1].text == ",",
              let antecedent = view.mentionAt[opener - 2], !view.mentions[antecedent].isPronoun else { return nil }
        return antecedent
    }

    /// The target of a verb whose object is the relative pronoun before its subject: the owner of the noun
    /// the clause describes ("Russia's drills, which Japan condemned"), else the subject of the sentence
    /// it comments on ("India backed Bhutan, a step that Beijing rebuked").
    func relativeObjectTargets(_ range: Range<Int>, holder: Int, in view: SentenceView) -> [Int] {
        let subject = view.mentions[holder]
        var index = subject.tokens.lowerBound - 1
        while index >= 0, Self.articles.contains(lower: view.tokens[index]) { index -= 1 }
        // ", a move Japan condemned": a relative clause may drop its "that" after a noun the comma sets apart.
        let dropped = index >= 2 && view.tokens[index].isWord && !view.tokens[index].isCapitalised && view.mentionAt[index] == nil
            && Self.articles.contains(lower: view.tokens[index - 1]) && view.tokens[index - 2].text == ","
        guard index >= 1, dropped || Self.relativePronouns.contains(view.tokens[index].lower), view.tokens[index].lower != "who" else { return [] }
        let relative = dropped ? index + 1 : index
        // "said (on Monday) that Japan protested": "that" after a verb of speech or thought opens what is said,
        // not a relative clause.
        let previous = view.tokens[relative - 1].lower
        if previous != ",", view.tokens[relative - 1].kind != .word { return [] }
        if view.tokens[relative].lower == "that", (max(0, relative - 4)..<relative).contains(where: {
            let word = view.tokens[$0].lower
            return lexicon.speechWords.contains(word) && !Self.speechNouns.contains(word) || Self.complementVerbs.contains(word)
        }) { return [] }
        // Between subject and verb only auxiliaries and adverbs; after the verb no object of its own.
        guard subject.tokens.upperBound <= range.lowerBound else { return [] }
        let gap = subject.tokens.upperBound..<range.lowerBound
        guard gap.count <= 3, gap.allSatisfy({
            let word = view.tokens[$0].lower
            return view.tokens[$0].isWord && (lexicon.auxiliaries.contains(word) || word.endsWithASCII("ly") || ["also", "not", "never"].contains(word))
        }) else { return [] }
        if range.upperBound < view.tokens.count {
            let next = view.tokens[range.upperBound]
            // "The drills that Taiwan condemned ended": the main clause's verb may follow at once.
            guard !next.isWord || SentenceView.prepositions.contains(lower: next) || next.lower.endsWithASCII("ly")
                    || lexicon.auxiliaries.contains(lower: next) || ["remain", "remains", "remained"].contains(next.lower)
                    || next.lower.endsWithASCII("ed") && view.tokens[relative].lower == "that" else { return [] }
        }
        let own = Set(view.coordinated(with: holder).map { principal(view.mentions[$0].actor) })
        let earlier = view.mentions.indices.filter { view.mentions[$0].tokens.upperBound <= relative && !own.contains(principal(view.mentions[$0].actor)) }
        // The noun phrase just before the pronoun: an owner or a national adjective inside it.
        let phraseStart = max(0, relative - 5)
        if let owner = earlier.last(where: {
            let mention = view.mentions[$0]
            return mention.tokens.lowerBound >= phraseStart && (mention.isPossessive || mention.source == .adjective)
                && !(mention.tokens.upperBound..<relative).contains { [",", "and", "of", "with", "to", "by"].contains(view.tokens[$0].lower) || $0 < relative - 1 && view.tokens[$0].text == "," }
        }) {
            return view.coordinated(with: owner)
        }
        guard dropped || view.tokens[relative - 1].text == "," || view.tokens[relative].lower == "that" else { return [] }
        guard let main = self.subject(in: earlier, view: view) else { return [] }
        return view.coordinated(with: main).filter { !own.contains(principal(view.mentions[$0].actor)) }
    }
}
