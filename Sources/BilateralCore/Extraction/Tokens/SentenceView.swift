/// One sentence as the stance rules see it: tokens, actor mentions, cues and clause limits.
struct SentenceView {
    let tokens: [Token]
    let mentions: [ActorMention]
    /// Index of the mention covering each token, if any.
    let mentionAt: [Int?]
    /// Clause number of each token; clauses break at semicolons, dashes, brackets and subordinators.
    let clauseOf: [Int]

    static let clauseBreakers: WordSet = [";", "—", "(", ")", ":", "but", "while", "whereas", "although",
                                              "though", "because", "which", "who", "whom", "until", "unless", "that",
                                              "where", "if", "so", "yet", "whether"]

    static let prepositions: WordSet = [
        "of", "in", "with", "by", "on", "to", "at", "for", "from", "into", "against", "toward", "towards", "between",
        "over", "about", "like", "among", "within", "across", "through", "under", "regarding", "than", "including",
        "as", "vis-a-vis", "beyond", "after", "during", "despite", "following", "amid", "near", "around", "off",
    ]

    /// Words that may stand between a preposition and its object ("with the NATO").
    static let determiners: WordSet = ["the", "a", "an", "both", "its", "their", "his", "her", "mr", ".", "all", "other", "two", "three"]

    /// Weekdays and months: capitalised, yet never part of a name after a preposition. "May" is left out, as it was
    /// when this list was written out by hand: it is also a surname and a modal verb.
    static let calendarNames = WordSet(
        (DateWords.weekdayNames + DateWords.monthNames.filter { $0 != "May" }).map { $0.lowercased() })

    /// Words that may join coordinated actors ("Russia, China and India"); the links are those that must occur.
    static let joiners: WordSet = ["and", ",", "or", "the", "both", "&", "-", "–"]
    static let forwardLinks: WordSet = ["and", ",", "&", "-", "–"]
    static let backwardLinks: WordSet = ["and", "&", "-", "–"]

    static let beForms: WordSet = ["is", "are", "was", "were", "been", "being", "be", "get", "got", "gets", "getting"]

    static let dash = HashedWord("—"), openBracket = HashedWord("("), closeBracket = HashedWord(")")

    /// Every word that may open, close or break a clause: the many others are turned away on one filter probe.
    static let clauseMarks = HashFilter((clauseBreakers.words + ["—", "(", ")"]).map(WordHash.of))

    init(tokens: [Token], mentions: [ActorMention]) {
        self.tokens = tokens
        self.mentions = mentions
        var mentionAt = [Int?](repeating: nil, count: tokens.count)
        // By index: iterating the mentions themselves copied each one (two strings) to read its range.
        for number in mentions.indices {
            for index in mentions[number].tokens where index < tokens.count { mentionAt[index] = number }
        }
        self.mentionAt = mentionAt
        var clauseOf = [Int](repeating: 0, count: tokens.count)
        var clause = 0
        var newest = 0
        var outer: [Int] = []
        // Where a relative clause set apart by commas ends: "Chile, which joined the OAS in 1948, described …".
        var relativeEnd: Int?
        // Read once: each access to a static goes through its one-time initialiser check.
        let breakers = Self.clauseBreakers, prepositions = Self.prepositions
        let dash = Self.dash, open = Self.openBracket, closing = Self.closeBracket, marks = Self.clauseMarks
        for index in tokens.indices {
            if index == relativeEnd, !outer.isEmpty {
                // The closing comma belongs to the relative clause; the main clause resumes after it.
                clauseOf[index] = clause
                clause = outer.removeLast()
                relativeEnd = nil
                continue
            }
            guard marks.mayContain(tokens[index].lowerHash) else {
                clauseOf[index] = clause
                continue
            }
            // Only "(", ")" and "—" open or close a parenthetical; their hashes turn the other tokens away
            // without a String compare (a failed one against "—" is a slow non-ASCII compare).
            let isDash = dash.matches(tokens[index]), isOpen = open.matches(tokens[index])
            if (isDash || isOpen) && mentionAt[index] == nil,
               let close = tokens[(index + 1)...].firstIndex(where: { (isOpen ? closing : dash).matches($0) }), close > index {
                // A parenthetical: the clause around it resumes after its closing mark.
                outer.append(clause)
                newest += 1
                clause = newest
            } else if relativeEnd == nil, let end = Self.parentheticalRelativeEnd(at: index, in: tokens, mentionAt: mentionAt) {
                // ", which joined the OAS in 1948,": a parenthetical too, so the subject before it keeps its verb after it.
                relativeEnd = end
                outer.append(clause)
                newest += 1
                clause = newest
            } else if (isDash || closing.matches(tokens[index])) && !outer.isEmpty {
                clauseOf[index] = clause
                clause = outer.removeLast()
                continue
            } else if breakers.contains(lower: tokens[index]) && mentionAt[index] == nil && index > 0
                        && !(index + 1 < tokens.count && prepositions.contains(lower: tokens[index + 1])) {
                newest += 1
                clause = newest
            }
            clauseOf[index] = clause
        }
        self.clauseOf = clauseOf
    }

    static let parentheticalRelatives: WordSet = ["which", "who"]
    /// Finite verbs that resume a main clause after a parenthetical, besides any "-ed" form.
    static let resumingVerbs: WordSet = [
        "said", "says", "has", "had", "have", "was", "were", "is", "are", "will", "would", "can", "could", "did", "does",
        "took", "gave", "made", "sent", "told", "called", "calls", "met", "meets", "remains", "became", "broke", "struck",
        "warned", "warns", "accused", "accuses", "urged", "urges", "praised", "praises", "signed", "signs", "also", "then",
    ]

    /// The comma that closes ", which … ," or ", who … ," when a finite verb follows it (the main clause resuming):
    /// nil for a relative clause that ends the sentence or runs on.
    static func parentheticalRelativeEnd(at index: Int, in tokens: [Token], mentionAt: [Int?]) -> Int? {
        guard index >= 2, mentionAt[index] == nil, tokens[index - 1].text == ",", parentheticalRelatives.contains(lower: tokens[index]),
              mentionAt[index - 2] != nil else { return nil }
        let last = min(tokens.count - 1, index + 16)
        guard index + 2 <= last else { return nil }
        // ", which, if it did, would …": a comma right after the pronoun opens an aside inside the clause; no close is sought.
        for close in index + 1..<last where tokens[close].kind == .punctuation {
            guard tokens[close].text == "," else { return nil }
            let next = tokens[close + 1]
            guard next.isWord, !next.isCapitalised, mentionAt[close + 1] == nil else { return nil }
            return resumingVerbs.contains(lower: next) || next.lower.endsWithASCII("ed") ? close : nil
        }
        return nil
    }

    /// "Chile, which joined the OAS in 1948, called …": the actor a parenthetical relative clause describes, when the
    /// clause closes right before `verb`.
    func relativeAntecedent(before verb: Int) -> Int? {
        guard verb >= 4, tokens[verb - 1].text == "," else { return nil }
        for opener in stride(from: verb - 3, through: max(2, verb - 17), by: -1) where Self.parentheticalRelatives.contains(lower: tokens[opener]) {
            return Self.parentheticalRelativeEnd(at: opener, in: tokens, mentionAt: mentionAt) == verb - 1 ? mentionAt[opener - 2] : nil
        }
        return nil
    }

    /// Mentions wholly inside `range`.
    func mentions(in range: Range<Int>) -> [Int] {
        mentions.indices.filter { range.contains(mentions[$0].tokens.lowerBound) }
    }

    /// Mentions in the same clause as token `index`, before it and after it.
    func clauseMentions(around range: Range<Int>) -> (before: [Int], after: [Int]) {
        let number = clauseOf[range.lowerBound]
        // Counted first so each list is allocated once at its size: growing them by appending reallocated them.
        var beforeCount = 0, afterCount = 0
        // By index: binding each mention copied it (two strings) only to read its start.
        for index in mentions.indices {
            let start = mentions[index].tokens.lowerBound
            guard clauseOf[start] == number else { continue }
            if start < range.lowerBound { beforeCount += 1 }
            else if start >= range.upperBound { afterCount += 1 }
        }
        var before: [Int] = [], after: [Int] = []
        before.reserveCapacity(beforeCount)
        after.reserveCapacity(afterCount)
        for index in mentions.indices {
            let start = mentions[index].tokens.lowerBound
            guard clauseOf[start] == number else { continue }
            if start < range.lowerBound { before.append(index) }
            else if start >= range.upperBound { after.append(index) }
        }
        return (before, after)
    }

    /// The first token of the clause holding `index` (parentheticals skipped).
    func clauseStart(of index: Int) -> Int {
        var start = index
        while start > 0 && clauseOf[start - 1] == clauseOf[index] { start -= 1 }
        return start
    }

    /// True when the mention is the object of a preposition ("in Russia", "with the NATO").
    func isPrepositionalObject(_ mention: Int) -> Bool {
        preposition(before: mention) != nil
    }

    /// The preposition that governs the mention, skipping determiners and modifiers in between.
    func preposition(before mention: Int) -> String? {
        var index = mentions[mention].tokens.lowerBound - 1
        var skipped = 0
        while index >= 0, skipped < 3 {
            if Self.prepositions.contains(lower: tokens[index]) { return tokens[index].lower }
            // "with the NATO", "at Camp David": a capitalised word may belong to the object's name; a weekday or a
            // month does not ("on Thursday Nicaragua broke off …" puts no preposition before Nicaragua).
            guard Self.determiners.contains(lower: tokens[index])
                    || (tokens[index].isWord && tokens[index].isCapitalised && mentionAt[index] == nil
                        && !Self.calendarNames.contains(lower: tokens[index])) else { return nil }
            index -= 1
            skipped += 1
        }
        return nil
    }

    /// The mention and those coordinated with it ("Moscow and Beijing", "Russia, China and India").
    /// "Beijing, Pyongyang's main ally, …": a possessive right after a comma owns the noun that describes the
    /// mention before it, so it is no member of a list with that mention ("Russia, Iran and China's navies" still is).
    private func isAppositiveOwner(_ next: ActorMention, after previous: ActorMention, gap: Range<Int>) -> Bool {
        next.isPossessive && !previous.isPossessive && gap.count == 1 && tokens[gap.lowerBound].lower == ","
    }

    func coordinated(with mention: Int) -> [Int] {
        var group = [mention]
        var current = mention
        while current + 1 < mentions.count {
            if mentions[current + 1].tokens.lowerBound < mentions[current].tokens.upperBound {
                // "the two leaders" stands for two actors on the same token.
                current += 1
                group.append(current)
                continue
            }
            let gap = mentions[current].tokens.upperBound..<mentions[current + 1].tokens.lowerBound
            guard !isAppositiveOwner(mentions[current + 1], after: mentions[current], gap: gap) else { break }
            var words = 0, allJoin = true, linked = false
            for index in gap where tokens[index].lower != "'s" {
                words += 1
                guard Self.joiners.contains(lower: tokens[index]) else {
                    allJoin = false
                    break
                }
                linked = linked || Self.forwardLinks.contains(lower: tokens[index])
            }
            let joins = words > 0 && allJoin && linked
            guard joins || (words == 0 && gap.isEmpty) else { break }
            current += 1
            group.append(current)
        }
        current = mention
        while current > 0 {
            if mentions[current - 1].tokens.upperBound > mentions[current].tokens.lowerBound {
                current -= 1
                group.insert(current, at: 0)
                continue
            }
            let gap = mentions[current - 1].tokens.upperBound..<mentions[current].tokens.lowerBound
            guard !isAppositiveOwner(mentions[current], after: mentions[current - 1], gap: gap) else { break }
            // "Russia, China and North Korea": past an "and", a bare comma still lists.
            guard !gap.isEmpty, gap.allSatisfy({ Self.joiners.contains(lower: tokens[$0]) }),
                  gap.contains(where: { Self.backwardLinks.contains(lower: tokens[$0]) })
                    || group.count > 1 && gap.count == 1 && tokens[gap.lowerBound].lower == "," else { break }
            current -= 1
            group.insert(current, at: 0)
        }
        return group
    }
}
