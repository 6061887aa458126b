/// Evaluating a filter over the result of one it narrows (`Filter.narrows`): only the items
/// the earlier result kept are tested, and a new text term reads only their articles' text.
extension FilterEvaluator {
    /// One term's verdicts for narrowing: per article, and per stance and event where the term
    /// decides them itself; nil where an item goes by its article's verdict (a text term).
    private struct ScopedVerdicts {
        var articles: [Bool]
        var stances: [Bool]?
        var events: [Bool]?
    }

    /// What this filter keeps of `previous`, the result of a filter this one narrows on the
    /// same model and marks. Equal to `apply()`; it costs the size of `previous`, not of the model.
    func apply(within previous: FilteredModel) -> FilteredModel {
        var articles = previous.articles, events = previous.events, stances = previous.stances
        // The articles a text term needs: those kept, and those of the events and stances kept.
        var scope = [Bool](repeating: false, count: index.articleCount)
        for article in articles where scope.indices.contains(article) { scope[article] = true }
        for event in events { if let article = index.article(ofEvent: event) { scope[article] = true } }
        for stance in stances where index.stanceArticle.indices.contains(stance) {
            if let article = index.stanceArticle[stance] { scope[article] = true }
        }
        let scopeBits = ArticleBits(scope)
        for clause in clauses {
            guard !clause.isEmpty else { return FilteredModel(articles: [], events: [], stances: []) }
            let tests = clause.map { scopedVerdicts(for: $0, scope: scopeBits) }
            articles = articles.filter { article in tests.contains { $0.articles[article] } }
            stances = stances.filter { stance in
                tests.contains { test in
                    if let own = test.stances { return own[stance] }
                    return index.stanceArticle[stance].map { test.articles[$0] } ?? false
                }
            }
            events = events.filter { event in
                tests.contains { test in
                    if let own = test.events { return own[event] }
                    return index.eventArticle[event].map { test.articles[$0] } ?? false
                }
            }
        }
        if clauses.contains(where: { $0.contains { $0.level == .stance } }) {
            // As in `apply()`: an article or event stays only when one of its article's stances does.
            var articleHasStance = [Bool](repeating: false, count: index.articleCount)
            for stance in stances { if let article = index.stanceArticle[stance] { articleHasStance[article] = true } }
            articles = articles.filter { articleHasStance[$0] }
            events = events.filter { event in index.eventArticle[event].map { articleHasStance[$0] } ?? false }
        }
        return FilteredModel(articles: articles, events: events, stances: stances)
    }

    /// A text term not yet evaluated is matched against the articles in `scope` only (its
    /// verdicts elsewhere are never read); every other term, and a text term already known,
    /// gives its whole-model verdicts, which are remembered across keystrokes.
    private func scopedVerdicts(for term: FilterTerm, scope: ArticleBits) -> ScopedVerdicts {
        if case .text(let pattern) = term.kind, !index.termVerdicts.contains(term) {
            var matches = index.textMatches.matches(pattern, index: index, model: model, within: scope)
            if term.negated { matches = matches.map(!) }
            return ScopedVerdicts(articles: matches, stances: nil, events: nil)
        }
        let verdicts = cachedVerdicts(for: term)
        return ScopedVerdicts(articles: verdicts.articles, stances: verdicts.stances, events: verdicts.events)
    }
}
