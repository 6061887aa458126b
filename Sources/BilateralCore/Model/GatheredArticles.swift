/// A corpus model's flat arrays (articles, analyses, events, stances) filled file by file, before the corpus-level
/// step. Extraction appends whole extracted articles; the store's warm open decodes each record straight into a
/// part of its own on a worker thread and appends the part, so no article's own arrays of events and stances are
/// made, held until the end and freed (at 100k articles their holes were a third of the heap).
///
/// Files may arrive out of corpus order (the store's rows are read in table order): each file's place is kept,
/// and `model` puts them in order when they did not come in it.
struct GatheredArticles: Sendable {
    private(set) var articles: [Article] = []
    private(set) var analyses: [ArticleAnalysis] = []
    private(set) var events: [Event] = []
    private(set) var stances: [Stance] = []
    /// Per article, how many of `stances` are its own: an article's stances are together, in article order.
    private(set) var stanceCounts: [Int32] = []
    /// The ids the analyses count (`ExtractedArticle.mentioned`), each once: as shared numbers from decoded
    /// records, as strings from extracted articles.
    private var mentioned = Set<UInt32>()
    private var mentionedNames = Set<String>()
    /// The files appended, in the order they came.
    private var files: [FileSpan] = []

    /// Where one file's articles, events and stances begin in the flat arrays, and its place in the corpus.
    private struct FileSpan: Sendable {
        var place: Int
        var articles: Int
        var events: Int
        var stances: Int
    }

    init() {}

    var articleCount: Int { articles.count }

    /// The articles of the file at corpus position `place`, appended whole (extraction's result).
    mutating func append(file place: Int, _ items: consuming [ExtractedArticle]) {
        beginFile(place)
        for index in items.indices {
            let item = items[index]
            appendArticle(item.article, item.analysis)
            events += item.events
            stances += item.stances
            stanceCounts[stanceCounts.count - 1] = Int32(clamping: item.stances.count)
            mentionedNames.formUnion(item.mentioned)
            // Let the item's own arrays go as they are copied, so both are never held whole at once.
            items[index].events = []
            items[index].stances = []
        }
    }

    /// Starts the file at corpus position `place`: the articles, events and stances appended next are its own.
    mutating func beginFile(_ place: Int) {
        files.append(FileSpan(place: place, articles: articles.count, events: events.count, stances: stances.count))
    }

    /// One article and its analysis; its events and stances follow through `appendEvent` and `appendStance`.
    mutating func appendArticle(_ article: Article, _ analysis: ArticleAnalysis) {
        articles.append(article)
        analyses.append(analysis)
        stanceCounts.append(0)
    }

    mutating func appendEvent(_ event: Event) {
        events.append(event)
    }

    /// A stance of the article appended last.
    mutating func appendStance(_ stance: Stance) {
        stances.append(stance)
        stanceCounts[stanceCounts.count - 1] += 1
    }

    /// The events' and stances' quotes of `pending` moved to the same offsets of `sealed` (see `QuoteArena`).
    mutating func requote(from pending: TextSlice.Storage, to sealed: TextSlice.Storage) {
        for index in events.indices where events[index].sentenceSlice.isSlice(of: pending) {
            events[index].sentenceSlice = events[index].sentenceSlice.rehomed(to: sealed)
        }
        for index in stances.indices where stances[index].evidenceSlice.isSlice(of: pending) {
            stances[index].evidenceSlice = stances[index].evidenceSlice.rehomed(to: sealed)
        }
    }

    mutating func noteMentioned(_ number: UInt32) {
        mentioned.insert(number)
    }

    /// Where the arrays end now, to drop what a file appended when its record turns out damaged midway.
    struct Mark {
        fileprivate var files: Int
        fileprivate var articles: Int
        fileprivate var events: Int
        fileprivate var stances: Int
    }

    var mark: Mark {
        Mark(files: files.count, articles: articles.count, events: events.count, stances: stances.count)
    }

    /// Drops everything appended since `mark` (a decoder notes a file's mentioned ids only once it is whole).
    mutating func rollBack(to mark: Mark) {
        files.removeSubrange(mark.files...)
        articles.removeSubrange(mark.articles...)
        analyses.removeSubrange(mark.articles...)
        stanceCounts.removeSubrange(mark.articles...)
        events.removeSubrange(mark.events...)
        stances.removeSubrange(mark.stances...)
    }

    /// `other`'s files appended after these (a part a worker decoded), each of `waiting`'s files put before the
    /// first of them it precedes in the corpus.
    mutating func append(contentsOf other: consuming GatheredArticles, waiting: inout Waiting) {
        for (index, file) in other.files.enumerated() {
            for (place, items) in waiting.take(before: file.place) { append(file: place, items) }
            appendFile(index, of: other)
        }
        mentioned.formUnion(other.mentioned)
        mentionedNames.formUnion(other.mentionedNames)
    }

    /// The files extracted whole (by corpus position), waiting to be appended in their places among decoded ones.
    struct Waiting {
        private var items: [Int: [ExtractedArticle]]
        private let places: [Int]
        private var next = 0

        init(_ items: [Int: [ExtractedArticle]]) {
            self.items = items
            places = items.keys.sorted()
        }

        /// The waiting files before corpus position `place` (all of them for `Int.max`), in order, let go here.
        mutating func take(before place: Int) -> [(place: Int, items: [ExtractedArticle])] {
            var taken: [(place: Int, items: [ExtractedArticle])] = []
            while next < places.count, places[next] < place {
                taken.append((places[next], items.removeValue(forKey: places[next]) ?? []))
                next += 1
            }
            return taken
        }
    }

    /// Appends the waiting files not appended yet.
    mutating func appendRest(of waiting: inout Waiting) {
        for (place, items) in waiting.take(before: Int.max) { append(file: place, items) }
    }

    /// `other`'s file `index` (its articles, analyses, stance counts, events and stances) appended as one file here.
    private mutating func appendFile(_ index: Int, of other: GatheredArticles) {
        let file = other.files[index]
        let end = other.end(ofFile: index)
        beginFile(file.place)
        articles += other.articles[file.articles..<end.articles]
        analyses += other.analyses[file.articles..<end.articles]
        stanceCounts += other.stanceCounts[file.articles..<end.articles]
        events += other.events[file.events..<end.events]
        stances += other.stances[file.stances..<end.stances]
    }

    /// Where file `index`'s articles, events and stances end in the flat arrays.
    private func end(ofFile index: Int) -> (articles: Int, events: Int, stances: Int) {
        index + 1 < files.count
            ? (files[index + 1].articles, files[index + 1].events, files[index + 1].stances)
            : (articles.count, events.count, stances.count)
    }

    /// Makes room for `count` more articles, and as many more events and stances as given (else they grow as
    /// they come).
    mutating func reserve(articles count: Int, events eventCount: Int = 0, stances stanceCount: Int = 0) {
        articles.reserveCapacity(articles.count + count)
        analyses.reserveCapacity(analyses.count + count)
        stanceCounts.reserveCapacity(stanceCounts.count + count)
        if eventCount > 0 { events.reserveCapacity(events.count + eventCount) }
        if stanceCount > 0 { stances.reserveCapacity(stances.count + stanceCount) }
    }

    /// True when the files came in corpus order.
    var isInOrder: Bool {
        zip(files, files.dropFirst()).allSatisfy { $0.place < $1.place }
    }

    /// The flat arrays in corpus order: as they are when the files came in it, else copied file by file.
    mutating func putInOrder() {
        guard !isInOrder else { return }
        let order = files.indices.sorted { files[$0].place < files[$1].place }
        var sorted = GatheredArticles()
        sorted.reserve(articles: articles.count, events: events.count, stances: stances.count)
        for index in order { sorted.appendFile(index, of: self) }
        sorted.mentioned = mentioned
        sorted.mentionedNames = mentionedNames
        self = sorted
    }

    /// What gathering makes: the model before the corpus-level step, and what that step and the store need to
    /// know of its articles.
    struct Gathered {
        var model: CorpusModel
        /// Per article, how many of the model's stances are its own (an article's stances are together).
        var stanceCounts: [Int32]
        /// Each file's corpus position and how many articles it gave, in corpus order.
        var files: [(place: Int, articles: Int)]
    }

    /// The model of the gathered articles, in corpus order, with the actors they mention and `warnings`; nothing
    /// of the corpus-level step yet.
    /// - Parameter actors: the actors for the mentioned ids (and what they act for), in catalogue order.
    consuming func model(warnings: [LoadWarning], actors: (Set<String>) -> [Actor]) -> Gathered {
        putInOrder()
        let fileCounts = files.indices.map { (place: files[$0].place, articles: end(ofFile: $0).articles - files[$0].articles) }
        var model = CorpusModel()
        model.warnings = warnings
        model.articles = articles
        model.analyses = analyses
        model.events = events
        model.stances = stances
        model.actors = actors(mentionedNames.union(mentioned.map(SharedStrings.string)))
        return Gathered(model: model, stanceCounts: stanceCounts, files: fileCounts)
    }
}
