import Foundation

/// Scores a model against a gold file: persons count as their affiliation, self-stances and neutral ones drop.
public struct Evaluator: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    private struct Tuple: Hashable {
        var holder: String
        var target: String
        var polarity: Stance.Polarity
    }

    public func evaluate(_ model: CorpusModel, against gold: GoldFile) -> Evaluation {
        var result = Evaluation()
        for (id, expected) in gold.articles.sorted(by: { $0.key < $1.key }) {
            result.articles += 1
            let index = model.articles.firstIndex { $0.id == id }
            if index == nil { result.unmatchedArticles.append(id) }
            let article = index.map { model.articleWithBody($0) }
            let analysis = index.map { model.analyses[$0] }
            scoreDate(id, article?.date, expected, into: &result)
            scoreEra(id, analysis?.era, expected, into: &result)
            for actor in expected.actorsRequired ?? [] {
                result.actorsRequired += 1
                let found = analysis?.mentionCounts.keys.contains { gazetteer.principal(of: $0) == actor || $0 == actor } ?? false
                if found { result.actorsFound += 1 } else { result.misses.append("\(id): actor \(actor) not mentioned") }
            }
            let events = model.events.filter { $0.article == id }
            for required in expected.eventsRequired ?? [] {
                result.eventsRequired += 1
                if events.contains(where: { required.date.accepts($0.date) }) {
                    result.eventsFound += 1
                } else {
                    result.misses.append("\(id): no event dated \(required.date.iso)")
                }
            }
            let stances = model.stances.filter { $0.article == id }
            scoreStances(id, stances, expected, into: &result)
            if expected.sentencesWithoutStances == true, let article {
                scoreQuietSentences(id, article, stances, into: &result)
            }
        }
        return result
    }

    private func scoreDate(_ id: String, _ date: PartialDate?, _ expected: GoldFile.ArticleGold, into result: inout Evaluation) {
        let right: Bool
        switch (expected.date, date) {
        case (nil, nil): right = true
        case (let gold?, let predicted?): right = gold.accepts(predicted)
        case (_?, nil): right = expected.dateMayBeUnknown ?? false
        case (nil, _?): right = false
        }
        if right { result.datesRight += 1 } else {
            result.misses.append("\(id): date \(date?.iso ?? "unknown"), gold \(expected.date?.iso ?? "null")")
        }
    }

    private func scoreEra(_ id: String, _ era: String?, _ expected: GoldFile.ArticleGold, into result: inout Evaluation) {
        let right = era == expected.era || (era == nil && (expected.eraMayBeUnknown ?? false))
        if right { result.erasRight += 1 } else {
            result.misses.append("\(id): era \(era ?? "null"), gold \(expected.era ?? "null")")
        }
    }

    private func scoreStances(_ id: String, _ stances: [Stance], _ expected: GoldFile.ArticleGold, into result: inout Evaluation) {
        var predicted: [Tuple: [Stance]] = [:]
        for stance in stances where stance.polarity != .neutral {
            let tuple = Tuple(holder: gazetteer.principal(of: stance.holder), target: gazetteer.principal(of: stance.target),
                              polarity: stance.polarity)
            if tuple.holder != tuple.target { predicted[tuple, default: []].append(stance) }
        }
        let required = expected.stancesRequired ?? []
        let allowed = Set((required + (expected.stancesAcceptable ?? [])).map { Tuple(holder: $0.holder, target: $0.target, polarity: $0.polarity) })
        result.stancesPredicted += predicted.count
        for (tuple, evidence) in predicted.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            if allowed.contains(tuple) { result.stancesCorrect += 1 } else {
                result.misses.append("\(id): unexpected \(tuple.holder) -> \(tuple.target) \(tuple.polarity.rawValue) "
                    + "[\(evidence[0].cue)] line \(evidence[0].line): \(Self.normalised(evidence[0].evidence))")
            }
        }
        for gold in required {
            result.stancesRequired += 1
            let tuple = Tuple(holder: gold.holder, target: gold.target, polarity: gold.polarity)
            guard let found = predicted[tuple] else {
                result.misses.append("\(id): missing \(gold.holder) -> \(gold.target) \(gold.polarity.rawValue)"
                    + Self.goldEvidence(gold))
                continue
            }
            result.stancesFound += 1
            let phrases = (gold.evidence ?? []).map(Self.normalised)
            if phrases.isEmpty || found.contains(where: { stance in phrases.contains { Self.normalised(stance.evidence).contains($0) } }) {
                result.stancesGrounded += 1
            } else {
                result.misses.append("\(id): \(gold.holder) -> \(gold.target) \(gold.polarity.rawValue) found without gold evidence"
                    + Self.goldEvidence(gold) + found.map { " | found line \($0.line): \(Self.normalised($0.evidence))" }.joined())
            }
        }
    }

    /// Counts the article's sentences and those that got a stance between two different principals.
    private func scoreQuietSentences(_ id: String, _ article: Article, _ stances: [Stance], into result: inout Evaluation) {
        result.quietSentences += article.sentences.count { !$0.isBoilerplate }
        var lines: [Int: Stance] = [:]
        for stance in stances where stance.polarity != .neutral
            && gazetteer.principal(of: stance.holder) != gazetteer.principal(of: stance.target) {
            lines[stance.line] = lines[stance.line] ?? stance
        }
        result.quietSentencesWithStance += lines.count
        for (line, stance) in lines.sorted(by: { $0.key < $1.key }) {
            result.misses.append("\(id): stance on a sentence without an act between states, \(gazetteer.principal(of: stance.holder)) -> "
                + "\(gazetteer.principal(of: stance.target)) [\(stance.cue)] line \(line): \(Self.normalised(stance.evidence))")
        }
    }

    /// The gold evidence phrases, for a miss line.
    private static func goldEvidence(_ gold: GoldFile.StanceTuple) -> String {
        guard let phrases = gold.evidence, !phrases.isEmpty else { return "" }
        return ": gold says " + phrases.map { "\"\($0)\"" }.joined(separator: " or ")
    }

    /// Runs of whitespace as one space, so line breaks inside a sentence do not matter.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
