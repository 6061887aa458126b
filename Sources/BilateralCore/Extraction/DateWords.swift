/// The words the date grammar knows: months, weekdays, numbers and the context around years.
enum DateWords {
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["Sept"] = 9
        return table
    }()

    /// Month words that are also ordinary words ("May", "March") count only with a day, a year or a preposition.
    static let ambiguousMonths: Set<String> = ["May", "March", "Mar", "Jan", "Jun", "Aug", "Dec"]

    static let weekdays: [String: Int] = [
        "Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6,
    ]

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
    ]

    /// Words before a bare year or month that make it a date: "in 2019", "a 2013 summit", "since May".
    static let yearContext: Set<String> = [
        "in", "since", "by", "until", "till", "from", "of", "to", "before", "after", "during", "through",
        "around", "circa", "early", "late", "mid", "end", "summer", "winter", "spring", "autumn", "fall",
        "a", "the", "this", "that", "its", "their", "and", "or", "between", "-", "–", "(", ",", "year",
        "on", "at", "for", "throughout", "last", "next", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Words after a four-digit number that make it a count, not a year.
    static let countNouns: Set<String> = [
        "people", "troops", "soldiers", "vehicles", "km", "kilometres", "kilometers", "miles", "tons", "tonnes",
        "dollars", "yen", "rubles", "roubles", "euros", "barrels", "units", "times", "percent", "members", "men",
        "women", "workers", "residents", "cases", "deaths", "households", "companies", "firms", "aircraft",
        "tanks", "missiles", "jobs", "pages", "words", "votes", "sq", "square", "metres", "meters", "feet",
    ]

    /// Words that put a sentence in the future, for month-day dates without a year.
    static let futureMarkers: Set<String> = [
        "will", "'ll", "shall", "upcoming", "scheduled", "intends", "plans", "planned", "expected", "next", "coming",
    ]

    /// Words that put a sentence in the past.
    static let pastMarkers: Set<String> = ["was", "were", "had", "did", "ago", "last", "earlier"]

    static let units: [String: Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year,
    ]

    enum Unit: Sendable {
        case day, week, month, year
    }
}
