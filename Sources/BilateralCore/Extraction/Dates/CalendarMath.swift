/// Day arithmetic on the proleptic Gregorian calendar, for resolving relative dates.
enum CalendarMath {
    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date `days` after 1970-01-01.
    static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 for Sunday … 6 for Saturday.
    static func weekday(days: Int) -> Int {
        ((days % 7) + 11) % 7
    }

    /// `date` moved by `offset` days, at day precision.
    static func adding(days offset: Int, to date: PartialDate) -> PartialDate? {
        guard let month = date.month, let day = date.day else { return nil }
        let moved = Self.date(days: days(year: date.year, month: month, day: day) + offset)
        return PartialDate(year: moved.year, month: moved.month, day: moved.day)
    }

    /// `date` moved by `offset` months, at month precision.
    static func adding(months offset: Int, to date: PartialDate) -> PartialDate? {
        guard let month = date.month else { return nil }
        let index = date.year * 12 + (month - 1) + offset
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }
}
