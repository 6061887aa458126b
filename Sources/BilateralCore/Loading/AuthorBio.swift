/// Recognises the short paragraph that introduces an article's author
/// ("Jane Doe is a Senior Analyst at …", "John Roe writes on Asian security.").
enum AuthorBio {
    private static let verbs: [[String]] = [
        ["is", "a"], ["is", "an"], ["is", "the"], ["is", "currently"], ["was", "a"], ["was", "an"],
        ["has", "been"], ["writes"], ["is", "senior"], ["is", "professor"],
    ]

    private static let verbCues: [ByteSearch.Needle] = [" is ", " was ", " has been ", " writes"].map(ByteSearch.Needle.init)

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
        // Most paragraphs are not bios: rule them out on bytes (in place, no copy) before tokenizing.
        var contiguous = text
        guard contiguous.withUTF8({ mayOpenBio(UnsafeBufferPointer(rebasing: $0.prefix(120))) }) else { return nil }
        // A name and its verb sit in the first few words.
        var tokens = TokenCursor(DatelineTokenizer.tokens(of: text, limit: 80))
        guard let name = BylineParser.readOneName(&tokens), (2...5).contains(name.split(separator: " ").count),
              verbs.contains(where: { verb in verb.indices.allSatisfy { tokens.peek($0)?.lower == verb[$0] } })
        else { return nil }
        let firstSentence = text.lowercased().prefix(300)
        guard roles.contains(where: { firstSentence.contains($0) }) else { return nil }
        return name
    }

    /// A capitalised word, then a capitalised (or non-ASCII) one, and one of the verbs in the opening bytes.
    private static func mayOpenBio(_ opening: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = opening.first, (0x41...0x5A).contains(first),
              let space = opening.firstIndex(of: 0x20), space + 1 < opening.count,
              (0x41...0x5A).contains(opening[space + 1]) || opening[space + 1] >= 0x80
        else { return false }
        return verbCues.contains { $0.firstOffset(in: UnsafeRawBufferPointer(opening)) != nil }
    }
}
