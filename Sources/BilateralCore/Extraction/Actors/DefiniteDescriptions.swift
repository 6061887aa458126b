/// "the ministry", "the prime minister": a definite description names the latest actor that fits it.
struct DefiniteDescriptions: Sendable {
    let gazetteer: Gazetteer

    /// Description words after "the", and what the referent must be: a body whose name holds the word, or a
    /// person who held a role whose title holds it.
    static let descriptions: [(words: [String], kind: Actor.Kind, key: String)] = [
        (["foreign", "ministry"], .body, "foreign affairs"), (["defence", "ministry"], .body, "defen"),
        (["defense", "ministry"], .body, "defen"), (["ministry"], .body, "ministry"),
        (["prime", "minister"], .person, "prime minister"), (["foreign", "minister"], .person, "foreign minister"),
        (["defence", "minister"], .person, "defen"), (["defense", "minister"], .person, "defen"),
        (["president"], .person, "president"), (["chancellor"], .person, "chancellor"), (["premier"], .person, "premier"),
        (["spokesman"], .person, "spokes"), (["spokeswoman"], .person, "spokes"), (["spokesperson"], .person, "spokes"),
        // "the bloc's efforts" after "ECOWAS", "the EU": any organisation of states.
        (["bloc"], .organisation, ""),
        // "took Canberra to the International Court of Justice. … the court ordered": a court or tribunal named just before.
        (["court"], .organisation, "court"), (["tribunal"], .organisation, "tribunal"),
    ]

    static let firstWords = WordSet(descriptions.compactMap(\.words.first))

    /// The description starting after the "the" at `index`, and how many tokens it spans with "the".
    func description(at index: Int, in tokens: [Token]) -> (kind: Actor.Kind, key: String, length: Int)? {
        // Most "the"s open no description: one probe of the next word spares the scan of every entry.
        guard index + 1 < tokens.count, Self.firstWords.contains(lower: tokens[index + 1]) else { return nil }
        for entry in Self.descriptions where index + entry.words.count < tokens.count {
            guard zip(entry.words, tokens[(index + 1)...]).allSatisfy({ $0 == $1.lower }) else { continue }
            let end = index + 1 + entry.words.count
            // "the president of Russia", "the prime minister, Fumio Kishida": the name is given, nothing to resolve.
            if end < tokens.count, ["of", ","].contains(tokens[end].lower) || tokens[end].isCapitalised && tokens[end].isWord { return nil }
            return (entry.kind, entry.key, end - index)
        }
        return nil
    }

    /// The latest named actor in `history` that fits the description.
    func referent(kind: Actor.Kind, key: String, in history: [ActorMention]) -> ActorMention? {
        history.last { mention in
            guard mention.kind == kind, let entry = gazetteer.entry(mention.actor) else { return false }
            if kind == .body { return entry.name.lowercased().contains(key) }
            if kind == .organisation { return key.isEmpty || entry.name.lowercased().contains(key) }
            return entry.roles.contains { $0.title.lowercased().contains(key) }
        }
    }
}
