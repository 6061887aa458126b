/// English month and weekday names as articles write them, full or abbreviated.
enum CalendarWords {
    /// The month number of `word` (lower-cased, a final period allowed), or nil.
    static func month(_ word: String) -> Int? {
        let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
        if let full = months.firstIndex(of: bare) { return full + 1 }
        // "May" is written out; "Sept" is the one four-letter abbreviation.
        if bare == "sept" { return 9 }
        guard bare.count == 3, let short = months.firstIndex(where: { $0.hasPrefix(bare) }) else { return nil }
        return short + 1
    }

    static func isWeekday(_ word: String) -> Bool {
        let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
        return weekdays.contains(bare) || shortWeekdays.contains(bare)
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let shortWeekdays: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
}
