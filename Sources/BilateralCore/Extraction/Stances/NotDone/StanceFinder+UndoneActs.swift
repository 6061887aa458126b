/// Acts reported falsely, or another's charge (issue 15, class 3: acts that did not happen). Acts called off are
/// `isCalledOff` and `stoppedBy` (StanceFinder+StoppedActs).
///
/// | pattern | gives | silent or changed |
/// |---|---|---|
/// | a report the sentence calls false | "officials called reports that Oslo had snubbed Bern false" → nothing | "officials confirmed that Oslo had snubbed Bern" |
/// | a denied report | "Cairo denied reports that it had expelled Sudan's envoy" → nothing | "Cairo expelled Sudan's envoy" |
/// | another's charge that an actor rejects | "Delhi accused Dhaka of …, a charge Dhaka rejects" → BGD → IND, reject | the rejecting actor never rejects a bystander named in the charge |
extension StanceFinder {
    /// "called reports that Washington had rebuffed Ottawa false", "denied reports that …": an act inside a report the
    /// sentence calls false or denies did not happen.
    func isInsideFalseReport(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        // The report noun and its "that" before the cue.
        guard let report = (max(0, range.lowerBound - 14)..<range.lowerBound).last(where: { index in
            Self.reportNouns.contains(lower: tokens[index]) && index + 1 < tokens.count && Self.reportJoiners.contains(lower: tokens[index + 1])
        }) else { return false }
        // The act must be inside the report's clause: "dismissed claims that …, and accused Manila of …" is an act of its own.
        guard report + 2 <= range.lowerBound, view.clauseOf[report + 2] == view.clauseOf[range.lowerBound] else { return false }
        // Denied right before ("denied reports", "dismissed the claims"), or called false anywhere in the sentence.
        if (max(0, report - 3)..<report).contains(where: { lexicon.denials.contains(lower: tokens[$0]) || Self.dismissals.contains(lower: tokens[$0]) }) {
            return true
        }
        return tokens.contains { Self.falsityWords.contains(lower: $0) }
    }

    static let reportNouns: WordSet = [
        "report", "reports", "claim", "claims", "allegation", "allegations", "suggestion", "suggestions", "rumour", "rumours",
        "rumor", "rumors", "story", "stories", "speculation",
    ]
    static let reportJoiners: WordSet = ["that", "of"]
    static let dismissals: WordSet = ["dismissed", "dismisses", "dismiss", "rejected", "rejects", "reject", "rebutted", "refuted", "debunked"]
    static let falsityWords: WordSet = [
        "false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fabrication", "fake", "nonsense", "inaccurate",
        "incorrect", "lies", "lie", "fiction", "fictitious",
    ]

    /// "…, a charge Kabul rejects", "an accusation Beijing denies": a reduced relative whose object is a charge made
    /// earlier in the sentence. Returns the rejecting actor and the charge's maker (the sentence's first actor of
    /// another side); nil when the cue is no such relative. An empty pair list when no maker is named.
    func chargeRejection(_ range: Range<Int>, in view: SentenceView) -> [(Int, Int)]? {
        let tokens = view.tokens
        guard range.lowerBound >= 2, let rejecter = view.mentionAt[range.lowerBound - 1],
              view.mentions[rejecter].tokens.lowerBound >= 1 else { return nil }
        let noun = view.mentions[rejecter].tokens.lowerBound - 1
        guard Self.chargeNouns.contains(lower: tokens[noun]), noun >= 1,
              Self.chargeOpeners.contains(lower: tokens[noun - 1]) || noun >= 2 && tokens[noun - 2].text == "," else { return nil }
        let side = principal(view.mentions[rejecter].actor)
        guard let maker = (0..<view.mentions.count).first(where: {
            view.mentions[$0].tokens.upperBound <= noun && !view.mentions[$0].isPossessive && principal(view.mentions[$0].actor) != side
        }) else { return [] }
        return [(rejecter, maker)]
    }

    static let chargeNouns: WordSet = ["charge", "charges", "accusation", "accusations", "claim", "claims", "allegation", "allegations"]
    static let chargeOpeners: WordSet = ["a", "an", "the", "one"]
}
