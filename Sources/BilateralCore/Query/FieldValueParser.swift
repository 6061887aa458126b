/// Reads the value of one `field:value` term; errors point at the value's column.
enum FieldValueParser {
    static func kind(field: String, value: String, column: Int) throws(FilterError) -> FilterTerm.Kind {
        switch field {
        case "actor": return .actor(value)
        case "holder": return .holder(value)
        case "target": return .target(value)
        case "era": return .era(value)
        case "pair":
            guard value.contains(where: { pairSeparators.contains($0) }) else {
                throw FilterError(message: "'pair:' needs two actors, like pair:RUS-JPN", column: column)
            }
            return .pair(value)
        case "year": return .year(try years(value, column: column))
        case "pol": return .polarity(try polarity(value, column: column))
        case "is", "has": return .mark(try mark(field: field, value: value, column: column))
        default: return .score(try score(value, column: column))
        }
    }

    static let pairSeparators: Set<Character> = ["-", "/", ","]

    private static func years(_ value: String, column: Int) throws(FilterError) -> YearRange {
        let parts: [Substring]
        if value.contains("..") {
            parts = value.split(separator: "..", maxSplits: 1, omittingEmptySubsequences: false)
        } else {
            parts = value.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        }
        func year(_ text: Substring) throws(FilterError) -> Int? {
            if text.isEmpty { return nil }
            guard text.allSatisfy(\.isASCII), let year = Int(text), (1...9999).contains(year) else {
                throw FilterError(message: "bad year '\(text)' (try year:2016 or year:2016..2018)", column: column)
            }
            return year
        }
        let from = try year(parts[0])
        let to = parts.count > 1 ? try year(parts[1]) : from
        guard from != nil || to != nil else {
            throw FilterError(message: "bad range '\(value)' (try year:2016..2018)", column: column)
        }
        if let from, let to, from > to {
            throw FilterError(message: "bad range: \(from) is after \(to)", column: column)
        }
        return YearRange(from: from, to: to)
    }

    private static func polarity(_ value: String, column: Int) throws(FilterError) -> Stance.Polarity {
        switch value.lowercased() {
        case "+", "coop", "cooperative", "positive": return .cooperative
        case "-", "conf", "conflict", "conflictual", "negative": return .conflictual
        case "=", "0", "neutral": return .neutral
        default:
            throw FilterError(message: "'pol:' is + (cooperative), - (conflictual) or = (neutral)", column: column)
        }
    }

    /// `is:unread`, `is:read`, `is:bookmarked`, `has:note` (`is:bookmark` reads as `is:bookmarked`).
    private static func mark(field: String, value: String, column: Int) throws(FilterError) -> MarkTest {
        let word = value.lowercased()
        if field == "has" {
            guard word == "note" || word == "notes" else {
                throw FilterError(message: "'has:' takes note (has:note)", column: column)
            }
            return .note
        }
        switch word {
        case "unread": return .unread
        case "read": return .read
        case "bookmarked", "bookmark": return .bookmarked
        default:
            throw FilterError(message: "'is:' is unread, read or bookmarked (like is:unread)", column: column)
        }
    }

    private static func score(_ value: String, column: Int) throws(FilterError) -> ScoreTest {
        if value.contains(".."), !value.hasPrefix("..") {
            let parts = value.split(separator: "..", maxSplits: 1, omittingEmptySubsequences: false)
            guard let low = Double(parts[0]), let high = Double(parts[1]) else {
                throw FilterError(message: "bad range '\(value)' (try score:-3..3)", column: column)
            }
            guard low <= high else { throw FilterError(message: "bad range: \(parts[0]) is above \(parts[1])", column: column) }
            return ScoreTest(comparison: .greaterOrEqual, value: low, upper: high)
        }
        let comparison = ScoreTest.Comparison.allCases.first { value.hasPrefix($0.rawValue) }
        var number = Substring(value.dropFirst(comparison?.rawValue.count ?? 0))
        if comparison == .equal, number.hasPrefix("=") { number = number.dropFirst() }
        guard let score = Double(number), score.isFinite else {
            throw FilterError(message: "bad score '\(value)' (try score:<-3 or score:>=2)", column: column)
        }
        return ScoreTest(comparison: comparison ?? .equal, value: score)
    }
}
