/// The stances between two states or organisations, both directions together.
public struct PairSummary: Sendable, Hashable {
    /// Two principal ids: the more mentioned first (ties alphabetical), unless a catalogue or the user orders them.
    public var pair: [String]
    public var stances: Int = 0
    public var cooperative: Int = 0
    public var conflictual: Int = 0
    /// Sum of the Goldstein scores.
    public var net: Double = 0
    /// Mentions of the two, persons and bodies counted as the state they act for.
    public var mentions: Int = 0
    /// The dates of the earliest and latest dated articles holding these stances.
    public var from: PartialDate?
    public var to: PartialDate?
    /// Two states, or a state and an organisation: what the focal pair may be.
    public var isFocalCandidate: Bool = false

    public init(pair: [String]) {
        self.pair = pair
    }

    /// Mean score per stance; 0 without stances.
    public var mean: Double { stances == 0 ? 0 : net / Double(stances) }

    /// `RUS-JPN`.
    public var key: String { pair.joined(separator: "-") }
}

/// Every pair of states and organisations with stances between them, and the focal pair.
public enum PairTable {
    /// Pairs by stance count, then mentions, then alphabetically; persons and bodies counted as the state
    /// they act for, stances of an actor toward itself (after that) ignored, only counted stances.
    public static func pairs(in model: CorpusModel) -> [PairSummary] {
        var reading = Reading(model)
        var mentions: [String: Int] = [:]
        for analysis in model.analyses {
            for (actor, count) in analysis.mentionCounts { mentions[reading.principal(actor), default: 0] += count }
        }
        var dates: [String: PartialDate] = [:]
        for article in model.articles { if let date = article.date { dates[article.id] = date } }
        var table: [Set<String>: PairSummary] = [:]
        for stance in model.stances where model.counts(stance) {
            guard let (holder, target) = reading.pair(of: stance) else { continue }
            let key: Set<String> = [holder, target]
            var summary = table[key] ?? PairSummary(pair: ordered(holder, target, mentions: mentions))
            summary.stances += 1
            summary.net += stance.score
            if stance.polarity == .cooperative { summary.cooperative += 1 }
            if stance.polarity == .conflictual { summary.conflictual += 1 }
            if let date = dates[stance.article] {
                if summary.from.map({ date < $0 }) ?? true { summary.from = date }
                if summary.to.map({ $0 < date }) ?? true { summary.to = date }
            }
            table[key] = summary
        }
        return table.values.map { summary in
            var summary = summary
            summary.mentions = summary.pair.reduce(0) { $0 + (mentions[$1] ?? 0) }
            summary.isFocalCandidate = reading.isFocalCandidate(summary.pair)
            return summary
        }.sorted(by: precedes)
    }

    /// The pair the corpus is about: the two states (or a state and an organisation) with the most stances
    /// between them; ties by mentions, then alphabetically. Nil when no two such actors have a stance.
    public static func focalPair(in model: CorpusModel) -> PairSummary? {
        pairs(in: model).first(where: \.isFocalCandidate)
    }

    /// Whether the corpus has more than one major relationship: the second pair holds at least half as
    /// many stances as the first, which holds at least five. Such a corpus opens on the overview.
    public static func hasSeveralMajorPairs(_ pairs: [PairSummary]) -> Bool {
        let candidates = pairs.filter(\.isFocalCandidate)
        guard candidates.count >= 2, candidates[0].stances >= 5 else { return false }
        return candidates[1].stances * 2 >= candidates[0].stances
    }

    /// More stances first, then more mentions, then the alphabetical key of the two ids sorted.
    static func precedes(_ left: PairSummary, _ right: PairSummary) -> Bool {
        if left.stances != right.stances { return left.stances > right.stances }
        if left.mentions != right.mentions { return left.mentions > right.mentions }
        return left.pair.sorted().joined(separator: "-") < right.pair.sorted().joined(separator: "-")
    }

    static func ordered(_ first: String, _ second: String, mentions: [String: Int]) -> [String] {
        let (a, b) = (mentions[first] ?? 0, mentions[second] ?? 0)
        return a > b || (a == b && first < second) ? [first, second] : [second, first]
    }
}

extension PairTable {
    /// How the table reads a model's stances and mentions: persons and bodies as the state they act for, and
    /// which pairs of principals count. One reading, so `PairTally`'s per-article counts agree with the table.
    struct Reading {
        private let affiliations: [String: String]
        private let model: CorpusModel
        private var kinds: [String: Actor.Kind] = [:]
        private var principals: [String: String] = [:]

        init(_ model: CorpusModel) {
            self.model = model
            affiliations = model.affiliations
            for actor in model.actors { kinds[actor.id] = actor.kind }
        }

        mutating func principal(_ id: String) -> String {
            if let known = principals[id] { return known }
            let found = model.principal(of: id, affiliations: affiliations)
            principals[id] = found
            return found
        }

        /// The stance's principals when their pair is one the table keeps (two different principals, at least
        /// one a state, both states or organisations); nil otherwise. Whether the stance counts is asked apart.
        mutating func pair(of stance: Stance) -> (holder: String, target: String)? {
            let holder = principal(stance.holder), target = principal(stance.target)
            guard holder != target, isState(kinds[holder]) || isState(kinds[target]),
                  isStateOrOrganisation(kinds[holder]), isStateOrOrganisation(kinds[target]) else { return nil }
            return (holder, target)
        }

        func isFocalCandidate(_ pair: [String]) -> Bool {
            pair.count == 2 && (kinds[pair[0]] == .state || kinds[pair[1]] == .state)
        }

        private func isState(_ kind: Actor.Kind?) -> Bool { kind == .state }

        private func isStateOrOrganisation(_ kind: Actor.Kind?) -> Bool { kind == .state || kind == .organisation }
    }
}
