/// Applies parsed clauses to a model, one term at a time over flat arrays.
///
/// Stance terms (holder, target, pair, pol, score) are decided by a stance; article terms
/// (text, era, year) by an article — for a stance, by the stance's article; for an event,
/// by its article's text and by the event's own date. `actor:` is decided by each item's
/// own actors: a stance's holder or target, an event's actors, an article's mentions. Where a stance
/// term must be decided for an article or an event, it asks whether the article has a
/// stance that satisfies it. Each term becomes a `[Bool]` per stance, article and event,
/// and clauses combine those arrays: no per-item closures, strings or hashing.
struct FilterEvaluator {
    /// One term's verdicts, negation applied.
    struct Verdicts: Sendable {
        var stances: [Bool]
        var articles: [Bool]
        var events: [Bool]
    }

    let model: CorpusModel
    let index: FilterIndex
    let clauses: [[FilterTerm]]
    /// The user's marks by `Article.marksKey`, read by `is:` and `has:` terms.
    let marks: [String: ArticleMarks]

    init(clauses: [[FilterTerm]], model: CorpusModel, index: FilterIndex, marks: [String: ArticleMarks]? = nil) {
        self.model = model
        self.index = index
        self.clauses = clauses
        self.marks = marks ?? model.marks
    }

    func apply() -> FilteredModel {
        let hasStanceClauses = clauses.contains { $0.contains { $0.level == .stance } }
        var keepStance = [Bool](repeating: true, count: index.stanceArticle.count)
        var keepArticle = [Bool](repeating: true, count: index.articleCount)
        var keepEvent = index.eventArticle.map { $0 != nil }
        for clause in clauses {
            guard let first = clause.first else {
                // No alternative holds.
                keepStance = keepStance.map { _ in false }
                keepArticle = keepArticle.map { _ in false }
                keepEvent = keepEvent.map { _ in false }
                continue
            }
            // Most clauses are one term: its verdicts narrow the result as they are.
            var any = cachedVerdicts(for: first)
            for term in clause.dropFirst() {
                let verdicts = cachedVerdicts(for: term)
                Self.formOr(&any.stances, verdicts.stances)
                Self.formOr(&any.articles, verdicts.articles)
                Self.formOr(&any.events, verdicts.events)
            }
            Self.formAnd(&keepStance, any.stances)
            Self.formAnd(&keepArticle, any.articles)
            Self.formAnd(&keepEvent, any.events)
        }
        if hasStanceClauses {
            // An article or event stays only when one of its article's stances does.
            var articleHasStance = [Bool](repeating: false, count: keepArticle.count)
            for (stance, kept) in keepStance.enumerated() where kept {
                if let article = index.stanceArticle[stance] { articleHasStance[article] = true }
            }
            Self.formAnd(&keepArticle, articleHasStance)
            for (event, article) in index.eventArticle.enumerated() where keepEvent[event] {
                keepEvent[event] = article.map { articleHasStance[$0] } ?? false
            }
        }
        return FilteredModel(articles: Self.indices(keepArticle), events: Self.indices(keepEvent), stances: Self.indices(keepStance))
    }

    // MARK: - One term

    /// A term's verdicts, remembered across keystrokes unless they read the marks, which
    /// change without the model (the cache is keyed by the term alone).
    func cachedVerdicts(for term: FilterTerm) -> Verdicts {
        if term.readsMarks { return verdicts(for: term) }
        return index.termVerdicts.verdicts(for: term) { self.verdicts(for: $0) }
    }

    private func verdicts(for term: FilterTerm) -> Verdicts {
        let verdicts: Verdicts
        switch term.level {
        case .article:
            var articles = articleVerdicts(term.kind)
            if term.negated { articles = articles.map(!) }
            let events: [Bool]
            if let own = ownEventVerdicts(term.kind) {
                events = term.negated ? own.map(!) : own
            } else {
                events = Self.byArticle(index.eventArticle, articles)
            }
            verdicts = Verdicts(
                stances: Self.byArticle(index.stanceArticle, articles),
                articles: articles,
                events: events
            )
        case .ownActors:
            // Every pane by one rule: a stance by its holder and target, an event by its
            // actors, an article by whom it mentions or has stances and events about.
            var stances = stanceVerdicts(term.kind)
            var articles = articleVerdicts(term.kind)
            var events = ownEventVerdicts(term.kind) ?? []
            if term.negated {
                stances = stances.map(!)
                articles = articles.map(!)
                events = events.map(!)
            }
            verdicts = Verdicts(stances: stances, articles: articles, events: events)
        case .stance:
            var stances = stanceVerdicts(term.kind)
            if term.negated { stances = stances.map(!) }
            // For an article or event: does the article have a stance that passes this term?
            var articles = [Bool](repeating: false, count: index.articleCount)
            for (stance, passes) in stances.enumerated() where passes {
                if let article = index.stanceArticle[stance] { articles[article] = true }
            }
            verdicts = Verdicts(
                stances: stances, articles: articles,
                events: Self.byArticle(index.eventArticle, articles)
            )
        }
        return verdicts
    }

    private func articleVerdicts(_ kind: FilterTerm.Kind) -> [Bool] {
        switch kind {
        case .text(let pattern): return index.textMatches.matches(pattern, index: index, model: model)
        case .actor(let value):
            let mask = index.actors.mask(value)
            return index.articleActors.map { actors in actors.contains { Self.has(mask, $0) } }
        case .era(let value):
            let eras = Self.eras(value, in: model.eras)
            return index.articleEra.map { $0.map(eras.contains) ?? false }
        case .year(let range): return index.articleYear.map { $0.map(range.contains) ?? false }
        case .mark(let test):
            // Marks are keyed by the article's marksKey (its path, or path#record for one record of a file).
            return (0..<index.articleCount).map { article in
                model.articles.indices.contains(article) && test.accepts(marks[model.articles[article].marksKey] ?? ArticleMarks())
            }
        default: return [Bool](repeating: false, count: index.articleCount)
        }
    }

    /// Events by their own actors, era and year; nil for a term decided by the event's article (text).
    private func ownEventVerdicts(_ kind: FilterTerm.Kind) -> [Bool]? {
        switch kind {
        case .actor(let value):
            let mask = index.actors.mask(value)
            return index.eventActors.map { actors in actors.contains { Self.has(mask, $0) } }
        case .era(let value):
            let eras = Self.eras(value, in: model.eras)
            return index.eventEra.map { $0.map(eras.contains) ?? false }
        case .year(let range): return index.eventYear.map(range.contains)
        default: return nil
        }
    }

    private func stanceVerdicts(_ kind: FilterTerm.Kind) -> [Bool] {
        let count = index.stanceArticle.count
        switch kind {
        case .actor(let value):
            let mask = index.actors.mask(value)
            return index.stanceHolder.indices.map { Self.has(mask, index.stanceHolder[$0]) || Self.has(mask, index.stanceTarget[$0]) }
        case .holder(let value):
            let mask = index.actors.mask(value)
            return index.stanceHolder.map { Self.has(mask, $0) }
        case .target(let value):
            let mask = index.actors.mask(value)
            return index.stanceTarget.map { Self.has(mask, $0) }
        case .pair(let value):
            var passes = [Bool](repeating: false, count: count)
            for (first, second) in pairs(value) {
                for stance in 0..<count where !passes[stance] {
                    let holder = index.stanceHolder[stance], target = index.stanceTarget[stance]
                    passes[stance] = (Self.has(first, holder) && Self.has(second, target))
                        || (Self.has(second, holder) && Self.has(first, target))
                }
            }
            return passes
        case .polarity(let polarity): return index.stancePolarity.map { $0 == polarity }
        case .score(let test): return index.stanceScore.map(test.accepts)
        default: return [Bool](repeating: false, count: count)
        }
    }

    /// Every way to cut `RUS-JPN` (or `shinzo-abe-RUS`) into two named actors.
    private func pairs(_ value: String) -> [([Bool], [Bool])] {
        let characters = Array(value)
        var found: [([Bool], [Bool])] = []
        for cut in characters.indices where FieldValueParser.pairSeparators.contains(characters[cut]) {
            let left = String(characters[..<cut]), right = String(characters[(cut + 1)...])
            guard !left.isEmpty, !right.isEmpty else { continue }
            found.append((index.actors.mask(left), index.actors.mask(right)))
        }
        return found
    }

    /// An era by id, else by id prefix (while it is typed), else by words of its label.
    static func eras(_ value: String, in eras: [Era]) -> Set<Int> {
        let key = value.lowercased()
        if let exact = eras.firstIndex(where: { $0.id.lowercased() == key }) { return [exact] }
        let prefixed = Set(eras.indices.filter { eras[$0].id.lowercased().hasPrefix(key) })
        if !prefixed.isEmpty { return prefixed }
        return Set(eras.indices.filter { eras[$0].label.lowercased().contains(key) })
    }

    // MARK: - Array helpers

    private static func has(_ mask: [Bool], _ number: Int) -> Bool {
        number >= 0 && number < mask.count && mask[number]
    }

    // These two run over every stance of the corpus at a key that does not narrow: through buffer
    // pointers, with no branch or bounds check per item, the compiler turns them into vector instructions.

    static func formOr(_ target: inout [Bool], _ other: [Bool]) {
        precondition(other.count >= target.count, "verdicts of one kind of item have one length")
        target.withUnsafeMutableBufferPointer { target in
            other.withUnsafeBufferPointer { other in
                for index in 0..<target.count { target[index] = target[index] || other[index] }
            }
        }
    }

    private static func formAnd(_ target: inout [Bool], _ other: [Bool]) {
        precondition(other.count >= target.count, "verdicts of one kind of item have one length")
        target.withUnsafeMutableBufferPointer { target in
            other.withUnsafeBufferPointer { other in
                for index in 0..<target.count { target[index] = target[index] && other[index] }
            }
        }
    }

    /// The positions of the set flags, ascending; counted first so the list is allocated once
    /// (a broad keystroke keeps hundreds of thousands of stances).
    static func indices(_ flags: [Bool]) -> [Int] {
        flags.withUnsafeBufferPointer { flags in
            var count = 0
            for flag in flags where flag { count += 1 }
            var kept: [Int] = []
            kept.reserveCapacity(count)
            for position in flags.indices where flags[position] { kept.append(position) }
            return kept
        }
    }

    /// Per item, its article's verdict (false for an item of no loaded article).
    static func byArticle(_ articleOf: [Int?], _ articles: [Bool]) -> [Bool] {
        articles.withUnsafeBufferPointer { articles in
            articleOf.map { article in
                guard let article, article >= 0, article < articles.count else { return false }
                return articles[article]
            }
        }
    }
}
