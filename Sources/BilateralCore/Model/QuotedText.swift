/// The quotes of one article's text (its events' sentences, its stances' evidence) moved into storage of
/// their own holding only the quoted stretches, so that the whole text can be let go while they stay.
///
/// Events and stances quote the article's text as slices of one shared storage (no copy per quote); a model
/// that holds articles without their bodies would otherwise keep every text alive through them.
enum QuotedText {
    /// `events` and `stances` quoting only what they quote of `storage`; quotes of other text are left as they are.
    static func requote(events: inout [Event], stances: inout [Stance], of storage: TextSlice.Storage) {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(events.count + stances.count)
        for event in events where event.sentenceSlice.isSlice(of: storage) { ranges.append(event.sentenceSlice.utf8Range) }
        for stance in stances where stance.evidenceSlice.isSlice(of: storage) { ranges.append(stance.evidenceSlice.utf8Range) }
        guard !ranges.isEmpty else { return }
        let stretches = Self.stretches(ranges)
        let whole = storage.text
        var quoted = ""
        quoted.reserveCapacity(stretches.reduce(0) { $0 + $1.count })
        var newStarts: [Int] = []
        newStarts.reserveCapacity(stretches.count)
        let utf8 = whole.utf8
        for stretch in stretches {
            newStarts.append(quoted.utf8.count)
            let lower = utf8.index(utf8.startIndex, offsetBy: stretch.lowerBound)
            quoted.append(contentsOf: whole[lower..<utf8.index(lower, offsetBy: stretch.count)])
        }
        let own = TextSlice.Storage.make(quoted)
        func moved(_ slice: TextSlice) -> TextSlice {
            guard slice.isSlice(of: storage) else { return slice }
            let range = slice.utf8Range
            let index = holding(range, in: stretches) ?? 0
            let start = newStarts[index] + range.lowerBound - stretches[index].lowerBound
            return TextSlice(storage: own, utf8: start..<(start + range.count))
        }
        for index in events.indices { events[index].sentenceSlice = moved(events[index].sentenceSlice) }
        for index in stances.indices { stances[index].evidenceSlice = moved(stances[index].evidenceSlice) }
    }

    /// The quoted `ranges` merged into sorted stretches: overlapping or touching quotes share one (an event and a
    /// stance of one sentence share it whole). The store writes these, so a model read without bodies quotes from
    /// the very text `requote` would make.
    static func stretches(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = stretches.last, range.lowerBound <= last.upperBound {
                stretches[stretches.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                stretches.append(range)
            }
        }
        return stretches
    }

    /// The index of the stretch of sorted, disjoint `stretches` that holds `range` whole; nil when none does.
    static func holding(_ range: Range<Int>, in stretches: [Range<Int>]) -> Int? {
        guard !stretches.isEmpty else { return nil }
        // The last stretch starting at or before the quote is the only one that can hold it.
        var low = 0, high = stretches.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if stretches[middle].lowerBound <= range.lowerBound { low = middle } else { high = middle - 1 }
        }
        let stretch = stretches[low]
        return stretch.lowerBound <= range.lowerBound && range.upperBound <= stretch.upperBound ? low : nil
    }
}

extension ExtractedArticle {
    /// The extracted article as a model holds it when the store can give its body back (see `Article.hasBody`).
    func withoutBody() -> ExtractedArticle {
        guard article.hasBody else { return self }
        var copy = self
        QuotedText.requote(events: &copy.events, stances: &copy.stances, of: article.lines.sharedStorage)
        copy.article = article.withoutBody()
        return copy
    }
}
