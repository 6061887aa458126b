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
    public var evidence: String
    public var line: Int

    public init(
        article: String, holder: String, target: String, polarity: Polarity, score: Double,
        category: String, cue: String, evidence: String, line: Int
    ) {
        self.article = article
        self.holder = holder
        self.target = target
        self.polarity = polarity
        self.score = score
        self.category = category
        self.cue = cue
        self.evidence = evidence
        self.line = line
    }
}
