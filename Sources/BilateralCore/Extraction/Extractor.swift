/// Turns a loaded corpus into the model: mentions, dates, events, eras and stances.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    public let lexicon: CueLexicon
    public let eras: EraCatalogue
    private let finder: MentionFinder

    /// An extractor over the data files shipped in the module bundle.
    public init() {
        self.init(
            gazetteer: (try? Gazetteer.bundled()) ?? Gazetteer(entries: []),
            lexicon: (try? CueLexicon.bundled()) ?? CueLexicon(),
            eras: (try? EraCatalogue.bundled()) ?? EraCatalogue(eras: [])
        )
    }

    /// An extractor over custom data (tests, other country pairs).
    public init(gazetteer: Gazetteer, lexicon: CueLexicon, eras: EraCatalogue) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.eras = eras
        self.finder = MentionFinder(gazetteer: gazetteer)
    }

    public func analyse(_ corpus: Corpus) -> CorpusModel {
        var model = CorpusModel(corpus: corpus)
        model.eras = eras.eras
        var mentioned = Set<String>()
        let typos = WordMemo<MentionIndex.Pattern?>()
        for index in model.articles.indices {
            let result = ArticleExtraction(extractor: self, finder: finder, typos: typos).run(&model.articles[index])
            model.analyses[index] = result.analysis
            let done = index + 1
            Self.reserve(&model.events, adding: result.events.count, done: done, of: model.articles.count)
            model.events += result.events
            Self.reserve(&model.stances, adding: result.stances.count, done: done, of: model.articles.count)
            model.stances += result.stances
            mentioned.formUnion(result.mentioned)
        }
        model.actors = actors(for: mentioned)
        return model
    }

    /// Grows `array` to what the whole corpus will likely need, judged from the articles done so far,
    /// rather than doubling: the events and stances of a large corpus would keep up to twice their room.
    private static func reserve<Element>(_ array: inout [Element], adding count: Int, done: Int, of total: Int) {
        let needed = array.count + count
        // Too few articles to judge from: ordinary growth.
        guard needed > array.capacity, done >= max(16, total / 50) else { return }
        array.reserveCapacity(max(needed, needed * total / done * 17 / 16))
    }

    /// The mentioned actors and the states or organisations they act for, in catalogue order.
    private func actors(for ids: Set<String>) -> [Actor] {
        var wanted = ids
        for id in ids {
            if let affiliation = gazetteer.entry(id)?.affiliation { wanted.insert(affiliation) }
        }
        return gazetteer.entries.filter { wanted.contains($0.id) }.map(\.actor)
    }
}
