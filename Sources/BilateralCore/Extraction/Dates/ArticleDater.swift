/// Dates an article that has neither front matter nor a dateline, from what its text says.
struct ArticleDater: Sendable {
    let eras: EraCatalogue

    static let hyphen = HashedWord("-")

    /// The latest date given to the month or the day, or the latest landmark the article names; nil when neither.
    func infer(sentences: [Sentence], tokens: [[Token]], dates: [[TemporalTagger.Match]]) -> PartialDate? {
        var latest: PartialDate?
        for number in sentences.indices {
            for match in dates[number] {
                guard case .absolute(let date) = match.expression, date.precision >= .month else { continue }
                if latest.map({ $0 < date }) ?? true { latest = date }
            }
        }
        if let landmark = eras.latestLandmark(in: words(of: tokens))?.date.truncated(to: .month),
           latest.map({ $0.truncated(to: .month) < landmark }) ?? true {
            latest = landmark
        }
        return latest
    }

    /// Whether one of the first two sentences gives `date` to the day ("Posted by …, June 30, 2019",
    /// "NEW DELHI, June 17, 2020 (Wire) —"): a lead that dates itself anchors "on Monday" as a dateline does.
    static func leadCarries(_ date: PartialDate, sentences: [Sentence], dates: [[TemporalTagger.Match]]) -> Bool {
        guard date.precision == .day else { return false }
        // The lead's first two sentences, and the header lines before them ("Posted by … | July 2, 2022" under a blog's
        // name, menu and headline is no body sentence, but it dates the post): among the first five, those that end
        // with no stop, as header lines do ("On June 30, 2019, Japan thanked Russia." is a sentence of the story).
        let body = sentences.indices.filter { !sentences[$0].isBoilerplate }.prefix(2)
        let header = sentences.indices.prefix(5).filter { number in
            guard let last = sentences[number].text.last(where: { !$0.isWhitespace }) else { return false }
            return !".!?\"”’)".contains(last)
        }
        let lead = Set(body).union(header)
        return lead.contains { number in
            dates[number].contains { match in
                if case .absolute(let given) = match.expression { return given == date }
                return false
            }
        }
    }

    /// The article's words as written, with hyphenated compounds ("eight-point") also whole.
    private func words(of tokens: [[Token]]) -> Set<String> {
        var words = Set<String>()
        // Only the landmarks' own words are ever asked about. An ASCII word is one of them only byte for byte, so the
        // rest are dropped here rather than hashed into the set; other words keep the looser check, as Strings compare
        // by canonical equivalence.
        let keys = eras.landmarkKeys, hyphen = Self.hyphen
        func mayName(_ word: String, ascii: Bool) -> Bool {
            ascii ? keys.contains(word) : eras.landmarkWords.mayContain(word)
        }
        for sentence in tokens {
            for index in sentence.indices where sentence[index].kind != .punctuation {
                let compound = index >= 2 && hyphen.matches(sentence[index - 1])
                let text = sentence[index].text
                let ascii = text.utf8.count == sentence[index].length
                // Most words are no landmark's: an ASCII one is ruled out by its hash, before the set hashes its text.
                if !compound, ascii, !eras.landmarkHashes.mayContain(sentence[index].lowerHash) { continue }
                if mayName(text, ascii: ascii) { words.insert(text) }
                if compound, !sentence[index - 1].spaceBefore, !sentence[index].spaceBefore {
                    let joined = sentence[index - 2].text + "-" + text
                    if mayName(joined, ascii: ascii && sentence[index - 2].text.utf8.count == sentence[index - 2].length) {
                        words.insert(joined)
                    }
                }
            }
        }
        return words
    }
}
