/// Referents across sentences: the act a reaction answers ("condemned it", "the move"), the claim a
/// later sentence rejects ("the accusation"), and the two parties of a reported meeting ("They agreed").
extension PronounResolver {
    /// Verbs of reaction whose object "it" is the act the sentence before reported.
    static let reactionVerbs: WordSet = [
        "condemned", "condemns", "denounced", "denounces", "criticised", "criticized", "criticises", "criticizes",
        "protested", "protests", "rejected", "rejects", "slammed", "slams", "welcomed", "welcomes", "praised", "praises",
    ]

    /// Nouns for an act that a sentence reports and the next one reacts to.
    static let actNouns: WordSet = [
        "move", "decision", "step", "launch", "launches", "test", "tests", "ruling", "idea", "plan", "measures", "measure",
        "remarks", "remark", "comment", "comments", "announcement", "incursion", "deployment", "expulsions", "detention", "detentions", "arrest", "arrests", "ban",
        "trip", "visit", "tour", "raid", "raids", "takeover", "coup",
        "annexation", "blockade", "incursions",
    ]

    /// "the move", "this decision" with nothing after it that names whose it is.
    static func refersToPreviousAct(at index: Int, in tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, actNouns.contains(lower: tokens[index + 1]) else { return false }
        if index > 0, tokens[index - 1].kind == .possessive { return false }
        guard index + 2 < tokens.count else { return true }
        let next = tokens[index + 2]
        return !(next.kind == .possessive || ["of", "by", "to"].contains(next.lower) || next.isCapitalised)
    }

    /// Nouns for what one side said of another, answered by the other side in a later sentence.
    static let claimNouns: WordSet = [
        "accusation", "accusations", "allegation", "allegations", "criticism", "criticisms", "complaint", "complaints",
        "protest", "protests", "charge", "charges", "claims", "demand", "demands", "proposal", "offer", "overture",
    ]

    /// "the accusation", "the complaint" with nothing after it that names whose or what it is.
    static func refersToEarlierClaim(at index: Int, in tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, claimNouns.contains(lower: tokens[index + 1]) else { return false }
        if index > 0, tokens[index - 1].kind == .possessive { return false }
        guard index + 2 < tokens.count else { return true }
        let next = tokens[index + 2]
        return !(next.kind == .possessive || next.isCapitalised
                 || ["of", "by", "to", "with", "against", "from", "over", "that", "about"].contains(next.lower))
    }

    /// The opening group of the latest of the last three sentences (this paragraph or the one before) that
    /// names none of this sentence's actors: who made the claim this sentence answers.
    static func accuser(
        in openings: [(group: [ActorMention], sentence: Int, paragraph: Int)], before number: Int, paragraph: Int,
        excluding present: Set<UInt32>
    ) -> [ActorMention]? {
        guard !present.isEmpty else { return nil }
        for opening in openings.reversed() where number - opening.sentence <= 3 && paragraph - opening.paragraph <= 1 {
            if opening.group.contains(where: { present.contains($0.principalNumber) }) { continue }
            return opening.group
        }
        return nil
    }

    static let meetingWords: WordSet = ["met", "meet", "meets", "meeting", "talks", "summit", "spoke", "phoned"]

    /// The two parties of a sentence that reports a meeting (one of `meetingWords`) and names exactly two actors.
    static func meetingPair(_ mentions: [ActorMention]) -> [ActorMention]? {
        guard mentions.count >= 2 else { return nil }
        var pair: [ActorMention] = []
        for mention in mentions where !pair.contains(where: { $0.principalNumber == mention.principalNumber }) { pair.append(mention) }
        return pair.count == 2 ? pair : nil
    }
}

extension PronounResolver {
    /// Reaction verbs that may end their clause with no object ("Tokyo protested.").
    static let barReactionVerbs: WordSet = [
        "protested", "condemned", "denounced", "criticised", "criticized", "objected", "complained", "retaliated", "protest",
    ]

    /// Words that may follow an objectless reaction verb: punctuation aside, a manner or channel phrase.
    static let afterBareReaction: WordSet = [".", ",", ";", "and", "through", "strongly", "sharply", "immediately", "angrily", "on", "in", "at", "within"]

    /// "Russia deployed missiles on Iturup. Tokyo protested.": a reaction verb with nothing after it in its
    /// sentence answers the act the sentence before opened with; the token after the verb stands for that actor.
    static func bareReactionSlot(in tokens: [Token], seenHere: [ActorMention], previous: [ActorMention]) -> Int? {
        // The reactor is the first actor with a reaction verb right after it: "Beijing protested at once, saying the
        // radar could see into China" names China later, in a clause of its own.
        for reactor in seenHere where !reactor.isPronoun {
            guard !previous.contains(where: { $0.principalNumber == reactor.principalNumber }) else { continue }
            // The verb follows its reactor within a few words, so only those are probed.
            let window = reactor.tokens.upperBound..<min(tokens.count, reactor.tokens.upperBound + 4)
            guard let verb = window.last(where: { barReactionVerbs.contains(lower: tokens[$0]) }) else { continue }
            guard verb + 1 < tokens.count, afterBareReaction.contains(lower: tokens[verb + 1]),
                  !seenHere.contains(where: { $0.tokens.lowerBound > verb && !clauseBreak(between: verb, and: $0.tokens.lowerBound, in: tokens) })
            else { return nil }
            return verb + 1
        }
        return nil
    }

    /// The first actor a sentence names when every actor it names stands for the same state, else nil.
    static func loneActor(in mentions: [ActorMention]) -> ActorMention? {
        guard let first = mentions.first(where: { !$0.isPronoun }), first.principalNumber != ActorMention.noPrincipal else { return nil }
        return mentions.allSatisfy { $0.isPronoun || $0.principalNumber == first.principalNumber } ? first : nil
    }

    /// "Beijing protested at once, saying the radar could see into China", "Tokyo lodged a protest, and Kishida told
    /// parliament …": an actor named after a comma or a semicolon belongs to another clause, so the reaction still
    /// has no object of its own.
    private static func clauseBreak(between verb: Int, and later: Int, in tokens: [Token]) -> Bool {
        (verb + 1..<later).contains { [",", ";", ":"].contains(tokens[$0].text) }
    }
}
