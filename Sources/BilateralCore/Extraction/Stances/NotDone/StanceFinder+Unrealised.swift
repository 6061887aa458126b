/// Acts that did not happen: supposed, wished, possible, asked about or denied. They give no stance.
///
/// The patterns, in the order they are tried (each with a sentence that is silent and a look-alike that is not):
///
/// | pattern | silent | still a stance |
/// |---|---|---|
/// | question | "Would Cairo ever bomb the dam?" | "Cairo bombed the dam." |
/// | conditional clause | "if Beijing decided to strike Moscow" | "Beijing struck Moscow, if reports are right." |
/// | consequence of a condition | "they could sign a deal if the talks go well" | "they will sign a deal, officials said." |
/// | wish or ability marker | "a bloc able to fight Russia", "would rather not sanction" | "a bloc that fought Russia" |
/// | possibility modal | "Japan might impose sanctions on Russia", "might not otherwise have agreed" | "Japan will impose sanctions on Russia" |
/// | marker before a verb and its noun cue | "unable to reschedule a meeting with Xi" | "rescheduled a meeting with Xi" |
/// | denied act | "Ankara denied planning to attack Athens" | "Ankara denied Athens a visa" (the denial itself) |
/// | purpose of a thing | "a force to fight Russia", "pressure to get the deal done" | "a decision to expel Russian envoys" |
/// | a wished thing | "a meeting Zelenskiy wanted with Trump" | "a meeting Zelenskiy held with Trump" |
/// | a noun under a conditioned modal | "U.S. aid might be freed if Kyiv acts" | "U.S. aid was freed after Kyiv acted" |
///
/// A threatened act ("threatened to cut gas") is not here: the threat rule scores it as the threat it is.
extension StanceFinder {
    /// True when the act the cue names is only supposed, wished, possible, asked about or denied.
    func isUnrealised(_ cue: CueLexicon.Cue, at range: Range<Int>, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        if isQuestion(view) { return true }
        let clauseStart = view.clauseStart(of: range.lowerBound)
        // The conditional word opens the clause (it is a clause breaker), so it stands at or just before its start.
        let conditions = lexicon.conditionals
        if let condition = (max(0, clauseStart - 1)..<range.lowerBound).last(where: { conditions.contains(lower: tokens[$0]) }),
           !endsConditionBefore(range.lowerBound, condition: condition, in: view) { return true }
        // "could finalise a deal …, if negotiators compromise": the act is the consequence of a condition. The few
        // tokens before the cue are read first: scanning the whole sentence for every cue cost more than the rule.
        if (max(clauseStart, range.lowerBound - 4)..<range.lowerBound).contains(where: { Self.conditionalModals.contains(lower: tokens[$0]) }),
           tokens.contains(where: { conditions.contains(lower: $0) }) {
            return true
        }
        if endsWithMarker(before: range.lowerBound, in: view) || isPurposeOfAThing(range, in: view) { return true }
        // "unable to reschedule a meeting": a marker before the verb whose object the noun cue is.
        if cue.role == .noun, (2...4).contains(where: { gap in
            range.lowerBound - gap > 0 && (range.lowerBound - gap..<range.lowerBound).allSatisfy { Self.isPlainWord($0, in: view) }
                && endsWithMarker(before: range.lowerBound - gap, in: view)
        }) { return true }
        if cue.role == .noun, isWishedThing(range, in: view) || isConditionalSubject(range, in: view) { return true }
        guard cue.role == .verb else { return false }
        // "might impose", "could also strike", "might not otherwise have agreed": a possibility reported, not an act
        // done. "May" as a month is capitalised.
        var before = range.lowerBound - 1
        while before >= 0, range.lowerBound - before <= 4,
              lexicon.possibilityAdverbs.contains(lower: tokens[before]) || Self.modalFillers.contains(lower: tokens[before]) {
            before -= 1
        }
        if before >= 0, lexicon.possibilityModals.contains(lower: tokens[before]), !(tokens[before].isCapitalised && before > 0) {
            return true
        }
        // "denied planning to attack", "denied that its jets struck": the denied act did not happen.
        let denials = lexicon.denials
        return (max(0, range.lowerBound - 6)..<range.lowerBound).contains { index in
            denials.contains(lower: tokens[index]) && view.clauseOf[index] == view.clauseOf[range.lowerBound]
                || denials.contains(lower: tokens[index]) && index + 1 < tokens.count && tokens[index + 1].lower == "that"
        }
    }

    /// "a meeting Zelenskiy wanted with Trump", "the talks that Tokyo sought": a thing someone wants or seeks is
    /// not had.
    private func isWishedThing(_ range: Range<Int>, in view: SentenceView) -> Bool {
        var index = range.upperBound
        if index < view.tokens.count, Self.wishRelatives.contains(lower: view.tokens[index]) { index += 1 }
        guard index < view.tokens.count, let mention = view.mentionAt[index] else { return false }
        let verb = view.mentions[mention].tokens.upperBound
        return verb < view.tokens.count && Self.wishVerbs.contains(lower: view.tokens[verb])
    }

    /// "U.S. aid might be freed if the country …": a noun that is the subject of a possibility under a condition.
    private func isConditionalSubject(_ range: Range<Int>, in view: SentenceView) -> Bool {
        // Past a short phrase of its own ("aid to Ukraine might"), never past a comma.
        var end = range.upperBound
        while end < min(view.tokens.count, range.upperBound + 4), view.tokens[end].isWord { end += 1 }
        guard (range.upperBound..<end).contains(where: { lexicon.possibilityModals.contains(lower: view.tokens[$0]) || Self.conditionalModals.contains(lower: view.tokens[$0]) })
        else { return false }
        let conditions = lexicon.conditionals
        return view.tokens[range.upperBound...].contains { conditions.contains(lower: $0) }
    }

    /// "a force to fight Russia", "pressure to get the deal done": an infinitive after a noun of means or capacity
    /// says what the thing is for, not what anyone did ("a decision to expel", "an attempt to coerce" are acts).
    private func isPurposeOfAThing(_ range: Range<Int>, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        var to = range.lowerBound - 1
        while to > 0, range.lowerBound - to <= 4, tokens[to].lower != "to" {
            guard Self.isPlainWord(to, in: view) else { return false }
            to -= 1
        }
        guard to > 0, tokens[to].lower == "to", view.clauseOf[to] == view.clauseOf[range.lowerBound] else { return false }
        guard Self.meansNouns.contains(lower: tokens[to - 1]) else { return false }
        // "used its leverage to pressure Russia", "sent a force to fight": means put to use do the act.
        return !(max(0, to - 5)..<(to - 1)).contains { Self.useVerbs.contains(lower: tokens[$0]) }
    }

    static let useVerbs: WordSet = [
        "use", "used", "uses", "using", "employ", "employed", "employs", "exert", "exerted", "exerts", "apply", "applied",
        "applies", "deploy", "deployed", "deploys", "send", "sent", "sends", "mobilise", "mobilised", "mobilize", "mobilized",
        "wield", "wielded", "brought", "bring",
    ]

    static let meansNouns: WordSet = [
        "force", "bloc", "army", "capability", "capabilities", "capacity", "means", "power", "readiness", "weapons",
        "tools", "resources", "pressure", "leverage", "strength", "muscle",
    ]

    static let wishRelatives: WordSet = ["that", "which"]
    static let wishVerbs: WordSet = [
        "wanted", "wants", "sought", "seeks", "hoped", "hopes", "desired", "desires", "requested", "wished", "wishes",
        "proposed", "proposes",
    ]

    /// A sentence that asks: it ends with a question mark (before any closing quote).
    private func isQuestion(_ view: SentenceView) -> Bool {
        var last = view.tokens.count - 1
        while last >= 0, Self.closingQuotes.contains(view.tokens[last].text) { last -= 1 }
        return last >= 0 && view.tokens[last].text == "?"
    }

    /// "able to", "would rather", "would have": a marker phrase ending right before the cue, or one adverb or
    /// "not" before it.
    private func endsWithMarker(before start: Int, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        for end in [start, start - 1] where end > 0 {
            guard lexicon.unrealisedMarkerEnds.contains(lower: tokens[end - 1]) else { continue }
            if end < start, !(tokens[end].isWord && !tokens[end].isCapitalised && view.mentionAt[end] == nil) { continue }
            for marker in lexicon.unrealisedMarkers where marker.count <= end {
                if zip(marker, tokens[(end - marker.count)..<end]).allSatisfy({ $0 == $1.lower }) { return true }
            }
        }
        return false
    }

    /// Words that may stand between a modal and its verb besides the adverbs: "might not otherwise have agreed".
    static let modalFillers: WordSet = ["not", "never", "otherwise", "have", "be", "been", "ever", "now"]

    /// A lower-case word that is no actor and no stop: part of a verb phrase before a noun cue.
    static func isPlainWord(_ index: Int, in view: SentenceView) -> Bool {
        view.tokens[index].isWord && !view.tokens[index].isCapitalised && view.mentionAt[index] == nil
            && !Self.plainConjunctions.contains(lower: view.tokens[index])
    }

    static let conditionalModals: WordSet = ["would", "could", "might", "may"]
    /// Negators that say an act was not done, as against "little" or "no" that only doubt or deny a thing.
    static let plainNegators: WordSet = ["not", "never"]
    static let closingQuotes: Set<String> = ["\"", "”", "’", "'", ")"]
}

extension StanceFinder {
    /// "ECOWAS threatened force unless Bazoum was restored, and France backed the bloc": a condition opened after a
    /// main clause ends where ", and" brings in a new subject; the clause after it is stated, not conditional. A
    /// condition that opens the sentence ("If Russia invaded, and Ukraine resisted, …") may go on past ", and".
    func endsConditionBefore(_ cue: Int, condition: Int, in view: SentenceView) -> Bool {
        let tokens = view.tokens
        guard condition > 1, (0..<condition).contains(where: { tokens[$0].isWord && view.mentionAt[$0] == nil }),
              cue - condition >= 4 else { return false }
        return (condition + 1..<cue - 1).contains { index in
            tokens[index].text == "," && index + 2 < tokens.count && Self.andOrBut.contains(lower: tokens[index + 1])
                && (view.mentionAt[index + 2] != nil && !view.mentions[view.mentionAt[index + 2]!].isPossessive
                    || index + 3 < tokens.count && tokens[index + 2].lower == "then" && view.mentionAt[index + 3] != nil)
        }
    }
}
