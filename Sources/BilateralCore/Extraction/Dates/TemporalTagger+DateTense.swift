extension TemporalTagger {
    /// Past speech verbs: "said after meeting Putin on Wednesday" reports a past day even when the sentence's news is
    /// future ("Japan will accelerate talks, Abe said after meeting Putin on Wednesday").
    static let reportingVerbs: WordSet = ["said", "told", "added", "announced", "stated", "declared"]

    /// The tense a date in the sentence looks from: the sentence's, except that a future sentence's date right after a
    /// past marker or a past speech verb (the nearest such word before it, a future marker coming first keeps the
    /// future) is past: "Abe said on Monday that Japan will …", "…, Abe said after meeting Putin on Wednesday".
    func tense(of tokens: [Token], at date: Range<Int>, sentence tense: TemporalExpression.Tense) -> TemporalExpression.Tense {
        guard tense == .future else { return tense }
        let future = DateWords.futureMarkers, past = DateWords.pastMarkers, reporting = Self.reportingVerbs
        for index in stride(from: min(date.lowerBound, tokens.count) - 1, through: 0, by: -1) {
            if future.contains(lower: tokens[index]) { return .future }
            if past.contains(lower: tokens[index]) || reporting.contains(lower: tokens[index]) { return .past }
        }
        return tense
    }
}
