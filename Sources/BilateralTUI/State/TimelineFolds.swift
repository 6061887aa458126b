/// Which parts of the timeline are folded: eras (by era id) and articles (by article id).
///
/// Each is a default with the exceptions the user toggled, so folding everything (`[`) is one
/// flag at any corpus size, the session stays small, and a fold survives filters and
/// re-extraction because it names eras and articles, not row positions.
public struct TimelineFolds: Sendable, Hashable, Codable {
    /// Folded-by-default plus the keys toggled away from the default.
    public struct FoldSet: Sendable, Hashable, Codable {
        public var foldedByDefault: Bool
        public var toggled: Set<String>

        public init(foldedByDefault: Bool = false, toggled: Set<String> = []) {
            self.foldedByDefault = foldedByDefault
            self.toggled = toggled
        }

        public func isFolded(_ key: String) -> Bool { foldedByDefault != toggled.contains(key) }

        public mutating func toggle(_ key: String) {
            if toggled.contains(key) { toggled.remove(key) } else { toggled.insert(key) }
        }

        public mutating func set(_ key: String, folded: Bool) {
            if isFolded(key) != folded { toggle(key) }
        }

        /// True when nothing is folded.
        public var isOpen: Bool { !foldedByDefault && toggled.isEmpty }
    }

    /// A folded era shows only its header and score line.
    public var eras = FoldSet()
    /// A folded article hides its events (which stay at their dates while it is open).
    public var articles = FoldSet()

    public init(eras: FoldSet = FoldSet(), articles: FoldSet = FoldSet()) {
        self.eras = eras
        self.articles = articles
    }

    /// Past this many articles the timeline opens with every article folded: eras with their
    /// counts and articles one per line, events hidden until an article is unfolded. At 5,000
    /// articles the unfolded timeline is ~28,000 rows; at the size of a reading list (the seeds,
    /// a few dozen articles) events in date order are the point of the pane, so nothing is folded.
    public static let foldArticlesAbove = 200

    /// The default for a corpus of `articleCount` articles (see `foldArticlesAbove`).
    public static func initial(articleCount: Int) -> TimelineFolds {
        TimelineFolds(articles: FoldSet(foldedByDefault: articleCount > foldArticlesAbove))
    }

    /// `[`: every era and every article folded.
    public static let allFolded = TimelineFolds(eras: FoldSet(foldedByDefault: true), articles: FoldSet(foldedByDefault: true))

    /// The key of the "No era" section, which has no id (era ids are never empty).
    public static let noEraKey = ""

    public var isOpen: Bool { eras.isOpen && articles.isOpen }
}
