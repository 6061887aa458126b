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
        for index in model.articles.indices {
            let result = ArticleExtraction(extractor: self, finder: finder).run(&model.articles[index])
            model.analyses[index] = result.analysis
            model.events += result.events
            model.stances += result.stances
            mentioned.formUnion(result.analysis.mentionCounts.keys)
        }
        model.actors = actors(for: mentioned)
        return model
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
