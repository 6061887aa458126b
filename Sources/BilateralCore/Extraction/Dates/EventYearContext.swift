/// The year a date without one ("June 29", "in July") belongs to when the text around it says so: a timeline's
/// year heading ("2018" on a line of its own, then "March 22: …"), the last year named before it in the paragraph
/// ("In the summer of 2019 … . On July 4 Japan …"; "last year … in November"), never the far end of a span
/// ("since 2007"), moved by "of the previous year" after the month. Otherwise the article's date decides.
struct EventYearContext {
    private var headingYear: Int?
    /// The years the current paragraph has named so far, in text order: a date takes the last one before it, so a
    /// year named later in its own sentence ("In October …, and again in February 2011") does not hide the one before.
    private var named: [(year: Int, sentence: Int, end: Int)] = []
    private var paragraph = -1
    /// The last month the text named with its year ("in March 2021", "last September"), across paragraphs: a story
    /// told in order goes on from it ("Last September … . [new paragraph] On September 22 …").
    private var story: PartialDate?
    /// The dates the current paragraph has named with their month ("in November 2019"), in text order: "a month
    /// earlier" counts from the last one before it.
    private var dated: [(date: PartialDate, sentence: Int, end: Int)] = []
    /// The last year the current paragraph named alone, a span's far end included ("since 1978"): "three years
    /// earlier" counts from it when no date with a month came after it.
    private var lastYear: (year: Int, sentence: Int, end: Int)?

    /// Reads one sentence, in text order, before its dates are resolved; `articleYear` places "last year".
    mutating func read(sentence number: Int, paragraph: Int, tokens: [Token], dates: [TemporalTagger.Match], articleYear: Int? = nil,
                       articleDate: PartialDate? = nil) {
        if paragraph != self.paragraph {
            self.paragraph = paragraph
            named.removeAll(keepingCapacity: true)
            dated.removeAll(keepingCapacity: true)
            lastYear = nil
        }
        if let year = Self.bareYear(tokens) {
            headingYear = year
            named.removeAll(keepingCapacity: true)
            dated.removeAll(keepingCapacity: true)
            story = nil
            return
        }
        // The years the sentence names outright ("in 2019", "the summer of 2019", "June 2017", "last year"); "a 1998
        // deal" and "the 1965 treaty" only name a thing's year.
        for match in dates {
            // "In June", "On November 3" with no year: a story told in order goes on from the month they resolve to
            // ("In February last year … In June … In November … In March" ends in the article's year).
            if match.expression.needsYear, articleDate != nil {
                advanceStory(past: match, sentence: number, articleYear: articleYear, articleDate: articleDate)
                // "On July 26 the guard locked up the president, and two days later …": a day without its year is
                // still the date a later "two days later" of the paragraph counts from.
                if case .monthDay(let month, let day) = match.expression, let date = yearlessDay(month: month, day: day, sentence: number,
                                                                                                  end: match.tokens.lowerBound, articleDate: articleDate) {
                    dated.append((date, number, match.tokens.upperBound))
                    if dated.count > 8 { dated.removeFirst() }
                }
                continue
            }
            let month = match.expression.namedMonth(from: articleDate)
            guard let year = match.expression.namedYear ?? match.expression.relativeYear(from: articleYear) ?? month?.year else { continue }
            if match.tokens.lowerBound > 0, StanceFinder.articles.contains(lower: tokens[match.tokens.lowerBound - 1]) { continue }
            if case .absolute(let date) = match.expression, date.month == nil { lastYear = (date.year, number, match.tokens.upperBound) }
            // "the first visit since 2007", "frozen until 2019": the far end of a span, not when the story is.
            if match.tokens.lowerBound > 0, Self.spanEnds.contains(lower: tokens[match.tokens.lowerBound - 1]) { continue }
            // "the heaviest battles since the Taliban returned to power in 2021": a year inside a "since" clause is its far end too.
            if Self.endsSpanClause(before: match.tokens.lowerBound, in: tokens) { continue }
            named.append((year, number, match.tokens.upperBound))
            if case .absolute(let date) = match.expression, date.month != nil {
                dated.append((date, number, match.tokens.upperBound))
                if dated.count > 8 { dated.removeFirst() }
            } else if let month {
                dated.append((month, number, match.tokens.upperBound))
                if dated.count > 8 { dated.removeFirst() }
            }
            // A year alone ("in 2019") ends the story's month; a month with its year starts one.
            story = month ?? match.expression.namedYear.flatMap { _ in
                if case .absolute(let date) = match.expression, date.month != nil { return date.truncated(to: .month) }
                return nil
            }
        }
    }

    /// A day named without its year, in the year the paragraph or the heading named before it, else the latest such
    /// day up to the article's date.
    private func yearlessDay(month: Int, day: Int, sentence number: Int, end: Int, articleDate: PartialDate?) -> PartialDate? {
        let before = named.last(where: { $0.sentence < number || $0.sentence == number && $0.end <= end })?.year
        if let year = before ?? headingYear { return PartialDate(year: year, month: month, day: day) }
        guard let article = articleDate else { return nil }
        let later = (month, day) > (article.month ?? 12, article.day ?? 31)
        return PartialDate(year: later ? article.year - 1 : article.year, month: month, day: day)
    }

    /// The anchor for a date without a year in sentence `number`: nil when the text gives no year other than the
    /// article's own (whose date, with the tense, then decides).
    func anchor(for match: TemporalTagger.Match, sentence number: Int, paragraph: Int, articleYear: Int?,
                tokens: [Token] = [], articleDate: PartialDate? = nil) -> PartialDate? {
        // "In November 2019 … . A month earlier …": the last date with a month the paragraph named before it.
        if case .fromStory(let unit, _) = match.expression {
            guard paragraph == self.paragraph else { return nil }
            func isBefore(_ sentence: Int, _ end: Int) -> Bool { sentence < number || sentence == number && end <= match.tokens.lowerBound }
            let month = dated.last(where: { isBefore($0.sentence, $0.end) })
            // "… since 1978, when … . Three years earlier …": years count from a year named alone after the last month.
            if unit == .year, let year = lastYear, isBefore(year.sentence, year.end),
               month.map({ ($0.sentence, $0.end) < (year.sentence, year.end) }) ?? true {
                return PartialDate(year: year.year)
            }
            return month?.date
        }
        guard match.expression.needsYear else { return nil }
        // The paragraph's year: "The thaw began in March 2022, … since 2007. In August …" is August 2022.
        let before = paragraph == self.paragraph ? named.last(where: {
            $0.sentence < number || $0.sentence == number && $0.end <= match.tokens.lowerBound
        })?.year : nil
        let context = before ?? headingYear ?? storyYear(for: match.expression, articleYear: articleYear, articleDate: articleDate)
        // "in April of the previous year": a year counted from the one the text was at.
        if let shift = Self.yearShift(after: match.tokens.upperBound, in: tokens), let base = context ?? articleYear {
            return PartialDate(year: base + shift)
        }
        return context.flatMap { $0 == articleYear ? nil : PartialDate(year: $0) }
    }

    /// Moves the story's month to a yearless month the story itself dates (from the paragraph's year or the story's
    /// month, not a timeline heading), so the next yearless month is counted from it.
    private mutating func advanceStory(past match: TemporalTagger.Match, sentence number: Int, articleYear: Int?, articleDate: PartialDate?) {
        guard story != nil, headingYear == nil else { return }
        let month: Int
        switch match.expression {
        case .month(let named), .monthDay(let named, _): month = named
        default: return
        }
        let before = named.last(where: { $0.sentence < number || $0.sentence == number && $0.end <= match.tokens.lowerBound })?.year
        guard let year = before ?? storyYear(for: match.expression, articleYear: articleYear, articleDate: articleDate),
              let reached = PartialDate(year: year, month: month) else { return }
        story = reached
    }

    /// The year a later paragraph's yearless month takes from the story's month: the first such month on or after it
    /// ("last September" in a July 2022 article, then "On September 22" and "in May" are 2021 and 2022). Only for a
    /// story within the year before the article's, and never past the article's own date: an old year named as
    /// background ("in March 2014") leaves later months to the article's date.
    private func storyYear(for expression: TemporalExpression, articleYear: Int?, articleDate: PartialDate?) -> Int? {
        guard let story, let storyMonth = story.month, let articleYear, story.year >= articleYear - 1, story.year <= articleYear else {
            return nil
        }
        let month: Int
        switch expression {
        case .month(let named), .monthDay(let named, _): month = named
        default: return nil
        }
        let year = month >= storyMonth ? story.year : story.year + 1
        if let articleDate, let articleMonth = articleDate.month, (year, month) > (articleDate.year, articleMonth) { return nil }
        return year
    }

    /// True when a "since" or "until" opens the clause the date at `start` stands in, a few words before it with no
    /// punctuation between.
    static func endsSpanClause(before start: Int, in tokens: [Token]) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 10 {
            if tokens[index].kind == .punctuation { return false }
            if spanEnds.contains(lower: tokens[index]) { return true }
            index -= 1
        }
        return false
    }

    /// Words before a year that make it the far end of a span.
    static let spanEnds: WordSet = ["since", "until", "till", "through"]

    /// "of the previous year", "of that year", "of the following year" right after a month: the year's shift from the
    /// year in context.
    static func yearShift(after end: Int, in tokens: [Token]) -> Int? {
        guard end + 2 < tokens.count, tokens[end].lower == "of", ["the", "that"].contains(tokens[end + 1].lower) else { return nil }
        if tokens[end + 2].lower == "year" { return tokens[end + 1].lower == "that" ? 0 : nil }
        guard end + 3 < tokens.count, tokens[end + 3].lower == "year", let shift = yearShifts[tokens[end + 2].lower] else { return nil }
        return shift
    }

    /// Words that place a year from the one in context: "the previous year", "the following year".
    static let yearShifts: [String: Int] = ["previous": -1, "preceding": -1, "prior": -1, "same": 0, "following": 1, "next": 1]

    /// "2018" (or "2018:") alone on its line: a timeline's heading.
    static func bareYear(_ tokens: [Token]) -> Int? {
        // Most sentences fail on their length: no list of their words is made.
        guard !tokens.isEmpty, tokens.count <= 3 else { return nil }
        var found: Int?
        for token in tokens where token.kind != .punctuation {
            guard found == nil, token.kind == .number, token.length == 4, let year = Int(token.text), (1800...2100).contains(year) else {
                return nil
            }
            found = year
        }
        return found
    }
}

extension TemporalExpression {
    /// A month or a day of a month, whose year the context must give.
    var needsYear: Bool {
        switch self {
        case .monthDay, .month: true
        default: false
        }
    }

    /// The year an absolute expression names.
    var namedYear: Int? {
        switch self {
        case .absolute(let date): date.year
        case .decade: nil
        default: nil
        }
    }

    /// "last September", "in January last year": the month and year it names, counted from the article's date.
    func namedMonth(from articleDate: PartialDate?) -> PartialDate? {
        guard let articleDate else { return nil }
        switch self {
        case .namedMonth(let month, let shift): return PartialDate(year: Self.year(ofMonth: month, shift: shift, from: articleDate), month: month)
        case .monthOfRelativeYear(let month, _, let shift): return PartialDate(year: articleDate.year + shift, month: month)
        default: return nil
        }
    }

    /// "last year", "a year ago", "next year": the year it names counted from the article's.
    func relativeYear(from articleYear: Int?) -> Int? {
        guard case .relative(.year, let amount) = self, let articleYear else { return nil }
        return articleYear + amount
    }
}
