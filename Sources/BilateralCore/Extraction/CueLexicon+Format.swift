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
    }

    /// Verbs that are cues only with a relationship as subject ("ties warmed", "relations cooled").
    struct RelationVerbs: Decodable {
        var better: [String]
        var worse: [String]
    }
}
