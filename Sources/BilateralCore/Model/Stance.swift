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

    /// The sentence as a slice of the article's text, shared with the sentence and its other stances.
    private var storedEvidence: TextSlice
    /// Goldstein scale, -10 (most conflictual) to +10 (most cooperative).
    public var score: Double
    // Ids and categories as shared numbers, the line in 32 bits: a corpus holds tens of thousands of stances.
    private var articleNumber: UInt32
    private var holderNumber: UInt32
    private var targetNumber: UInt32
    private var categoryNumber: UInt32
    // Cues are a lexicon's phrases, repeated across a corpus, and many are longer than a string holds inline.
    private var cueNumber: UInt32
    private var storedLine: Int32
    public var polarity: Polarity
    /// The user's correction, from the store's own tables: never set by extraction.
    public var verdict: StanceVerdict?
    /// True when the stance's article is a near-duplicate copy of another (set by `DuplicateDetection`, a
    /// corpus-level step, never stored with the article): the story's stances count once, from its canonical article.
    public var fromCopy = false

    public var article: String {
        get { SharedStrings.string(articleNumber) }
        set { articleNumber = SharedStrings.number(of: newValue) }
    }

    public var holder: String {
        get { SharedStrings.string(holderNumber) }
        set { holderNumber = SharedStrings.number(of: newValue) }
    }

    public var target: String {
        get { SharedStrings.string(targetNumber) }
        set { targetNumber = SharedStrings.number(of: newValue) }
    }

    /// The words of the sentence that carry the stance.
    public var cue: String {
        get { SharedStrings.string(cueNumber) }
        set { cueNumber = SharedStrings.number(of: newValue) }
    }

    /// The CAMEO root category of the cue.
    public var category: String {
        get { SharedStrings.string(categoryNumber) }
        set { categoryNumber = SharedStrings.number(of: newValue) }
    }

    /// The evidence without a copy.
    var evidenceSlice: TextSlice {
        get { storedEvidence }
        set { storedEvidence = newValue }
    }

    public var evidence: String {
        get { storedEvidence.string }
        set { storedEvidence = TextSlice(newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public init(
        article: String, holder: String, target: String, polarity: Polarity, score: Double,
        category: String, cue: String, evidence: String, line: Int
    ) {
        self.init(
            article: article, holder: holder, target: target, polarity: polarity, score: score,
            category: category, cue: cue, evidenceSlice: TextSlice(evidence), line: line
        )
    }

    /// A stance quoting a slice of a longer text, shared rather than copied.
    init(
        article: String, holder: String, target: String, polarity: Polarity, score: Double,
        category: String, cue: String, evidenceSlice: TextSlice, line: Int
    ) {
        self.init(
            articleNumber: SharedStrings.number(of: article), holderNumber: SharedStrings.number(of: holder),
            targetNumber: SharedStrings.number(of: target), polarity: polarity, score: score,
            categoryNumber: SharedStrings.number(of: category), cueNumber: SharedStrings.number(of: cue),
            evidenceSlice: evidenceSlice, line: line)
    }

    /// A stance whose ids, category and cue are already numbered (the store's decoder numbers them per thread).
    init(
        articleNumber: UInt32, holderNumber: UInt32, targetNumber: UInt32, polarity: Polarity, score: Double,
        categoryNumber: UInt32, cueNumber: UInt32, evidenceSlice: TextSlice, line: Int
    ) {
        self.cueNumber = cueNumber
        self.storedEvidence = evidenceSlice
        self.score = score
        self.articleNumber = articleNumber
        self.holderNumber = holderNumber
        self.targetNumber = targetNumber
        self.categoryNumber = categoryNumber
        self.storedLine = Int32(clamping: line)
        self.polarity = polarity
    }
}
