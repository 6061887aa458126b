/// A directed attitude of one actor toward another, with the sentence that shows it.
public struct Stance: Sendable, Hashable {
    public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable {
        case cooperative, conflictual, neutral

        /// `+`, `-` or `=`, as the dashboard and filter language write it.
        public var sign: String {
            switch self {
            case .cooperative: return "+"
            case .conflictual: return "-"
            case .neutral: return "="
            }
        }

        /// The polarity a Goldstein score falls in.
        public init(score: Double) {
            self = score > 0 ? .cooperative : (score < 0 ? .conflictual : .neutral)
        }
    }

    public var article: String
    public var holder: String
    public var target: String
    public var polarity: Polarity
    /// Goldstein scale, -10 (most conflictual) to +10 (most cooperative).
    public var score: Double
    /// The CAMEO root category of the cue.
    public var category: String
    /// The words of the sentence that carry the stance.
    public var cue: String
    /// The sentence as a slice of the article's text, shared with the sentence and its other stances.
    private var storedEvidence: Substring

    public var evidence: String {
        get { String(storedEvidence) }
        set { storedEvidence = Substring(newValue) }
    }

    public var line: Int

    public init(
        article: String, holder: String, target: String, polarity: Polarity, score: Double,
        category: String, cue: String, evidence: String, line: Int
    ) {
        self.init(
            article: article, holder: holder, target: target, polarity: polarity, score: score,
            category: category, cue: cue, evidenceSlice: Substring(evidence), line: line
        )
    }

    /// A stance quoting a slice of a longer text, shared rather than copied.
    init(
        article: String, holder: String, target: String, polarity: Polarity, score: Double,
        category: String, cue: String, evidenceSlice: Substring, line: Int
    ) {
        self.article = article
        self.holder = holder
        self.target = target
        self.polarity = polarity
        self.score = score
        self.category = category
        self.cue = cue
        self.storedEvidence = evidenceSlice
        self.line = line
    }
}
