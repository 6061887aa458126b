/// Reads the date lines news sites put above an article.
///
/// Accepts an optional "Published"/"Posted"/"Updated" lead, an optional place ("TOKYO,"), an
/// optional weekday, then a date written the usual English ways ("June 21, 2016",
/// "21 March 2023", "Dec. 16, 2016", "2016-06-21", "March 2023"), an optional time, and
/// then either nothing, a byline ("By Joseph P. Farrell"), or a dash followed by the text.
enum DatelineParser {
    struct Dateline: Equatable, Sendable {
        var date: PartialDate
        var author: String?
        /// Prose that follows the dateline on the same line ("TOKYO, March 22 — Japan said …").
        var rest: String?

        /// True when the line holds nothing but the dateline (and byline).
        var isWholeLine: Bool { rest == nil }
    }

    /// Datelines are short; prose after a dash is not read, only located.
    private static let scanLimit = 160

    /// Parses `line` as a dateline, or returns nil when it is something else.
    static func parse(_ line: String) -> Dateline? {
        // Every date form read here has a digit near the start; most prose lines do not.
        // Looked for in the contiguous bytes: walking the UTF-8 view costs several times more per byte.
        var contiguous = line
        guard contiguous.withUTF8({ $0.prefix(64).contains { (0x30...0x39).contains($0) } }) else { return nil }
        var tokens = TokenCursor(DatelineTokenizer.tokens(of: line, limit: scanLimit))
        skipLead(&tokens)
        guard let date = readPlaceWeekdayAndDate(&tokens) else { return nil }
        skipTime(&tokens)
        skipCredit(&tokens)
        let sawDash = tokens.skipSeparators()
        guard let token = tokens.peek else { return Dateline(date: date) }
        if ["by", "written by"].contains(token.lower) || (token.lower == "written" && tokens.peek(1)?.lower == "by") {
            tokens.advance(token.lower == "written" ? 2 : 1)
            guard let author = BylineParser.name(from: &tokens) else { return Dateline(date: date) }
            return Dateline(date: date, author: author)
        }
        guard sawDash else { return nil }
        let rest = String(line.dropFirst(token.offset)).trimmed
        return Dateline(date: date, rest: rest.isEmpty ? nil : rest)
    }

    /// The date in `text` when the text is nothing but a date (front matter, "Published …").
    static func date(in text: String) -> PartialDate? {
        guard let dateline = parse(text), dateline.isWholeLine, dateline.author == nil else { return nil }
        return dateline.date
    }

    // MARK: - Parts

    private static let leads: Set<String> = ["published", "posted", "updated", "date", "dated", "first", "last", "originally"]

    private static func skipLead(_ tokens: inout TokenCursor) {
        while let token = tokens.peek, leads.contains(token.lower) { tokens.advance() }
        if tokens.peek?.lower == "on" { tokens.advance() }
        if tokens.peek?.text == ":" { tokens.advance() }
    }

    private static func readPlaceWeekdayAndDate(_ tokens: inout TokenCursor) -> PartialDate? {
        if let date = readWeekdayAndDate(&tokens) { return date }
        // A place: up to four words before a comma, then the date; wires often add the state or
        // country as a second part ("ANCHORAGE, Alaska,", "NEW DELHI, India,").
        let start = tokens.position
        for _ in 0..<2 {
            guard skipPlacePart(&tokens) else { break }
            if let date = readWeekdayAndDate(&tokens) { return date }
        }
        tokens.position = start
        return nil
    }

    /// Up to four capitalised words and the comma after them.
    private static func skipPlacePart(_ tokens: inout TokenCursor) -> Bool {
        var words = 0
        while let token = tokens.peek, token.isWord, token.startsUppercase, words < 4 {
            tokens.advance()
            words += 1
        }
        guard words > 0, tokens.peek?.text == "," else { return false }
        tokens.advance()
        return true
    }

    /// A wire's credit after the date: "(Reuters)", "(Example Wire)".
    private static func skipCredit(_ tokens: inout TokenCursor) {
        guard tokens.peek?.text == "(" else { return }
        var ahead = 1
        while let token = tokens.peek(ahead), token.isWord, token.startsUppercase, ahead <= 3 { ahead += 1 }
        if ahead > 1, tokens.peek(ahead)?.text == ")" { tokens.advance(ahead + 1) }
    }

    private static func readWeekdayAndDate(_ tokens: inout TokenCursor) -> PartialDate? {
        let start = tokens.position
        if let token = tokens.peek, CalendarWords.isWeekday(token.lower) {
            tokens.advance()
            if tokens.peek?.text == "," { tokens.advance() }
        }
        if let date = readDate(&tokens) { return date }
        tokens.position = start
        return nil
    }

    private static func readDate(_ tokens: inout TokenCursor) -> PartialDate? {
        let start = tokens.position
        if let month = tokens.peek.flatMap({ CalendarWords.month($0.lower) }) {
            tokens.advance()
            if let day = tokens.peek?.number, day <= 31, tokens.peek?.text.count ?? 0 <= 2 {
                tokens.advance()
                if tokens.peek?.text == "," { tokens.advance() }
                if let year = readYear(&tokens) { return PartialDate(year: year, month: month, day: day) }
            } else {
                if tokens.peek?.text == "," { tokens.advance() }
                if let year = readYear(&tokens) { return PartialDate(year: year, month: month) }
            }
        } else if let first = tokens.peek?.number {
            tokens.advance()
            if first >= 1000, let date = readNumericRest(year: first, &tokens) { return date }
            if first <= 31 {
                if tokens.peek?.lower == "of" { tokens.advance() }
                if let month = tokens.peek.flatMap({ CalendarWords.month($0.lower) }) {
                    tokens.advance()
                    if tokens.peek?.text == "," { tokens.advance() }
                    if let year = readYear(&tokens) { return PartialDate(year: year, month: month, day: first) }
                }
            }
        }
        tokens.position = start
        return nil
    }

    /// `2016-06-21` or `2016/06/21` after the year.
    private static func readNumericRest(year: Int, _ tokens: inout TokenCursor) -> PartialDate? {
        guard let separator = tokens.peek?.text, separator == "-" || separator == "/",
              let month = tokens.peek(1)?.number, tokens.peek(2)?.text == separator,
              let day = tokens.peek(3)?.number
        else { return nil }
        tokens.advance(4)
        return PartialDate(year: year, month: month, day: day)
    }

    private static func readYear(_ tokens: inout TokenCursor) -> Int? {
        guard let token = tokens.peek, let year = token.number, token.text.count == 4 else { return nil }
        tokens.advance()
        return year
    }

    /// "10:30", "at 10:30 am", "10:30 a.m. JST", "11:00 GMT".
    private static func skipTime(_ tokens: inout TokenCursor) {
        let start = tokens.position
        if tokens.peek?.text == "," { tokens.advance() }
        if tokens.peek?.lower == "at" { tokens.advance() }
        guard tokens.peek?.number != nil, tokens.peek(1)?.text == ":", tokens.peek(2)?.number != nil else {
            tokens.position = start
            return
        }
        tokens.advance(3)
        if let token = tokens.peek, ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(token.lower) { tokens.advance() }
        if let token = tokens.peek, token.isWord, token.text.count <= 4, token.text.allSatisfy(\.isUppercase) {
            tokens.advance()
        }
    }
}
