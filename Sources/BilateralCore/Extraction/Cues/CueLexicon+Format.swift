/// The `cues.json` format, as decoded.
extension CueLexicon {
    struct Category: Decodable {
        var code: String
        var name: String
        var score: Double
        var verbs: [String]?
        var nouns: [String]?
        var adjectives: [String]?
        var predicates: [String]?
        var irregular: [String]?
    }

    struct File: Decodable {
        var categories: [Category]
        var speechVerbs: [String]
        var speechNouns: [String]
        var negators: [String]
        var refusals: [String]
        var cessations: [String]
        var symmetric: [String]
        var relationNouns: [String]
        var targetPrepositions: [String]
        var supportVerbs: [String]
        var irregularSupportVerbs: [String]
        var representativeNouns: [String]
        var auxiliaries: [String]
        var nounOnlyPrepositions: [String]
        var experiencers: [String]?
        var reversals: [String]?
        var obligations: [String]?
        var relationVerbs: RelationVerbs?
        var unrealised: Unrealised?
        var places: Places?
        /// Verb lemmas that are cues only with an actor as their direct object ("Xi received him", not "received aid").
        var actorObjectOnly: [String]?
        /// What a state is asked to account for itself with ("asked Washington for explanations"): a demand, not an appeal.
        var accounts: Accounts?
    }

    /// Nouns and verbs of an account asked for (see `StanceFinder+Explanations`).
    struct Accounts: Decodable {
        var nouns: [String]
        var verbs: [String]
    }

    /// Words that say an act did not happen: "if", "able to", "might" (see `StanceFinder+Unrealised`).
    struct Unrealised: Decodable {
        var conditionals: [String]
        var markers: [String]
        var possibilityModals: [String]
        var possibilityAdverbs: [String]
        var denials: [String]
    }

    /// Words that make a state a place rather than a party (see `StanceFinder+Places`).
    struct Places: Decodable {
        var locativePrepositions: [String]
        var geographyNouns: [String]
    }

    /// Verbs that are cues only with a relationship as subject ("ties warmed", "relations cooled").
    struct RelationVerbs: Decodable {
        var better: [String]
        var worse: [String]
    }
}
