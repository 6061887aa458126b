extension Filter {
    /// Checks the filter's values against `model`: an actor or era that names nothing is
    /// reported like a syntax error, with the nearest known names, rather than keeping nothing.
    /// - Throws: `FilterError` at the unknown value's term.
    public func validate(against model: CorpusModel) throws(FilterError) {
        try validate(against: model, index: FilterIndex.cached(for: model))
    }

    /// `validate(against:)` with an index built from `model`.
    public func validate(against model: CorpusModel, index: FilterIndex) throws(FilterError) {
        for term in clauses.joined() {
            switch term.kind {
            case .actor(let value), .holder(let value), .target(let value):
                try checkActor(value, term: term, index: index, model: model)
            case .pair(let value):
                let sides = value.split(whereSeparator: { FieldValueParser.pairSeparators.contains($0) })
                // `shinzo-abe-RUS` holds a separator inside a name: only plain two-part pairs are checked.
                if sides.count == 2 {
                    for side in sides { try checkActor(String(side), term: term, index: index, model: model) }
                }
            case .era(let value):
                guard FilterEvaluator.eras(value, in: model.eras).isEmpty else { continue }
                let known = model.eras.map(\.id)
                throw FilterError(
                    message: "unknown era '\(value)'" + Self.suggestion(for: value, among: known, fallback: known),
                    column: term.column)
            default:
                continue
            }
        }
    }

    private func checkActor(_ value: String, term: FilterTerm, index: FilterIndex, model: CorpusModel) throws(FilterError) {
        guard index.actors.resolve(value).isEmpty else { return }
        let names = model.actors.map(\.id) + model.actors.map(\.name)
        let ids = Dictionary(model.actors.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        let nearest = Self.nearest(to: value, among: names).map { ids[$0] ?? $0 }
        var unique: [String] = []
        for id in nearest where !unique.contains(id) { unique.append(id) }
        let hint = unique.isEmpty ? "" : " (did you mean \(unique.prefix(3).joined(separator: ", "))?)"
        throw FilterError(message: "unknown actor '\(value)'\(hint)", column: term.column)
    }

    /// ` (did you mean a, b?)` from the nearest names, else from `fallback`'s first few.
    static func suggestion(for value: String, among names: [String], fallback: [String]) -> String {
        let nearest = nearest(to: value, among: names)
        let shown = nearest.isEmpty ? Array(fallback.prefix(4)) : Array(nearest.prefix(3))
        guard !shown.isEmpty else { return "" }
        return nearest.isEmpty ? " (known: \(shown.joined(separator: ", ")))" : " (did you mean \(shown.joined(separator: ", "))?)"
    }

    /// Names within a few edits of `value` (ignoring case), or that it fuzzily matches, nearest first.
    static func nearest(to value: String, among names: [String]) -> [String] {
        let typed = value.lowercased()
        let limit = max(2, typed.count / 2)
        let scored = names.compactMap { name -> (String, Int)? in
            let distance = editDistance(typed, name.lowercased())
            if distance <= limit { return (name, distance) }
            if typed.count >= 2, FuzzyMatch.score(typed, in: name) != nil { return (name, limit + 1) }
            return nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    /// Levenshtein distance over Characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
