/// "Kuwait did the same", "so did France", "Egypt followed suit": an elliptical clause repeats the act stated just
/// before it, with a new holder and the same target (issue 15, recall class 2). This file finds the marker and its
/// holders; `ArticleExtraction` copies the act, since it may sit in the sentence before.
extension StanceFinder {
    struct EllipticalRepeat {
        /// Mentions that repeat the act.
        var holders: [Int]
        /// The marker's tokens ("did the same", "followed suit").
        var marker: Range<Int>
    }

    /// Cheap test before a view is built: most sentences hold none of the words a marker needs.
    static func mayHoldEllipsis(_ tokens: [Token]) -> Bool {
        tokens.contains { ellipsisHeads.contains(lower: $0) }
    }

    /// The elliptical repeats in the sentence, in order.
    func ellipticalRepeats(in view: SentenceView) -> [EllipticalRepeat] {
        var found: [EllipticalRepeat] = []
        let tokens = view.tokens
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard Self.ellipsisHeads.contains(lower: tokens[index]) else { continue }
            // "so did France", "as did Qatar and Oman": the holders come after the marker.
            if Self.doneForms.contains(lower: tokens[index]), index > 0, Self.soOrAs.contains(lower: tokens[index - 1]),
               index + 1 < tokens.count, let after = firstMention(from: index + 1, in: view) {
                found.append(EllipticalRepeat(holders: view.coordinated(with: after), marker: index - 1..<index + 1))
                continue
            }
            guard let end = markerEnd(at: index, in: tokens), endsRepeat(at: end, in: tokens) else { continue }
            guard let subject = subjectBefore(index, in: view) else { continue }
            found.append(EllipticalRepeat(holders: view.coordinated(with: subject), marker: index..<end))
        }
        return found
    }

    /// Where a marker starting at `index` ends: "did the same", "did likewise", "followed suit", "followed".
    private func markerEnd(at index: Int, in tokens: [Token]) -> Int? {
        let word = tokens[index]
        if Self.doneForms.contains(lower: word) {
            if index + 2 < tokens.count, tokens[index + 1].lower == "the", tokens[index + 2].lower == "same" { return index + 3 }
            if index + 1 < tokens.count, tokens[index + 1].lower == "likewise" { return index + 2 }
            return nil
        }
        if Self.followForms.contains(lower: word) {
            if index + 1 < tokens.count, tokens[index + 1].lower == "suit" { return index + 2 }
            // "Egypt and Bahrain soon followed.": a bare "followed" repeats only at the end of its clause.
            return word.lower == "followed" ? index + 1 : nil
        }
        return nil
    }

    /// The marker closes its clause, or only a time phrase follows ("on Saturday", "a day later"): "did the same
    /// thing", "did the same to Qatar" and "followed the talks" say something else.
    private func endsRepeat(at end: Int, in tokens: [Token]) -> Bool {
        guard end < tokens.count else { return true }
        let next = tokens[end]
        if !next.isWord { return next.lower != "-" && next.kind != .possessive }
        // A bare "followed" takes only a time phrase: "followed the talks", "followed by India" say something else.
        if tokens[end - 1].lower == "followed" { return Self.followedTails.contains(lower: next) }
        return Self.repeatTails.contains(lower: next)
    }

    /// The actor right before the marker, past a few adverbs ("Kuwait soon did the same"), as its subject.
    private func subjectBefore(_ index: Int, in view: SentenceView) -> Int? {
        var at = index - 1
        var skipped = 0
        while at >= 0, skipped <= 2 {
            if let mention = view.mentionAt[at] {
                return view.mentions[mention].isPossessive ? nil : mention
            }
            guard view.tokens[at].isWord, view.tokens[at].lower.endsWithASCII("ly") || Self.repeatAdverbs.contains(lower: view.tokens[at])
            else { return nil }
            at -= 1
            skipped += 1
        }
        return nil
    }

    private func firstMention(from index: Int, in view: SentenceView) -> Int? {
        var at = index
        while at < min(view.tokens.count, index + 2) {
            if let mention = view.mentionAt[at] { return view.mentions[mention].isPossessive ? nil : mention }
            guard view.tokens[at].lower == "the" else { return nil }
            at += 1
        }
        return nil
    }

    static let ellipsisHeads: WordSet = ["did", "do", "does", "done", "followed", "follow", "follows", "following"]
    static let doneForms: WordSet = ["did", "do", "does", "done"]
    static let followForms: WordSet = ["followed", "follow", "follows", "following"]
    static let soOrAs: WordSet = ["so", "as"]
    /// Words that may follow a marker without changing what is repeated: time phrases and the next clause.
    static let repeatTails: WordSet = [
        "on", "a", "the", "later", "soon", "shortly", "after", "within", "days", "hours", "weeks", "next", "that", "this",
        "last", "when", "and", "too", "minutes", "by", "overnight", "yesterday", "today", "immediately", "two", "three",
        "earlier", "afterwards", "quickly",
    ]
    static let followedTails: WordSet = ["later", "soon", "shortly", "within", "days", "hours", "weeks", "on", "immediately", "overnight"]
    static let repeatAdverbs: WordSet = ["soon", "then", "later", "also", "too", "quickly", "swiftly", "promptly", "in", "turn", "has", "had", "have"]
}
