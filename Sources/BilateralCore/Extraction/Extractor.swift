/// Turns a loaded corpus into the model: mentions, dates, events, eras and stances.
///
/// Placeholder until the extraction engine lands: it carries the articles through unchanged.
public struct Extractor: Sendable {
    public init() {}

    public func analyse(_ corpus: Corpus) -> CorpusModel {
        CorpusModel(corpus: corpus)
    }
}
