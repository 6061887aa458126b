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
            // The clause's alternatives folded into one verdict per item, so that each kept item is
            // one flag read rather than a closure per alternative (a keystroke keeps up to every item).
            let byArticle = Self.union(tests.map(\.articles))
            articles = Self.kept(articles, by: byArticle)
            stances = Self.kept(stances, own: tests.compactMap(\.stances), or: tests.filter { $0.stances == nil }.map(\.articles), of: index.stanceArticle)
            events = Self.kept(events, own: tests.compactMap(\.events), or: tests.filter { $0.events == nil }.map(\.articles), of: index.eventArticle)
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

    /// Per item, whether any of `verdicts` (arrays of one length) holds; nil for none.
    private static func union(_ verdicts: [[Bool]]) -> [Bool]? {
        guard var union = verdicts.first else { return nil }
        for other in verdicts.dropFirst() { formOr(&union, other) }
        return union
    }

    /// The items of `items` whose flag is set.
    private static func kept(_ items: [Int], by flags: [Bool]?) -> [Int] {
        guard let flags else { return [] }
        return flags.withUnsafeBufferPointer { flags in items.filter { flags[$0] } }
    }

    /// The items of `items` that pass one of `own` (verdicts per item) or whose article passes one of `byArticle`.
    private static func kept(_ items: [Int], own: [[Bool]], or byArticle: [[Bool]], of article: [Int?]) -> [Int] {
        let own = union(own), byArticle = union(byArticle)
        switch (own, byArticle) {
        case (nil, nil): return []
        case (let own?, nil): return kept(items, by: own)
        case (let own, let byArticle?):
            return byArticle.withUnsafeBufferPointer { passing in
                article.withUnsafeBufferPointer { article in
                    items.filter { item in
                        if let own, own[item] { return true }
                        guard let of = article[item] else { return false }
                        return passing[of]
                    }
                }
            }
        }
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
