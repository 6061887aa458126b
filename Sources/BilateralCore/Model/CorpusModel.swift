/// What extraction found in one article.
public struct ArticleAnalysis: Sendable, Equatable {
    public var article: String
    /// The era the article belongs to, from its date or strong evidence.
    public var era: String?
    /// Mentions per actor id (persons and bodies under their own id).
    public var mentionCounts: [String: Int] {
        get {
            let counts = explicitCounts ?? packed.counts.map { MentionCount(actor: $0.actor, count: Int32(clamping: $0.count)) }
            return Dictionary(uniqueKeysWithValues: counts.map { (SharedStrings.string($0.actor), Int($0.count)) })
        }
        set {
            let counts = newValue.map { MentionCount(actor: SharedStrings.number(of: $0.key), count: Int32(clamping: $0.value)) }
                .sorted { $0.actor < $1.actor }
            let tally = packed.counts.map { MentionCount(actor: $0.actor, count: Int32(clamping: $0.count)) }
            explicitCounts = counts == tally ? nil : counts
        }
    }

    /// Every mention, in text order, for highlighting.
    public var mentions: [Mention] {
        get { packed.mentions }
        set {
            // Counts are their own value: replacing the mentions leaves them as they were.
            let counts = mentionCounts
            packed = PackedMentions(newValue)
            mentionCounts = counts
        }
    }

    private struct MentionCount: Sendable, Equatable {
        var actor: UInt32
        var count: Int32
    }

    private var packed: PackedMentions
    // Nil when the counts are the tally of `mentions`, as extraction makes them: nothing more to keep.
    private var explicitCounts: [MentionCount]?

    public init(article: String, era: String? = nil, mentionCounts: [String: Int] = [:], mentions: [Mention] = []) {
        self.article = article
        self.era = era
        self.packed = PackedMentions(mentions)
        self.mentionCounts = mentionCounts
    }

    /// An analysis whose counts are the tally of its mentions, as extraction makes it: nothing to compare or keep.
    init(article: String, era: String?, talliedMentions: [Mention]) {
        self.article = article
        self.era = era
        self.packed = PackedMentions(talliedMentions)
        self.explicitCounts = nil
    }
}

/// The shared core model every front end reads: the corpus and what was extracted from it.
public struct CorpusModel: Sendable, Equatable {
    /// The focal relationship: two actor ids, as `--pair` named them or as inferred (empty before that step).
    public var pair: [String] = []
    public var eras: [Era]
    /// The actors mentioned anywhere in the corpus (and the states and organisations they act for).
    public var actors: [Actor]
    public var articles: [Article]
    /// One entry per article, in the same order as `articles`.
    public var analyses: [ArticleAnalysis]
    public var events: [Event]
    public var stances: [Stance]
    public var warnings: [LoadWarning]
    /// The user's read marks, bookmarks and notes, by `Article.marksKey` (the store's own tables; empty without one).
    public var marks: [String: ArticleMarks] = [:]
    /// Near-duplicate articles grouped under a canonical one (`DuplicateDetection`; empty when it did not run).
    public var duplicates = Duplicates()
    /// Where the bodies of articles held without them are read back from (`articleWithBody(_:)`).
    public var bodies = ArticleBodies()

    public init(
        eras: [Era] = [], actors: [Actor] = [], articles: [Article] = [], analyses: [ArticleAnalysis] = [],
        events: [Event] = [], stances: [Stance] = [], warnings: [LoadWarning] = []
    ) {
        self.eras = eras
        self.actors = actors
        self.articles = articles
        self.analyses = analyses
        self.events = events
        self.stances = stances
        self.warnings = warnings
    }

    /// A model of the corpus with nothing extracted yet.
    public init(corpus: Corpus) {
        self.init(
            articles: corpus.articles,
            analyses: corpus.articles.map { ArticleAnalysis(article: $0.id) },
            warnings: corpus.warnings
        )
    }

    public func analysis(of articleID: String) -> ArticleAnalysis? {
        analyses.first { $0.article == articleID }
    }

    public func actor(_ id: String) -> Actor? {
        actors.first { $0.id == id }
    }
}
