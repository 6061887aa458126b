/// Asking another state to account for itself: "Brazil asked Washington for explanations", "requested clarification
/// from Tokyo", "asked Seoul to explain" are demands (CAMEO 10), not appeals for cooperation.
///
/// | pattern | gives | still an appeal |
/// |---|---|---|
/// | an appeal verb, its object, "for" and an account noun | "asked Washington for explanations" → demand | "asked Washington for help" |
/// | an appeal verb and an account noun as its object | "requested an explanation from Tokyo" → demand | "requested a meeting with Tokyo" |
/// | an appeal verb, its object, "to" and an accounting verb | "asked Seoul to explain the raid" → demand | "asked Seoul to join the talks" |
extension StanceFinder {
    /// Whether the appeal cue at `range` asks for an account (an explanation, a clarification) rather than for help:
    /// the account noun after "for", as the verb's own object, or an accounting verb after "to", within a few words.
    func asksForAnAccount(after range: Range<Int>, in view: SentenceView) -> Bool {
        guard !lexicon.accountNouns.isEmpty || !lexicon.accountVerbs.isEmpty else { return false }
        let tokens = view.tokens
        let end = min(tokens.count, range.upperBound + 8)
        var index = range.upperBound
        while index < end {
            let word = tokens[index]
            // A clause mark ends the verb's own phrase: "asked for help, and explanations came later" is an appeal.
            if word.kind == .punctuation, word.text != "-" { return false }
            if lexicon.accountNouns.contains(lower: word) { return Self.isOwnObject(index, after: range, in: view) }
            if word.lower == "to", index + 1 < tokens.count, lexicon.accountVerbs.contains(lower: tokens[index + 1]) { return true }
            index += 1
        }
        return false
    }

    /// The account noun belongs to the appeal: only an object, "for", articles and adjectives stand between them
    /// ("asked Washington for a full explanation", "requested urgent clarification from"), no second verb.
    private static func isOwnObject(_ noun: Int, after range: Range<Int>, in view: SentenceView) -> Bool {
        (range.upperBound..<noun).allSatisfy { index in
            view.mentionAt[index] != nil || view.mentions.contains { $0.isPronoun && $0.tokens.contains(index) }
                || accountFillers.contains(lower: view.tokens[index]) || view.tokens[index].isWord && !view.tokens[index].isCapitalised
                && !view.tokens[index].lower.endsWithASCII("ed") && view.tokens[index].lower != "to"
        }
    }

    /// Words that may stand between an appeal verb and the account it asks for.
    static let accountFillers: WordSet = ["for", "a", "an", "the", "its", "their", "urgent", "full", "formal", "official", "public"]
}
