/// A date expression as written, before it is resolved against the article's date.
enum TemporalExpression: Sendable, Equatable {
    /// A date that needs nothing else: "June 21, 2016", "May 2005", "in 2019", "2016-05-06".
    case absolute(PartialDate)
    /// "the 1970s": read as its first year.
    case decade(Int)
    /// "September 2": the year comes from the article.
    case monthDay(month: Int, day: Int)
    /// "in March": the year comes from the article.
    case month(Int)
    /// "last September" (-1), "this June" (0), "next March" (1): the month named, counted from the article's month.
    case namedMonth(month: Int, shift: Int)
    /// "In January last year" (-1), "on December 25 last year", "in March this year" (0): a month, or a day of it, in
    /// the year named relative to the article's.
    case monthOfRelativeYear(month: Int, day: Int?, shift: Int)
    /// "on Friday": the nearest such day around the article's date; "last Friday" (`lastWeek`): the latest such day
    /// before it, a week back when the article's own day is a Friday.
    case weekday(Int, lastWeek: Bool)
    /// "yesterday", "last week", "two years ago", "next year".
    case relative(DateWords.Unit, Int)
    /// "a month earlier", "two days later": units from the date the text was last at, not from the article's.
    case fromStory(DateWords.Unit, Int)

    /// True when the expression means something without an article date.
    var isAbsolute: Bool {
        switch self {
        case .absolute, .decade: return true
        default: return false
        }
    }

    /// Which way a sentence looks from the article's date.
    enum Tense: Sendable {
        case past, present, future
    }

    /// The date meant, given the article's date; `exactAnchor` says the article date is known, not guessed.
    func resolve(against anchor: PartialDate?, exactAnchor: Bool, tense: Tense) -> PartialDate? {
        switch self {
        case .absolute(let date): return date
        case .decade(let year): return PartialDate(year: year)
        case .monthDay(let month, let day):
            guard let anchor else { return nil }
            return PartialDate(year: yearFor(month: month, day: day, anchor: anchor, tense: tense), month: month, day: day)
        case .month(let month):
            guard let anchor else { return nil }
            return PartialDate(year: yearFor(month: month, day: nil, anchor: anchor, tense: tense), month: month)
        case .namedMonth(let month, let shift):
            guard let anchor else { return nil }
            return PartialDate(year: Self.year(ofMonth: month, shift: shift, from: anchor), month: month)
        case .monthOfRelativeYear(let month, let day, let shift):
            guard let anchor else { return nil }
            return PartialDate(year: anchor.year + shift, month: month, day: day)
        case .weekday(let weekday, let lastWeek):
            guard exactAnchor, let anchor, let month = anchor.month, let day = anchor.day else { return nil }
            let today = CalendarMath.days(year: anchor.year, month: month, day: day)
            let current = CalendarMath.weekday(days: today)
            if lastWeek { return CalendarMath.adding(days: -((current - weekday + 6) % 7 + 1), to: anchor) }
            let offset = tense == .future ? (weekday - current + 7) % 7 : -((current - weekday + 7) % 7)
            return CalendarMath.adding(days: offset, to: anchor)
        case .relative(let unit, let amount):
            guard let anchor else { return nil }
            switch unit {
            case .year: return PartialDate(year: anchor.year + amount)
            case .month: return exactAnchor ? CalendarMath.adding(months: amount, to: anchor) : nil
            case .week:
                guard exactAnchor else { return nil }
                return CalendarMath.adding(days: 7 * amount, to: anchor)?.truncated(to: .month)
            case .day: return exactAnchor ? CalendarMath.adding(days: amount, to: anchor) : nil
            }
        case .fromStory(let unit, let amount):
            // Counted at the anchor's own precision: "November 2019 … a month earlier" is October 2019.
            guard let anchor else { return nil }
            switch unit {
            case .year: return PartialDate(year: anchor.year + amount, month: anchor.month, day: anchor.day)
            case .month: return CalendarMath.adding(months: amount, to: anchor)
            case .week: return CalendarMath.adding(days: 7 * amount, to: anchor)
            case .day: return CalendarMath.adding(days: amount, to: anchor)
            }
        }
    }

    /// The year of "last September" seen from `anchor`: the latest such month before the anchor's month ("last
    /// December" in November 2025 is December 2024, in January 2026 December 2025), the next one after it for "next".
    static func year(ofMonth month: Int, shift: Int, from anchor: PartialDate) -> Int {
        guard let anchorMonth = anchor.month else { return anchor.year + shift }
        if shift < 0 { return month < anchorMonth ? anchor.year : anchor.year - 1 }
        if shift > 0 { return month > anchorMonth ? anchor.year : anchor.year + 1 }
        return anchor.year
    }

    /// The article's year, moved by one when tense says the date lies on the other side of the article's.
    private func yearFor(month: Int, day: Int?, anchor: PartialDate, tense: Tense) -> Int {
        guard let anchorMonth = anchor.month else { return anchor.year }
        let later = (month, day ?? 1) > (anchorMonth, anchor.day ?? 1)
        if tense == .future && !later && month < anchorMonth - 2 { return anchor.year + 1 }
        if tense == .past && later && month > anchorMonth + 2 { return anchor.year - 1 }
        return anchor.year
    }
}
