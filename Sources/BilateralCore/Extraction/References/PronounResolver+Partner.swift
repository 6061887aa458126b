/// The partner a relation act leaves unnamed: "That year Caracas broke off ties", "Berlin has declined to open any
/// talks on the note". With one side of the article's pair acting and no partner in the sentence, the ties or talks
/// are with the other side of that pair (issue 15, classes 5 and 6).
///
/// | silent or unchanged | partner supplied |
/// |---|---|
/// | "Caracas broke off ties with Bogota" (named) | "Caracas broke off ties" → the pair's other side |
/// | "the two governments restored their ties" (both named by the pair rule) | "Berlin declined to open any talks on the note" |
/// | "Oslo and Rome cut ties" (two actors here) | |
/// | "Lima broke off ties" when Lima is no side of the pair | "Caracas broke off ties after Bogota backed …" |
extension PronounResolver {
    /// Nouns of a relationship or a channel between two states.
    static let partneredNouns: WordSet = ["ties", "relations", "relationship", "talks", "negotiations", "dialogue", "contacts"]

    /// Words right before the noun that already say whose relationship it is ("their ties", "bilateral talks").
    static let ownedRelationWords: WordSet = ["their", "bilateral", "mutual", "both", "two", "its", "his", "her", "these", "those"]

    /// Words right after the noun that name the partner or the parties ("ties with", "talks between").
    static let partnerPrepositions: WordSet = ["with", "between", "among", "amongst", "to", "involving", "and"]

    /// Subordinators that start a clause of its own right after the noun.
    static let clauseOpeners: WordSet = ["after", "when", "because", "since", "following", "as", "while", "until", "before"]

    /// The token after an unpartnered relation noun, when the sentence's one named principal is a side of `pair`;
    /// with the other side, for the caller to place there.
    static func partnerSlot(
        in tokens: [Token], seenHere: [ActorMention], pair: () -> [ActorMention]?
    ) -> (slot: Int, partner: ActorMention)? {
        guard let acting = seenHere.first(where: { !$0.isPronoun }), let noun = tokens.indices.first(where: {
            tokens[$0].kind == .word && partneredNouns.contains(lower: tokens[$0]) && $0 > acting.tokens.upperBound
        }), noun + 1 < tokens.count else { return nil }
        // One principal named (pronouns that stand for it included) before the noun; actors after it only in a clause
        // of their own ("broke off ties after Bogota backed …").
        let opensClause = clauseOpeners.contains(lower: tokens[noun + 1])
        guard seenHere.allSatisfy({
            $0.tokens.lowerBound < noun ? $0.principalNumber == acting.principalNumber : opensClause
        }) else { return nil }
        if ownedRelationWords.contains(lower: tokens[noun - 1]) || tokens[noun - 1].isCapitalised && tokens[noun - 1].kind == .word { return nil }
        if partnerPrepositions.contains(lower: tokens[noun + 1]) || noun + 2 < tokens.count && tokens[noun + 1].lower == "," { return nil }
        guard let sides = pair(), sides.contains(where: { $0.actorNumber == acting.principalNumber }),
              let partner = sides.first(where: { $0.actorNumber != acting.principalNumber }) else { return nil }
        return (noun + 1, partner)
    }
}
