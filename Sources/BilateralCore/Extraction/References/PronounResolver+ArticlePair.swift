/// "the two countries", "both sides", "the two neighbours": the pair the paragraph is about, failing that the pair
/// the article is about, rather than the last two states named in passing ("Pakistan, Nepal and Sri Lanka watched;
/// the two neighbours want calm" still means the article's India and China).
struct ArticlePairTally {
    /// Each state named so far (persons and bodies count for theirs), with how often in the article and in the
    /// current paragraph. An article names a handful: a short list beats a dictionary.
    private var entries: [(standing: ActorMention, article: Int, paragraph: Int)] = []
    private var paragraph = -1

    /// Counts a named mention, as its principal; organisations are no party to a pair of countries. A member of a
    /// list of three or more (`listed`) counts for the article only: a list of third countries names no paragraph pair.
    mutating func note(_ mention: ActorMention, paragraph: Int, listed: Bool = false) {
        guard !mention.isPronoun, mention.kind != .organisation else { return }
        if paragraph != self.paragraph {
            self.paragraph = paragraph
            for index in entries.indices { entries[index].paragraph = 0 }
        }
        if let index = entries.firstIndex(where: { $0.standing.actorNumber == mention.principalNumber }) {
            entries[index].article += 1
            if !listed { entries[index].paragraph += 1 }
            return
        }
        var standing = mention
        standing.actorNumber = mention.principalNumber
        standing.kind = .state
        entries.append((standing, 1, listed ? 0 : 1))
    }

    /// The two states most named in `current` paragraph, ties going to those most named in the article, then to the
    /// first named; the article's two most named when the paragraph names a third as often as its second. Nil until
    /// two states have been named and one of them twice.
    func pair(in current: Int) -> [ActorMention]? {
        guard entries.count >= 2 else { return nil }
        // "Relations between the two neighbours …" opening a paragraph: nothing is named in it yet, so the counts kept
        // are the paragraph before's, and the article's pair is meant.
        let fresh = current != paragraph
        func inParagraph(_ index: Int) -> Int { fresh ? 0 : entries[index].paragraph }
        // Stable order by first naming, then the two best by (paragraph, article) counts.
        var best: [Int] = []
        for index in entries.indices {
            best.append(index)
            best.sort { (inParagraph($0), entries[$0].article, -$0) > (inParagraph($1), entries[$1].article, -$1) }
            if best.count > 3 { best.removeLast() }
        }
        // "Qatar and Turkey want … China, which has money in both countries, … the two neighbours": a paragraph that
        // names a third state as often as its second names no pair of its own; the article's pair is meant.
        let ambiguous = best.count == 3 && inParagraph(best[1]) > 0 && inParagraph(best[2]) == inParagraph(best[1])
        if !ambiguous {
            guard entries[best[0]].article >= 2 else { return nil }
            return best.prefix(2).map { entries[$0].standing }
        }
        return articlePair()
    }

    /// The two states most named in the article, ties going to the first named; nil until one is named twice.
    func articlePair() -> [ActorMention]? {
        guard entries.count >= 2 else { return nil }
        var article: [Int] = []
        for index in entries.indices {
            article.append(index)
            article.sort { (entries[$0].article, -$0) > (entries[$1].article, -$1) }
            if article.count > 2 { article.removeLast() }
        }
        guard entries[article[0]].article >= 2 else { return nil }
        return article.map { entries[$0].standing }
    }

    /// The paragraph's pair, unless the sentence names as an actor (not after a preposition) a side of the article's
    /// pair that the paragraph's pair lacks: "Nicaragua would restore its relations with Colombia. Relations between
    /// the two countries, which Quito broke off, …" is about Ecuador and Colombia, the article's pair.
    func pair(in current: Int, naming named: [ActorMention], tokens: [Token]) -> [ActorMention]? {
        guard let paragraphPair = pair(in: current) else { return nil }
        guard let article = articlePair(), article.map(\.actorNumber) != paragraphPair.map(\.actorNumber) else { return paragraphPair }
        let acting = named.contains { mention in
            guard !mention.isPronoun, mention.kind != .organisation,
                  !paragraphPair.contains(where: { $0.actorNumber == mention.principalNumber }),
                  article.contains(where: { $0.actorNumber == mention.principalNumber }) else { return false }
            let start = mention.tokens.lowerBound
            return start == 0 || !SentenceView.prepositions.contains(lower: tokens[start - 1])
        }
        return acting ? article : paragraphPair
    }
}
