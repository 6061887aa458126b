/// The user's confirmed and rejected stances as a gold file (the format `GoldFile` reads and `eval` scores),
/// so the analyst's corrections measure the extractor on their own corpus.
///
/// Only articles with at least one verdict are written. In each: a confirmed stance is required (its cue as
/// the evidence phrase); the stances nobody judged are acceptable, so they neither help nor hurt; a rejected
/// stance is left out, so finding it again counts as a false positive. The gold format compares
/// (holder, target, polarity) after mapping persons to their state: a tuple that is both rejected once and
/// confirmed or unjudged elsewhere in the article stays acceptable. The article's date and era are written as
/// extracted (no verdict is given on them), so they score as right.
public struct GoldExporter: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public func export(_ model: CorpusModel) -> String {
        document(model).serialized(pretty: true)
    }

    public func document(_ model: CorpusModel) -> JSONValue {
        let byArticle = Dictionary(grouping: model.stances.filter { $0.polarity != .neutral }, by: \.article)
        var articles: [(String, JSONValue)] = []
        for (article, analysis) in zip(model.articles, model.analyses) {
            guard let stances = byArticle[article.id], stances.contains(where: { $0.verdict != nil }) else { continue }
            var required: [Tuple: [String]] = [:]
            var acceptable = Set<Tuple>()
            for stance in stances {
                let tuple = Tuple(holder: gazetteer.principal(of: stance.holder), target: gazetteer.principal(of: stance.target),
                                  polarity: stance.polarity)
                guard tuple.holder != tuple.target else { continue }
                switch stance.verdict {
                case .confirmed: required[tuple, default: []].append(stance.cue)
                case nil: acceptable.insert(tuple)
                case .rejected: break
                }
            }
            acceptable.subtract(required.keys)
            articles.append((article.id, .object([
                ("date", .optional(article.date?.iso)), ("date_may_be_unknown", .bool(article.date == nil)),
                ("era", .optional(analysis.era)), ("era_may_be_unknown", .bool(analysis.era == nil)),
                ("stances_required", .array(required.sorted { $0.key < $1.key }.map { tuple, cues in
                    tuple.json(evidence: Array(Set(cues)).sorted())
                })),
                ("stances_acceptable", .array(acceptable.sorted().map { $0.json(evidence: nil) })),
            ])))
        }
        return .object([("articles", .object(articles))])
    }

    private struct Tuple: Hashable, Comparable {
        var holder: String
        var target: String
        var polarity: Stance.Polarity

        static func < (lhs: Tuple, rhs: Tuple) -> Bool {
            (lhs.holder, lhs.target, lhs.polarity.rawValue) < (rhs.holder, rhs.target, rhs.polarity.rawValue)
        }

        func json(evidence: [String]?) -> JSONValue {
            .object([("holder", .string(holder)), ("target", .string(target)), ("polarity", .string(polarity.rawValue))]
                + (evidence.map { [("evidence", JSONValue.array($0.map(JSONValue.string)))] } ?? []))
        }
    }
}
