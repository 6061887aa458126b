/// Recognises the short paragraph that introduces an article's author
/// ("Jane Doe is a Senior Analyst at …", "John Roe writes on Asian security.").
enum AuthorBio {
    private static let verbs: [[String]] = [
        ["is", "a"], ["is", "an"], ["is", "the"], ["is", "currently"], ["was", "a"], ["was", "an"],
        ["has", "been"], ["writes"], ["is", "senior"], ["is", "professor"],
    ]

    /// Words of the trades whose members sign articles.
    private static let roles: [String] = [
        "journalist", "analyst", "writer", "author", "editor", "columnist", "correspondent", "researcher",
        "professor", "fellow", "contributor", "director", "founder", "consultant", "commentator",
        "blogger", "reporter", "scholar", "lecturer", "economist", "historian", "strategist", "expert",
        "specialist", "freelance", "student", "graduate", "candidate", "producer", "host of",
    ]

    /// The person a bio paragraph introduces, or nil when `text` is not one.
    static func name(in text: String) -> String? {
        guard !text.isEmpty, text.utf8.count <= 700 else { return nil }
        var tokens = TokenCursor(DatelineTokenizer.tokens(of: text, limit: 700))
        guard let name = BylineParser.readOneName(&tokens), (2...5).contains(name.split(separator: " ").count),
              verbs.contains(where: { verb in verb.indices.allSatisfy { tokens.peek($0)?.lower == verb[$0] } })
        else { return nil }
        let firstSentence = text.lowercased().prefix(300)
        guard roles.contains(where: { firstSentence.contains($0) }) else { return nil }
        return name
    }
}
