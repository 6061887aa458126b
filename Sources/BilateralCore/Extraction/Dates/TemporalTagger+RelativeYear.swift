/// A month or day whose year is named after it relative to the article's ("In January last year", "on December 25
/// last year", "in March of this year"), and a day named by its ordinal ("on the first day of January").
extension TemporalTagger {
    /// `match` widened over a relative year right after it ("last year", "of last year", ", this year"), and over an
    /// ordinal day before a bare month ("the first day of"). Other matches come back unchanged.
    static func withRelativeYear(_ match: Match, in tokens: [Token]) -> Match {
        let month: Int, day: Int?, start: Int
        switch match.expression {
        case .monthDay(let named, let dayOfMonth): (month, day, start) = (named, dayOfMonth, match.tokens.lowerBound)
        case .month(let named):
            let ordinal = ordinalDay(before: match.tokens.lowerBound, in: tokens)
            (month, day, start) = (named, ordinal?.day, ordinal?.start ?? match.tokens.lowerBound)
        default: return match
        }
        guard let shifted = relativeYear(after: match.tokens.upperBound, in: tokens) else {
            // "the first day of January" with no year after it: the day counts, its year comes from the context.
            guard let day, case .month = match.expression, PartialDate(year: 2000, month: month, day: day) != nil else { return match }
            return Match(expression: .monthDay(month: month, day: day), tokens: start..<match.tokens.upperBound)
        }
        // A day the month does not have in any year ("February 30") leaves the plain match.
        guard PartialDate(year: 2000, month: month, day: day) != nil else { return match }
        return Match(expression: .monthOfRelativeYear(month: month, day: day, shift: shifted.shift), tokens: start..<shifted.end)
    }

    /// "last year" (-1), "this year" (0), "next year" (1) at `index`, after an optional "of" or comma: the shift and
    /// the end of the words read. "the last year" is a span, and is not one.
    static func relativeYear(after index: Int, in tokens: [Token]) -> (shift: Int, end: Int)? {
        var at = index
        if at < tokens.count, tokens[at].lower == "of" || tokens[at].text == "," { at += 1 }
        guard at + 1 < tokens.count, let shift = periodShifts[lower: tokens[at]], tokens[at + 1].lower == "year" else { return nil }
        // "In January, last year's winner …": the year owns a noun; it does not date the month.
        if at + 2 < tokens.count, tokens[at + 2].kind == .possessive { return nil }
        return (shift, at + 2)
    }

    /// "the first day of" before a month: the day and where its words start.
    static func ordinalDay(before month: Int, in tokens: [Token]) -> (day: Int, start: Int)? {
        guard month >= 3, tokens[month - 1].lower == "of", tokens[month - 2].lower == "day",
              let day = ordinalWords[lower: tokens[month - 3]] else { return nil }
        let start = month >= 4 && tokens[month - 4].lower == "the" ? month - 4 : month - 3
        return (day, start)
    }

    /// Ordinals a day of the month is written with in prose ("on the first day of January").
    static let ordinalWords = WordTable([
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
        ("ninth", 9), ("tenth", 10),
    ])
}
