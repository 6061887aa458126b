/// "accused the government in Caracas of …", "warned the authorities in Minsk": a government named by its seat is
/// the state it governs, and as a verb's object it is the target, though "in" otherwise only says where.
extension StanceFinder {
    /// True when the mention is the seat in "the government in X" right after a verb cue.
    func isSeatOfGovernmentObject(_ mention: Int, after verb: Range<Int>, in view: SentenceView) -> Bool {
        let start = view.mentions[mention].tokens.lowerBound
        // "the government in": three words between the verb and the seat, four with one modifier ("the new regime in").
        guard start - verb.upperBound >= 3, start - verb.upperBound <= 4, view.tokens[start - 1].lower == "in",
              Self.governmentNouns.contains(lower: view.tokens[start - 2]),
              view.tokens[verb.upperBound].lower == "the" else { return false }
        return (verb.upperBound + 1..<start - 1).allSatisfy { view.tokens[$0].isWord && view.mentionAt[$0] == nil }
    }

    /// Words for a government as a whole (not "the ambassador in Moscow", who may be anyone's).
    static let governmentNouns: WordSet = ["regime", "junta", "rulers", "government", "authorities", "leadership", "administration"]
}
