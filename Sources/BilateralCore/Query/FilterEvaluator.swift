/// Applies parsed clauses to a model.
///
/// Stance terms (holder, target, pair, pol, score) are decided by a stance; article terms
/// (text, era, year, actor) by an article — for a stance, by the stance's article; for an
/// event, by its article's text and by the event's own date and actors. Where a stance
/// term must be decided for an article or an event, it asks whether the article has a
/// stance that satisfies it.
struct FilterEvaluator {
    /// A term with its values looked up in the model.
    private enum Resolved {
        case text(TextMatcher)
        case actors(Set<String>)
        case holder(Set<String>)
        case target(Set<String>)
        case pair([(Set<String>, Set<String>)])
        case eras(Set<Int>)
        case years(YearRange)
        case polarity(Stance.Polarity)
        case score(ScoreTest)
    }

    private struct Term {
        var resolved: Resolved
        var negated: Bool
        var level: FilterTerm.Level
        /// Per article: 0 unknown, 1 false, 2 true; saves repeating text scans across events.
        var memo: Int
    }

    private let model: CorpusModel
    private let index: FilterIndex
    private var clauses: [[Term]] = []
    private let memos = MemoTable()
    private let hasStanceClauses: Bool

    init(clauses parsed: [[FilterTerm]], model: CorpusModel, index: FilterIndex) {
        self.model = model
        self.index = index
        hasStanceClauses = parsed.contains { $0.contains { $0.level == .stance } }
        // Cheap clauses first, so that text scans run on fewer articles.
        let ordered = parsed.sorted { Self.cost(of: $0) < Self.cost(of: $1) }
        for clause in ordered {
            clauses.append(clause.map { term in
                let memo = memos.add(count: model.articles.count)
                return Term(resolved: Self.resolve(term.kind, model: model, index: index), negated: term.negated, level: term.level, memo: memo)
            })
        }
    }

    private static func cost(of clause: [FilterTerm]) -> Int {
        clause.contains { if case .text = $0.kind { return true } else { return false } } ? 1 : 0
    }

    private static func resolve(_ kind: FilterTerm.Kind, model: CorpusModel, index: FilterIndex) -> Resolved {
        switch kind {
        case .text(let pattern): return .text(TextMatcher(pattern))
        case .actor(let value): return .actors(index.actors.resolve(value))
        case .holder(let value): return .holder(index.actors.resolve(value))
        case .target(let value): return .target(index.actors.resolve(value))
        case .pair(let value): return .pair(pairs(value, index: index))
        case .era(let value): return .eras(eras(value, in: model.eras))
        case .year(let range): return .years(range)
        case .polarity(let polarity): return .polarity(polarity)
        case .score(let test): return .score(test)
        }
    }

    /// Every way to cut `RUS-JPN` (or `shinzo-abe-RUS`) into two actors that both exist.
    private static func pairs(_ value: String, index: FilterIndex) -> [(Set<String>, Set<String>)] {
        let characters = Array(value)
        var found: [(Set<String>, Set<String>)] = []
        for cut in characters.indices where FieldValueParser.pairSeparators.contains(characters[cut]) {
            let left = String(characters[..<cut]), right = String(characters[(cut + 1)...])
            guard !left.isEmpty, !right.isEmpty else { continue }
            found.append((index.actors.resolve(left), index.actors.resolve(right)))
        }
        return found
    }

    /// An era by id, else by id prefix (while it is typed), else by words of its label.
    private static func eras(_ value: String, in eras: [Era]) -> Set<Int> {
        let key = value.lowercased()
        if let exact = eras.firstIndex(where: { $0.id.lowercased() == key }) { return [exact] }
        let prefixed = Set(eras.indices.filter { eras[$0].id.lowercased().hasPrefix(key) })
        if !prefixed.isEmpty { return prefixed }
        return Set(eras.indices.filter { eras[$0].label.lowercased().contains(key) })
    }

    // MARK: - Applying

    func apply() -> FilteredModel {
        let keptStances = model.stances.indices.filter { keepsStance($0) }
        var articleHasKeptStance = [Bool](repeating: false, count: model.articles.count)
        for stance in keptStances {
            if let article = index.stanceArticle[stance] { articleHasKeptStance[article] = true }
        }
        let articles = model.articles.indices.filter { article in
            (!hasStanceClauses || articleHasKeptStance[article]) && allClauses { term in
                evaluate(term, article: article, context: .article)
            }
        }
        let events = model.events.indices.filter { event in
            guard let article = index.eventArticle[event] else { return false }
            return (!hasStanceClauses || articleHasKeptStance[article]) && allClauses { term in
                evaluate(term, article: article, context: .event(model.events[event]))
            }
        }
        return FilteredModel(articles: articles, events: events, stances: keptStances)
    }

    private func keepsStance(_ stance: Int) -> Bool {
        let value = model.stances[stance]
        let article = index.stanceArticle[stance]
        return allClauses { term in
            if term.level == .stance { return term.negated != stanceTest(term.resolved, value) }
            guard let article else { return false }
            return evaluate(term, article: article, context: .article)
        }
    }

    private func allClauses(_ test: (Term) -> Bool) -> Bool {
        clauses.allSatisfy { $0.contains(where: test) }
    }

    private enum Context {
        case article
        case event(Event)
    }

    private func evaluate(_ term: Term, article: Int, context: Context) -> Bool {
        if term.level == .stance {
            let resolved = term.resolved, negated = term.negated
            return index.stancesByArticle[article].contains { negated != stanceTest(resolved, model.stances[$0]) }
        }
        let result: Bool
        switch (term.resolved, context) {
        case (.text(let matcher), _):
            if let known = memos.value(term.memo, article) {
                result = known
            } else {
                result = matcher.matches(index.texts[article], article: model.articles[article])
                memos.set(term.memo, article, result)
            }
        case (.actors(let ids), .article): result = !index.articleActors[article].isDisjoint(with: ids)
        case (.actors(let ids), .event(let event)): result = event.actors.contains { ids.contains($0) }
        case (.eras(let eras), .article): result = index.articleEra[article].map { eras.contains($0) } ?? false
        case (.eras(let eras), .event(let event)): result = eras.contains { model.eras[$0].contains(event.date) }
        case (.years(let range), .article): result = model.articles[article].date.map { range.contains($0.year) } ?? false
        case (.years(let range), .event(let event)): result = range.contains(event.date.year)
        default: result = false
        }
        return term.negated != result
    }

    private func stanceTest(_ resolved: Resolved, _ stance: Stance) -> Bool {
        switch resolved {
        case .holder(let ids): return ids.contains(stance.holder)
        case .target(let ids): return ids.contains(stance.target)
        case .pair(let pairs):
            return pairs.contains { first, second in
                (first.contains(stance.holder) && second.contains(stance.target))
                    || (second.contains(stance.holder) && first.contains(stance.target))
            }
        case .polarity(let polarity): return stance.polarity == polarity
        case .score(let test): return test.accepts(stance.score)
        default: return false
        }
    }
}

/// Remembered text-term results per article, shared by the stance, article and event passes.
private final class MemoTable {
    private var tables: [[UInt8]] = []

    func add(count: Int) -> Int {
        tables.append([UInt8](repeating: 0, count: count))
        return tables.count - 1
    }

    func value(_ table: Int, _ article: Int) -> Bool? {
        let stored = tables[table][article]
        return stored == 0 ? nil : stored == 2
    }

    func set(_ table: Int, _ article: Int, _ value: Bool) {
        tables[table][article] = value ? 2 : 1
    }
}
