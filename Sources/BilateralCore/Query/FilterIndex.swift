import Foundation

/// What filtering and the timeline need from a `CorpusModel`, computed once per model:
/// folded article text, actors as numbers, each article's era and year, stance and event
/// fields in flat arrays, and the timeline's date order.
///
/// Build it when the model is loaded and pass it to `Filter.apply(to:index:)`; the plain
/// `apply(to:)` keeps the last one built in a cache. Flat arrays of numbers keep a
/// keystroke free of string hashing and of copying model structs.
public struct FilterIndex: Sendable {
    /// Folded article text with its bitmaps and Bloom filters, built when a text term first
    /// needs it (or in the background: `prepareTextInBackground()`), since nothing else reads it.
    let foldedText: FoldedText
    var text: FoldedCorpus { foldedText.corpus }
    var articleCount: Int { foldedText.count }
    let actors: ActorDirectory
    /// Actor numbers (see `ActorDirectory.number(of:)`) each article mentions or has stances and events about.
    let articleActors: [[Int]]
    /// Index into `model.eras` for each article: by its date, else the analysis' era.
    let articleEra: [Int?]
    let articleYear: [Int?]
    /// The years and the months (`year * 12 + month - 1`) articles are dated in, for the timeline's per-period sums.
    let yearSlots: PeriodSlots
    let monthSlots: PeriodSlots
    /// Indices into `model.stances`, per article.
    let stancesByArticle: [[Int]]
    let stanceArticle: [Int?]
    let stanceHolder: [Int]
    let stanceTarget: [Int]
    let stancePolarity: [Stance.Polarity]
    let stanceScore: [Double]
    /// Per stance, whether it counts (`CorpusModel.counts`), so a keystroke's sums read no `Stance`.
    let stanceCounts: [Bool]
    let eventArticle: [Int?]
    let eventActors: [[Int]]
    let eventYear: [Int]
    /// Index into `model.eras` of the era containing each event's date.
    let eventEra: [Int?]
    /// The latest year any article or event is dated.
    let latestYear: Int?
    /// The latest month (`year * 12 + month - 1`) any article is dated.
    let latestMonth: Int?
    /// Recent text patterns' results (shared by copies of this index).
    let textMatches = TextMatchCache()
    /// Recent terms' verdicts, so the terms before the one being typed cost nothing.
    let termVerdicts = TermVerdictCache()
    /// Every article and event in timeline order: by section, then date.
    let timelineOrder: [(section: Int, entry: Timeline.Entry)]
    /// Each article's and event's position in `timelineOrder`.
    let timelinePositions: TimelineOrderPositions
    /// Events that repeat one another, grouped when a timeline first needs them.
    let repeatedEvents = RepeatedEventsCache()
    /// The stances each pair's scores are summed from, found when a timeline first needs them.
    let pairStances = PairStanceTables()

    /// Per event, the article (index into `model.articles`) it comes from; nil when it is not loaded.
    public var eventArticles: [Int?] { eventArticle }

    /// The article (index into `model.articles`) that event `event` comes from; nil when it is not loaded.
    public func article(ofEvent event: Int) -> Int? {
        eventArticle.indices.contains(event) ? eventArticle[event] : nil
    }

    public init(model: CorpusModel) {
        self.init(model: model, foldedText: FoldedText(articles: model.articles, bodies: model.bodies))
    }

    /// - Parameter foldedText: the folded text of `model.articles` (shared with an index of a
    ///   model that differs only in its stances, eras or pair).
    init(model: CorpusModel, foldedText: FoldedText) {
        self.foldedText = foldedText
        let actors = ActorDirectory(model: model)
        self.actors = actors
        var articleByID: [String: Int] = [:]
        for (index, article) in model.articles.enumerated() where articleByID[article.id] == nil {
            articleByID[article.id] = index
        }
        var actorsOf = model.articles.indices.map { index -> Set<Int> in
            guard model.analyses.indices.contains(index) else { return [] }
            let analysis = model.analyses[index]
            return Set(analysis.mentionCounts.keys.map(actors.number(of:)) + analysis.mentions.map { actors.number(of: $0.actor) })
        }
        var stancesByArticle = [[Int]](repeating: [], count: model.articles.count)
        stanceArticle = model.stances.map { articleByID[$0.article] }
        stanceHolder = model.stances.map { actors.number(of: $0.holder) }
        stanceTarget = model.stances.map { actors.number(of: $0.target) }
        stancePolarity = model.stances.map(\.polarity)
        stanceScore = model.stances.map(\.score)
        stanceCounts = model.stances.map(model.counts)
        for (stance, article) in stanceArticle.enumerated() {
            guard let article else { continue }
            stancesByArticle[article].append(stance)
            actorsOf[article].formUnion([stanceHolder[stance], stanceTarget[stance]])
        }
        eventArticle = model.events.map { articleByID[$0.article] }
        eventActors = model.events.map { $0.actors.map(actors.number(of:)) }
        for (event, article) in eventArticle.enumerated() {
            if let article { actorsOf[article].formUnion(eventActors[event]) }
        }
        eventYear = model.events.map(\.date.year)
        eventEra = model.events.map { event in model.eras.firstIndex { $0.contains(event.date) } }
        self.stancesByArticle = stancesByArticle
        articleActors = actorsOf.map { $0.sorted() }
        let articleEra = model.articles.indices.map { Self.era(ofArticle: $0, in: model) }
        self.articleEra = articleEra
        articleYear = model.articles.map { $0.date?.year }
        let articleMonth = model.articles.map { article -> Int? in
            guard let date = article.date, let month = date.month else { return nil }
            return date.year * 12 + month - 1
        }
        yearSlots = PeriodSlots(articleYear)
        monthSlots = PeriodSlots(articleMonth)
        latestYear = (articleYear.compactMap { $0 } + eventYear).max()
        latestMonth = articleMonth.compactMap { $0 }.max()
        timelineOrder = TimelineOrder.entries(model: model, articleEra: articleEra, eventEra: eventEra, eventArticle: eventArticle)
        timelinePositions = TimelineOrderPositions(order: timelineOrder, articleCount: model.articles.count, eventCount: model.events.count)
    }

    /// Starts folding the article text on a background thread, so that the first text term need not wait for it.
    public func prepareTextInBackground() {
        foldedText.prepareInBackground()
    }

    /// True once the folded article text is built: a text term is then answered without waiting.
    /// - Parameter waiting: build it (or wait for it) first.
    public func isTextReady(waiting: Bool = false) -> Bool {
        if waiting { _ = foldedText.corpus }
        return foldedText.isReady
    }

    /// The era an article belongs to: the one containing its date, else the one extraction gave it.
    static func era(ofArticle index: Int, in model: CorpusModel) -> Int? {
        if let date = model.articles[index].date, let era = model.eras.firstIndex(where: { $0.contains(date) }) {
            return era
        }
        guard model.analyses.indices.contains(index), let id = model.analyses[index].era else { return nil }
        return model.eras.firstIndex { $0.id == id }
    }

    /// The index of `model`, reusing the last one built when the model has not changed.
    public static func cached(for model: CorpusModel) -> FilterIndex {
        FilterIndexCache.shared.index(for: model)
    }
}

/// The last few `FilterIndex`es built, so that front ends calling `apply(to:)` at every keystroke
/// do not rebuild them. Comparing models is cheap when they share storage, as copies of one
/// loaded model do. More than one is kept because a dashboard shows a small model of a large
/// corpus's opening articles while the large one's index is built on another thread: one slot
/// would have each evict the other.
final class FilterIndexCache: @unchecked Sendable {
    static let shared = FilterIndexCache()
    private static let capacity = 2

    private let lock = NSLock()
    /// Most recently used last.
    private var entries: [(model: CorpusModel, index: FilterIndex)] = []

    func index(for model: CorpusModel) -> FilterIndex {
        lock.lock()
        if let position = entries.lastIndex(where: { $0.model == model }) {
            let entry = entries.remove(at: position)
            entries.append(entry)
            lock.unlock()
            return entry.index
        }
        // A verdict or another pair changes the model but not its articles: their folded text is kept.
        let text = entries.last { $0.model.articles == model.articles }?.index.foldedText
        lock.unlock()
        let built = FilterIndex(model: model, foldedText: text ?? FoldedText(articles: model.articles, bodies: model.bodies))
        lock.lock()
        // The index of an earlier state of these articles (before a verdict) is not needed again: it goes.
        entries.removeAll { $0.model == model || $0.model.articles == model.articles }
        entries.append((model, built))
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        lock.unlock()
        return built
    }
}
