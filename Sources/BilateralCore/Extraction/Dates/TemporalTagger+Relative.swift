extension TemporalTagger {
    /// "yesterday", "last week", "this year's", "next month", "on Friday".
    func relative(_ tokens: [Token], _ index: Int) -> Match? {
        // Looked up by the token's hash: most tokens asked about are "a", "an" or "this", which a String switch
        // compared with every case in turn.
        if let shift = Self.dayShifts[lower: tokens[index]] {
            return Match(expression: .relative(.day, shift), tokens: index..<index + 1)
        }
        if let amount = Self.periodShifts[lower: tokens[index]] {
            guard index + 1 < tokens.count, let unit = DateWords.units[lower: tokens[index + 1]],
                  !tokens[index + 1].lower.endsWithASCII("s") else { return nil }
            // "the last year" and "the next month" are spans of time, not dates.
            if index > 0, ["the", "past", "over", "for"].contains(tokens[index - 1].lower) { return nil }
            return Match(expression: .relative(unit, amount), tokens: index..<index + 2)
        }
        guard index + 2 < tokens.count, let amount = DateWords.numberWords[lower: tokens[index]] else { return nil }
        if let direction = Self.storyShifts[lower: tokens[index + 2]] { return storyShift(tokens, index, amount: amount, direction: direction) }
        guard Self.agoWord.matches(tokens[index + 2]) else { return nil }
        return ago(tokens, index, amount: amount)
    }

    /// "a month earlier", "two days later": an exact count ("several", "a few" are not) of a unit from the story's date.
    func storyShift(_ tokens: [Token], _ index: Int, amount: Int, direction: Int) -> Match? {
        guard !Self.vagueCounts.contains(lower: tokens[index]), let unit = DateWords.units[lower: tokens[index + 1]] else { return nil }
        return Match(expression: .fromStory(unit, amount * direction), tokens: index..<index + 3)
    }

    static let storyShifts = WordTable([("earlier", -1), ("later", 1)])
    static let vagueCounts: WordSet = ["several", "few"]

    /// "yesterday", "today", "tomorrow": days from the article's date.
    static let dayShifts = WordTable([("yesterday", -1), ("today", 0), ("tomorrow", 1)])
    /// "last week", "this year", "next month": units from the article's date.
    static let periodShifts = WordTable([("last", -1), ("this", 0), ("next", 1)])
    static let agoWord = HashedWord("ago")

    /// "2 years ago", "3 days later".
    func countAgo(_ tokens: [Token], _ index: Int) -> Match? {
        guard let amount = Int(tokens[index].text), amount < 100 else { return nil }
        if index + 2 < tokens.count, let direction = Self.storyShifts[lower: tokens[index + 2]] {
            return storyShift(tokens, index, amount: amount, direction: direction)
        }
        return ago(tokens, index, amount: amount)
    }

    /// "two years ago", "a month ago".
    func ago(_ tokens: [Token], _ index: Int, amount: Int) -> Match? {
        guard index + 2 < tokens.count, let unit = DateWords.units[lower: tokens[index + 1]],
              Self.agoWord.matches(tokens[index + 2]) else { return nil }
        return Match(expression: .relative(unit, -amount), tokens: index..<index + 3)
    }

    /// "on Friday", "Thursday, November 22, 2018" (the weekday then only introduces the date).
    func weekdayDate(_ tokens: [Token], _ index: Int, weekday: Int) -> Match? {
        var next = index + 1
        if next < tokens.count, tokens[next].text == "," { next += 1 }
        if next < tokens.count, let month = DateWords.months[tokens[next]],
           let full = monthFirstAfterWeekday(tokens, next, month: month) {
            return Match(expression: full.expression, tokens: index..<full.tokens.upperBound)
        }
        // "waited all day last Thursday" in an article of a Thursday: the Thursday a week before, whatever the tense.
        let lastWeek = index > 0 && tokens[index - 1].lower == "last"
        return Match(expression: .weekday(weekday, lastWeek: lastWeek), tokens: index..<index + 1)
    }

    private func monthFirstAfterWeekday(_ tokens: [Token], _ index: Int, month: Int) -> Match? {
        let found = matches(in: Array(tokens[index...]))
        guard let first = found.first, first.tokens.lowerBound == 0 else { return nil }
        return Match(expression: first.expression, tokens: index..<index + first.tokens.count)
    }
}
