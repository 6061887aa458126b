/// The year a date without one ("June 29", "in July") belongs to when the text around it says so: a timeline's
/// year heading ("2018" on a line of its own, then "March 22: …"), or the last year named earlier in the paragraph
/// ("In the summer of 2019 … . On July 4 Japan …"), never the far end of a span ("since 2007"). Otherwise the
/// article's date decides.
struct EventYearContext {
    private var headingYear: Int?
    private var named: (year: Int, sentence: Int, paragraph: Int, end: Int)?

    /// Reads one sentence, in text order, before its dates are resolved.
    mutating func read(sentence number: Int, paragraph: Int, tokens: [Token], dates: [TemporalTagger.Match]) {
        if let year = Self.bareYear(tokens) {
            headingYear = year
            named = nil
            return
        }
        // The last year the sentence names outright ("in 2019", "the summer of 2019", "June 2017"); "a 1998 deal"
        // and "the 1965 treaty" only name a thing's year.
        for match in dates.reversed() {
            guard let year = match.expression.namedYear else { continue }
            if match.tokens.lowerBound > 0, StanceFinder.articles.contains(lower: tokens[match.tokens.lowerBound - 1]) { continue }
            // "the first visit since 2007", "frozen until 2019": the far end of a span, not when the story is.
            if match.tokens.lowerBound > 0, Self.spanEnds.contains(lower: tokens[match.tokens.lowerBound - 1]) { continue }
            named = (year, number, paragraph, match.tokens.upperBound)
            break
        }
    }

    /// The anchor for a date without a year in sentence `number`: nil when the text gives no year other than the
    /// article's own (whose date, with the tense, then decides).
    func anchor(for match: TemporalTagger.Match, sentence number: Int, paragraph: Int, articleYear: Int?) -> PartialDate? {
        guard match.expression.needsYear else { return nil }
        // The paragraph's year: "The thaw began in March 2022, … since 2007. In August …" is August 2022.
        if let named, named.paragraph == paragraph,
           named.sentence < number || named.sentence == number && named.end <= match.tokens.lowerBound {
            return named.year == articleYear ? nil : PartialDate(year: named.year)
        }
        return headingYear.flatMap { $0 == articleYear ? nil : PartialDate(year: $0) }
    }

    /// Words before a year that make it the far end of a span.
    static let spanEnds: WordSet = ["since", "until", "till", "through"]

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
}
