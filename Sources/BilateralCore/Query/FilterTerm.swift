/// One term of a filter: a text pattern or a `field:value`, possibly negated with `!`.
struct FilterTerm: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case text(TextPattern)
        case actor(String)
        case holder(String)
        case target(String)
        case pair(String)
        case era(String)
        case year(YearRange)
        case polarity(Stance.Polarity)
        case score(ScoreTest)
        /// `is:unread`, `is:read`, `is:bookmarked`, `has:note`: the user's own marks on the article.
        case mark(MarkTest)
    }

    /// Whether a term is decided by an article (text, era, year), by a stance, or by each
    /// item's own actors (`actor:`: a stance's holder or target, an event's actors, and
    /// for an article what it mentions or has stances and events about).
    enum Level: Sendable, Equatable { case article, stance, ownActors }

    var kind: Kind
    var negated: Bool
    /// 0-based Character offset of the term in the filter's source.
    var column: Int

    /// True for a term whose verdicts depend on the user's marks, which change without the model.
    var readsMarks: Bool {
        if case .mark = kind { return true }
        return false
    }

    var level: Level {
        switch kind {
        case .actor: return .ownActors
        case .text, .era, .year, .mark: return .article
        case .holder, .target, .pair, .polarity, .score: return .stance
        }
    }
}

/// A bare word of the filter, read the way fzf reads its extended search syntax.
struct TextPattern: Sendable, Equatable {
    /// The text to find, as typed without its `'`, `^` or `$` marks.
    var text: String
    /// `'word`: the whole word, not part of a longer one.
    var wholeWord: Bool
    /// `^word`: at the start of a line.
    var atLineStart: Bool
    /// `word$`: at the end of a line.
    var atLineEnd: Bool
    /// Smart case: a pattern with an upper-case letter matches case exactly.
    var caseSensitive: Bool
    /// `~word`: a word of the text holding these letters in order (see `FuzzyMatch.wordMatches`).
    var fuzzy: Bool = false
}

/// `year:2016`, `year:2016..2018`, `year:2016..`, `year:..2018`.
struct YearRange: Sendable, Equatable {
    var from: Int?
    var to: Int?

    func contains(_ year: Int) -> Bool {
        (from.map { year >= $0 } ?? true) && (to.map { year <= $0 } ?? true)
    }
}

/// `score:<-3`, `score:>=2`, `score:=0`, `score:-3..3`.
struct ScoreTest: Sendable, Equatable {
    enum Comparison: String, Sendable, Equatable, CaseIterable {
        case lessOrEqual = "<=", greaterOrEqual = ">=", less = "<", greater = ">", equal = "="
    }

    var comparison: Comparison
    var value: Double
    /// The upper end of a `a..b` range; `comparison` is then `>=` for the lower end.
    var upper: Double?

    func accepts(_ score: Double) -> Bool {
        if let upper { return score >= value && score <= upper }
        switch comparison {
        case .less: return score < value
        case .greater: return score > value
        case .lessOrEqual: return score <= value
        case .greaterOrEqual: return score >= value
        case .equal: return score == value
        }
    }
}

/// A test of the user's marks on an article (`is:unread`, `is:bookmarked`, `has:note`).
enum MarkTest: String, Sendable, Equatable {
    case unread, read, bookmarked, note

    func accepts(_ marks: ArticleMarks) -> Bool {
        switch self {
        case .unread: return !marks.read
        case .read: return marks.read
        case .bookmarked: return marks.bookmarked
        case .note: return marks.note != nil
        }
    }
}
