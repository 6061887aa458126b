import Foundation

/// Turns a loaded corpus into the model: mentions, dates, events and stances per article, then for the
/// corpus as a whole its near-duplicate groups (`DuplicateDetection`) and the focal pair and its eras
/// (`RelationshipFocus`).
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    public let lexicon: CueLexicon
    /// The era catalogue: every relationship's eras and landmarks.
    public let catalogue: EraLibrary
    /// Every landmark of the catalogue, which date undated articles whatever the pair turns out to be.
    public let eras: EraCatalogue
    /// Identifies the data the extractor was built from, for the store's extractor version: whoever builds
    /// an extractor from other data files gives their fingerprint (`ExtractorVersion.fingerprint(of:)`).
    public var dataFingerprint: String
    /// Whether `assemble` and `analyse` group near-duplicate articles and count each story once
    /// (`DuplicateDetection`); `--keep-duplicates` turns it off. A corpus-level step: it leaves every
    /// article's own extraction, and so the store's records, as they are.
    public var detectsDuplicates = true
    /// The mention index, built the first time an article is extracted: a corpus read back whole from its store
    /// never needs it, and building it is most of what making an extractor costs.
    private let finder: LazyMentionFinder

    /// An extractor over the built-in data files. They are compiled in and checked by the tests
    /// (BuiltinDataTests), so this cannot fail in a tested build; the executable goes through
    /// `DataFiles.extractor()`, which reports a failure as an error instead.
    public init() {
        do {
            self = try DataFiles.builtin.extractor()
        } catch {
            preconditionFailure("bilateral: \(error.description)")
        }
    }

    /// An extractor over custom data (tests, other country pairs), with one relationship's eras.
    public init(gazetteer: Gazetteer, lexicon: CueLexicon, eras: EraCatalogue, dataFingerprint: String = "custom") {
        self.init(gazetteer: gazetteer, lexicon: lexicon, catalogue: EraLibrary(relationships: [eras]), dataFingerprint: dataFingerprint)
    }

    /// An extractor over custom data and a whole era catalogue.
    public init(gazetteer: Gazetteer, lexicon: CueLexicon, catalogue: EraLibrary, dataFingerprint: String = "custom") {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.catalogue = catalogue
        self.eras = catalogue.landmarks
        self.dataFingerprint = dataFingerprint
        self.finder = LazyMentionFinder(gazetteer: gazetteer)
    }

    /// True once this extractor (or a copy of it) has extracted an article and so built its mention index.
    var hasBuiltMentionIndex: Bool { finder.isBuilt }

    /// The version stored with what this extractor extracts.
    public var version: String { ExtractorVersion.current(data: dataFingerprint) }

    /// Extracts every article, then focuses on the inferred pair with the catalogue's eras (or detected ones).
    public func analyse(_ corpus: Corpus) -> CorpusModel {
        assemble(extract(corpus.articles), warnings: corpus.warnings)
    }

    /// Extracts every article, then focuses on `pair` (nil: inferred), asking `eraFile` for eras before the catalogue.
    public func analyse(_ corpus: Corpus, pair: [String]?, eraFile: EraLibrary?) -> CorpusModel {
        var model = extractArticles(corpus)
        if detectsDuplicates { DuplicateDetection.apply(to: &model) }
        RelationshipFocus.apply(to: &model, pair: pair, sources: EraSources(file: eraFile, catalogue: catalogue))
        return model
    }

    /// The per-article step alone: no pair and no eras yet.
    public func extractArticles(_ corpus: Corpus) -> CorpusModel {
        gather(extract(corpus.articles), warnings: corpus.warnings)
    }

    /// Extracts each article on its own, on every core; the result is in the order of `articles`.
    public func extract(_ articles: [Article]) -> [ExtractedArticle] {
        guard !articles.isEmpty else { return [] }
        let finder = finder.value
        return ParallelMap.map(articles, makeWorker: { WordMemo<MentionIndex.Pattern?>() }) { article, typos in
            extract(article, finder: finder, typos: typos)
        }
    }

    /// Extracts one article.
    /// - Parameter typos: one-edit name matches, kept across the articles one thread extracts.
    func extract(_ article: Article, typos: WordMemo<MentionIndex.Pattern?>? = nil) -> ExtractedArticle {
        extract(article, finder: finder.value, typos: typos)
    }

    private func extract(_ article: Article, finder: MentionFinder, typos: WordMemo<MentionIndex.Pattern?>?) -> ExtractedArticle {
        var article = article
        let result = ArticleExtraction(extractor: self, finder: finder, typos: typos).run(&article)
        return ExtractedArticle(
            article: article, analysis: result.analysis, events: result.events, stances: result.stances, mentioned: result.mentioned)
    }

    /// The corpus model of articles extracted one by one (in parallel, or read back from the store), focused
    /// on the inferred pair with the catalogue's eras: a pure function of the articles, so the store may call it.
    public func assemble(_ extracted: consuming [ExtractedArticle], warnings: [LoadWarning] = []) -> CorpusModel {
        var memo = DuplicateMemo()
        return assemble(consume extracted, warnings: warnings, identities: nil, memo: &memo)
    }

    /// As `assemble(_:warnings:)`, the duplicate step asking `memo` first for what an earlier run learnt of the
    /// articles with `identities` (one per extracted article; see `DuplicateMemo`), as the store's warm open does.
    func assemble(
        _ extracted: consuming [ExtractedArticle], warnings: [LoadWarning], identities: [UInt64?]?, memo: inout DuplicateMemo
    ) -> CorpusModel {
        assemble(gathered: gather(consume extracted, warnings: warnings), identities: identities, memo: &memo)
    }

    /// As `assemble(_:warnings:identities:memo:)`, for a model gathered already (`finish(_:warnings:)`).
    func assemble(
        gathered model: consuming CorpusModel, identities: [UInt64?]?, memo: inout DuplicateMemo, bodies: ArticleBodies = ArticleBodies()
    ) -> CorpusModel {
        var model = model
        model.bodies = bodies
        // Before the focus: copies' stances must not choose the pair or shape detected eras.
        if detectsDuplicates {
            if let identities {
                DuplicateDetection.apply(to: &model, identities: identities, memo: &memo)
            } else {
                DuplicateDetection.apply(to: &model)
            }
        }
        RelationshipFocus.apply(to: &model, sources: EraSources(catalogue: catalogue))
        return model
    }

    /// The corpus model when the corpus-level results are known already: the duplicate groups and the focal pair
    /// the store's snapshot kept for exactly these articles (see `CorpusSnapshot`); the eras are looked up again.
    /// The model is gathered already (`finish(_:warnings:)`).
    func assemble(
        gathered model: consuming CorpusModel, knownGroups: [DuplicateGroup], knownPair: [String], bodies: ArticleBodies = ArticleBodies()
    ) -> CorpusModel {
        var model = model
        model.bodies = bodies
        if detectsDuplicates {
            model.duplicates = Duplicates(groups: knownGroups)
            DuplicateDetection.markCopies(in: &model)
        }
        RelationshipFocus.apply(to: &model, pair: knownPair, sources: EraSources(catalogue: catalogue))
        return model
    }

    /// The extracted articles in one model, before the corpus-level step. Each article's own arrays are let go as
    /// they are copied into the model's flat ones, so a caller that hands over its only copy never holds both
    /// whole at once.
    func gather(_ extracted: consuming [ExtractedArticle], warnings: [LoadWarning]) -> CorpusModel {
        var gathering = GatheredArticles()
        // Exactly the room needed: the events and stances of a large corpus would keep up to twice their room.
        gathering.reserve(
            articles: extracted.count, events: extracted.reduce(0) { $0 + $1.events.count },
            stances: extracted.reduce(0) { $0 + $1.stances.count })
        gathering.append(file: 0, consume extracted)
        return finish(gathering, warnings: warnings).model
    }

    /// The model of articles gathered file by file (see `GatheredArticles`), with the actors they mention.
    func finish(_ gathering: consuming GatheredArticles, warnings: [LoadWarning]) -> GatheredArticles.Gathered {
        gathering.model(warnings: warnings, actors: actors(for:))
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
