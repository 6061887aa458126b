/// The words the date grammar knows: months, weekdays, numbers and the context around years.
enum DateWords {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    /// Sunday first, as `weekdays` numbers them.
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static let months: CaseTable<Int> = {
        var table: [(String, Int)] = []
        for (index, name) in monthNames.enumerated() {
            table.append((name, index + 1))
            table.append((String(name.prefix(3)), index + 1))
        }
        table.append(("Sept", 9))
        return CaseTable(table)
    }()

    /// Month words that are also ordinary words ("May", "March") count only with a day, a year or a preposition.
    static let ambiguousMonths: WordSet = ["May", "March", "Mar", "Jan", "Jun", "Aug", "Dec"]

    static let weekdays = CaseTable(weekdayNames.enumerated().map { ($1, $0) })

    static let numberWords = WordTable([
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("several", 3), ("few", 3),
    ])

    /// Lower-case forms of every word a date may open with: months, weekdays and relative-date openers.
    static let openers = WordSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
         "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] + relativeStarters.words)

    /// Words that may open a relative date ("yesterday", "last week", "two years ago"): the rest skip the grammar.
    static let relativeStarters = WordSet(["yesterday", "today", "tomorrow", "last", "this", "next"] + numberWords.keys)

    /// Words before a bare year or month that make it a date: "in 2019", "a 2013 summit", "since May".
    static let yearContext: WordSet = [
        "in", "since", "by", "until", "till", "from", "of", "to", "before", "after", "during", "through",
        "around", "circa", "early", "late", "mid", "end", "summer", "winter", "spring", "autumn", "fall",
        "a", "the", "this", "that", "its", "their", "and", "or", "between", "-", "–", "(", ",", "year",
        "on", "at", "for", "throughout", "last", "next", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Words after a four-digit number that make it a count, not a year.
    static let countNouns: WordSet = [
        "people", "troops", "soldiers", "vehicles", "km", "kilometres", "kilometers", "miles", "tons", "tonnes",
        "dollars", "yen", "rubles", "roubles", "euros", "barrels", "units", "times", "percent", "members", "men",
        "women", "workers", "residents", "cases", "deaths", "households", "companies", "firms", "aircraft",
        "tanks", "missiles", "jobs", "pages", "words", "votes", "sq", "square", "metres", "meters", "feet",
    ]

    /// Words that put a sentence in the future, for month-day dates without a year.
    static let futureMarkers: WordSet = [
        "will", "'ll", "shall", "upcoming", "scheduled", "intends", "plans", "planned", "expected", "next", "coming",
    ]

    /// Words that put a sentence in the past.
    static let pastMarkers: WordSet = ["was", "were", "had", "did", "ago", "last", "earlier"]

    static let units = WordTable<Unit>([
        ("day", .day), ("days", .day), ("week", .week), ("weeks", .week), ("month", .month), ("months", .month),
        ("year", .year), ("years", .year),
    ])

    enum Unit: Sendable {
        case day, week, month, year
    }
}
