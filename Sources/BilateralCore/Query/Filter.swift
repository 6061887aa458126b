/// A parsed filter: free text and fields (`actor:`, `era:`, `pol:` …) that narrow the model.
///
/// One parser serves the dashboard and `bilateral export --filter`. Bare words match the
/// article text as in fzf's extended search: space is AND, `|` is OR, `!` negates, `'word`
/// matches a whole word, `^` and `$` anchor to a line's start and end, and a word with an
/// upper-case letter matches case exactly, and `~word` matches a word holding those letters
/// in order (fuzzy: `~kurl` finds Kuril). Fields: `actor:` `holder:` `target:` `pair:`
/// `era:` `year:` `pol:` `score:`, and the user's marks `is:unread` `is:read` `is:bookmarked`
/// `has:note`.
public struct Filter: Sendable, Equatable {
    /// The text the filter was parsed from.
    public let source: String
    /// Terms joined by AND; the terms inside one clause are joined by OR.
    let clauses: [[FilterTerm]]

    public static let all = Filter(source: "", clauses: [])

    init(source: String, clauses: [[FilterTerm]]) {
        self.source = source
        self.clauses = clauses
    }

    /// Parses the filter language.
    /// - Throws: `FilterError` naming what is wrong and where.
    public static func parse(_ text: String) throws(FilterError) -> Filter {
        Filter(source: text, clauses: try FilterParser.parse(text))
    }

    public var isEmpty: Bool { clauses.isEmpty }

    /// The parts of `model` the filter keeps; reuses the index of the last model filtered.
    /// - Parameter marks: the user's marks by `Article.marksKey` for `is:`/`has:` terms; nil reads `model.marks`.
    public func apply(to model: CorpusModel, marks: [String: ArticleMarks]? = nil) -> FilteredModel {
        if isEmpty { return FilteredModel.everything(in: model) }
        return apply(to: model, index: FilterIndex.cached(for: model), marks: marks)
    }

    /// The parts of `model` the filter keeps, using an index built from that model.
    public func apply(to model: CorpusModel, index: FilterIndex, marks: [String: ArticleMarks]? = nil) -> FilteredModel {
        if isEmpty { return FilteredModel.everything(in: model) }
        return FilterEvaluator(clauses: clauses, model: model, index: index, marks: marks).apply()
    }

    /// The parts of `model` the filter keeps, where `previous` is what an earlier filter kept of
    /// the same model: when this filter narrows that one (a term appended, a word typed longer),
    /// only what it kept is tested, so each keystroke costs the size of the last result.
    public func apply(
        to model: CorpusModel, marks: [String: ArticleMarks]? = nil, after previous: (filter: Filter, result: FilteredModel)
    ) -> FilteredModel {
        // Marks may have changed since the earlier result; an empty earlier filter kept everything,
        // which the whole-model pass handles faster than a list of every index.
        guard !isEmpty, !previous.filter.isEmpty, !readsMarks, !previous.filter.readsMarks, narrows(previous.filter) else {
            return apply(to: model, marks: marks)
        }
        let index = FilterIndex.cached(for: model)
        return FilterEvaluator(clauses: clauses, model: model, index: index, marks: marks).apply(within: previous.result)
    }

    /// True when the filter has an `is:` or `has:` term: its result changes with the user's marks.
    public var readsMarks: Bool { clauses.joined().contains(where: \.readsMarks) }
}
