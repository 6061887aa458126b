/// The scores of an extraction against a gold file, by the rules of the export contract.
public struct Evaluation: Sendable, Equatable {
    public var stancesPredicted = 0
    public var stancesCorrect = 0
    public var stancesRequired = 0
    public var stancesFound = 0
    public var stancesGrounded = 0
    public var articles = 0
    public var datesRight = 0
    public var erasRight = 0
    public var actorsRequired = 0
    public var actorsFound = 0
    public var eventsRequired = 0
    public var eventsFound = 0
    /// Sentences of articles marked as reporting no act between states, and those that got a stance anyway.
    public var quietSentences = 0
    public var quietSentencesWithStance = 0
    /// Gold article ids that no article of the corpus has: scored as misses, and worth a warning
    /// (a gold file for another corpus scores nothing at all).
    public var unmatchedArticles: [String] = []
    /// What went wrong, one line each, for `--verbose`.
    public var misses: [String] = []

    public var precision: Double { ratio(stancesCorrect, stancesPredicted) }
    public var recall: Double { ratio(stancesFound, stancesRequired) }
    public var grounded: Double { ratio(stancesGrounded, stancesRequired) }
    public var actorRecall: Double { ratio(actorsFound, actorsRequired) }
    public var eventRecall: Double { ratio(eventsFound, eventsRequired) }
    /// The share of sentences without an act between states that got a stance (0 when none were marked).
    public var falsePositiveRate: Double { quietSentences == 0 ? 0 : Double(quietSentencesWithStance) / Double(quietSentences) }

    /// Nothing to find counts as all found.
    private func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 1 : Double(part) / Double(whole)
    }

    /// One line per figure, then the summary line the contract fixes.
    public var report: [String] {
        [
            "stances precision: \(format(precision)) (\(stancesCorrect)/\(stancesPredicted) predicted tuples required or acceptable)",
            "stances recall: \(format(recall)) (\(stancesFound)/\(stancesRequired) required tuples predicted)",
            "stances grounded: \(format(grounded)) (\(stancesGrounded)/\(stancesRequired) with gold evidence)",
            "dates: \(datesRight)/\(articles)",
            "eras: \(erasRight)/\(articles)",
            "actors: \(format(actorRecall)) (\(actorsFound)/\(actorsRequired))",
            "events: \(format(eventRecall)) (\(eventsFound)/\(eventsRequired))",
        ] + (quietSentences == 0 ? [] : [
            "false positives: \(String(format: "%.1f", falsePositiveRate * 100))% "
                + "(\(quietSentencesWithStance)/\(quietSentences) sentences without an act between states got a stance)",
        ]) + [summary]
    }

    public var summary: String {
        "eval: stances P=\(format(precision)) R=\(format(recall)) grounded=\(format(grounded)) "
            + "dates=\(datesRight)/\(articles) eras=\(erasRight)/\(articles) "
            + "actors=\(format(actorRecall)) events=\(format(eventRecall))"
    }

    private func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
