/// Finds date expressions in a sentence's tokens (a small HeidelTime-like grammar for news).
struct TemporalTagger: Sendable {
    struct Match: Sendable, Equatable {
        var expression: TemporalExpression
        var tokens: Range<Int>
    }

    func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        var index = 0
        let openers = DateWords.openers, openerFilter = Self.openerFilter
        while index < tokens.count {
            // Most tokens open no date: punctuation, and words that are no opener and no decade.
            let kind = tokens[index].kind
            if kind == .punctuation || kind == .possessive
                || kind == .word && !(openerFilter.mayContain(tokens[index].lowerHash) && openers.contains(lower: tokens[index]))
                && !Self.mayBeDecade(tokens[index]) {
                index += 1
                continue
            }
            if let plain = match(in: tokens, at: index) {
                // "January last year", "December 25 of last year": the year named after the month, counted from the article's.
                let match = Self.withRelativeYear(plain, in: tokens)
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The openers' hashes: one bit test turns most words away before the opener table is probed.
    static let openerFilter = HashFilter(DateWords.openers.words.map(WordHash.of))

    /// Which way the sentence looks: future markers win, then past markers.
    func tense(of tokens: [Token]) -> TemporalExpression.Tense {
        // Read once: each access to a static goes through its one-time initialiser check.
        let future = DateWords.futureMarkers, past = DateWords.pastMarkers
        if tokens.contains(where: { future.contains(lower: $0) }) { return .future }
        if tokens.contains(where: { past.contains(lower: $0) }) {
            return .past
        }
        return .present
    }

    private func match(in tokens: [Token], at index: Int) -> Match? {
        switch tokens[index].kind {
        case .word:
            // Most words are no month, weekday or relative-date opener: one probe sends them to the decade check.
            guard DateWords.openers.contains(lower: tokens[index]) else {
                guard Self.mayBeDecade(tokens[index]), let decade = decade(tokens[index]) else { return nil }
                return Match(expression: .decade(decade), tokens: index..<index + 1)
            }
            if tokens[index].isCapitalised {
                if let month = DateWords.months[tokens[index]] { return monthFirst(tokens, index, month: month) }
                if let weekday = DateWords.weekdays[tokens[index]] { return weekdayDate(tokens, index, weekday: weekday) }
            }
            if tokens[index].length == 5, let decade = decade(tokens[index]) { return Match(expression: .decade(decade), tokens: index..<index + 1) }
            guard DateWords.relativeStarters.contains(lower: tokens[index]) else { return nil }
            return relative(tokens, index)
        case .number:
            return dayFirst(tokens, index) ?? isoDate(tokens, index) ?? bareYear(tokens, index) ?? countAgo(tokens, index)
        case .punctuation, .possessive:
            return nil
        }
    }

    // MARK: - Absolute dates

    /// "June 21, 2016", "Nov. 14 2018", "May 2005", "September 2", "in March".
    private func monthFirst(_ tokens: [Token], _ index: Int, month: Int) -> Match? {
        guard tokens[index].isCapitalised else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].text == ".", tokens[index].text.count <= 4 { next += 1 }
        if let day = dayNumber(tokens, next) {
            var end = next + 1
            if end < tokens.count, tokens[end].text == "," { end += 1 }
            if let year = year(tokens, end), let date = PartialDate(year: year, month: month, day: day) {
                return Match(expression: .absolute(date), tokens: index..<end + 1)
            }
            guard PartialDate(year: 2000, month: month, day: day) != nil else { return nil }
            return Match(expression: .monthDay(month: month, day: day), tokens: index..<next + 1)
        }
        if let year = year(tokens, next), let date = PartialDate(year: year, month: month) {
            return Match(expression: .absolute(date), tokens: index..<next + 1)
        }
        // "September: At a conference …": a month alone heading a timeline's entry, in the year of its heading.
        if index == 0, next < tokens.count, tokens[next].text == ":" { return Match(expression: .month(month), tokens: index..<next) }
        // "since May took office": a month word with a verb after it is a person's name.
        if DateWords.ambiguousMonths.contains(tokens[index].text), Self.namesAPerson(tokens, at: index) { return nil }
        // "last September", "next March": the month counted from the article's, not the article's year's month.
        if index > 0, let shift = TemporalTagger.periodShifts[lower: tokens[index - 1]] {
            return Match(expression: .namedMonth(month: month, shift: shift), tokens: index - 1..<next)
        }
        guard index > 0, DateWords.yearContext.contains(lower: tokens[index - 1]),
              !DateWords.ambiguousMonths.contains(tokens[index].text) || ["in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of"].contains(tokens[index - 1].lower)
        else { return nil }
        return Match(expression: .month(month), tokens: index..<next)
    }

    /// "21 June 2016", "21 June".
    private func dayFirst(_ tokens: [Token], _ index: Int) -> Match? {
        guard let day = dayNumber(tokens, index), index + 1 < tokens.count,
              let month = DateWords.months[tokens[index + 1]] else { return nil }
        var next = index + 2
        if next < tokens.count, tokens[next].text == "." { next += 1 }
        if let year = year(tokens, next), let date = PartialDate(year: year, month: month, day: day) {
            return Match(expression: .absolute(date), tokens: index..<next + 1)
        }
        guard PartialDate(year: 2000, month: month, day: day) != nil else { return nil }
        return Match(expression: .monthDay(month: month, day: day), tokens: index..<index + 2)
    }

    /// "2016-05-06" or "2016-05", written without spaces.
    private func isoDate(_ tokens: [Token], _ index: Int) -> Match? {
        guard let year = tokens[index].fourDigitValue, index + 2 < tokens.count, tokens[index + 1].text == "-",
              !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore, tokens[index + 2].kind == .number,
              tokens[index + 2].text.count == 2, let month = Int(tokens[index + 2].text) else { return nil }
        if index + 4 < tokens.count, tokens[index + 3].text == "-", !tokens[index + 3].spaceBefore,
           tokens[index + 4].kind == .number, tokens[index + 4].text.count == 2, let day = Int(tokens[index + 4].text),
           let date = PartialDate(year: year, month: month, day: day) {
            return Match(expression: .absolute(date), tokens: index..<index + 5)
        }
        guard let date = PartialDate(year: year, month: month) else { return nil }
        return Match(expression: .absolute(date), tokens: index..<index + 3)
    }

    /// A year standing alone, only where the context makes it one.
    private func bareYear(_ tokens: [Token], _ index: Int) -> Match? {
        guard let year = year(tokens, index) else { return nil }
        if index > 0 {
            let previous = tokens[index - 1]
            let glued = !tokens[index].spaceBefore && (previous.text == "-" || previous.text == "/")
                && index > 1 && tokens[index - 2].isWord && !tokens[index - 1].spaceBefore
            if glued || previous.kind == .number || previous.text == "$" { return nil }
            guard DateWords.yearContext.contains(lower: previous) else { return nil }
        }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if DateWords.countNouns.contains(lower: next) || next.text == "%" { return nil }
            if next.text == "-", !next.spaceBefore, index + 2 < tokens.count, tokens[index + 2].isWord { return nil }
        }
        guard let date = PartialDate(year: year) else { return nil }
        return Match(expression: .absolute(date), tokens: index..<index + 1)
    }

    /// A decade ("1990s") is the only word date that opens with no date word: five characters, the first a digit.
    @inline(__always)
    private static func mayBeDecade(_ token: borrowing Token) -> Bool {
        guard token.length == 5, let first = token.text.utf8.first else { return false }
        return (0x30...0x39).contains(first)
    }

    private func decade(_ token: Token) -> Int? {
        guard token.text.count == 5, token.text.endsWithASCII("s"), let year = Int(token.text.prefix(4)),
              (1900...2090).contains(year), year % 10 == 0 else { return nil }
        return year
    }

    private func year(_ tokens: [Token], _ index: Int) -> Int? {
        guard index < tokens.count, let value = tokens[index].fourDigitValue, (1900...2099).contains(value) else { return nil }
        return value
    }

    /// "st", "nd", "rd", "th" as byte pairs.
    static let ordinalEndings: [(UInt8, UInt8)] = [
        (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
        (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")),
    ]

    /// 1…31 written as digits, with or without an ordinal ending ("21", "21st").
    private func dayNumber(_ tokens: [Token], _ index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        // Read as bytes: a Character-wise prefix, an Int parse and a lower-cased copy cost thousands of
        // instructions per number. One or two digits, then nothing or an ordinal ending in either case.
        var day = 0, digits = 0, endingLength = 0
        var ending: (UInt8, UInt8) = (0, 0)
        for byte in tokens[index].text.utf8 {
            if endingLength == 0, (0x30...0x39).contains(byte) {
                digits += 1
                guard digits <= 2 else { return nil }
                day = day * 10 + Int(byte - 0x30)
                continue
            }
            endingLength += 1
            // Setting the 0x20 bit lower-cases an ASCII letter; no other byte becomes one of the ending letters.
            if endingLength == 1 { ending.0 = byte | 0x20 } else if endingLength == 2 { ending.1 = byte | 0x20 } else { return nil }
        }
        guard digits > 0, (1...31).contains(day) else { return nil }
        guard endingLength == 0 || endingLength == 2 && Self.ordinalEndings.contains(where: { $0 == ending }) else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore { return nil }
        return day
    }
}
