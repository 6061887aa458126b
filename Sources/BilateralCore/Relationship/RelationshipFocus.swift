/// The corpus-level step after per-article extraction: which relationship the corpus is about,
/// its eras, and each article's era. A pure function of the extracted model, the pair asked for
/// (nil: inferred) and the era sources, so a cache of per-article results can re-run it at will.
public enum RelationshipFocus {
    /// Sets `model.pair`, `model.eras` and every analysis' `era`.
    /// - Parameters:
    ///   - pair: two actor ids in the order to show them, or nil to infer the pair from the stances.
    ///   - sources: the user's era file and the built-in catalogue, asked in that order before detection.
    public static func apply(to model: inout CorpusModel, pair: [String]? = nil, sources: EraSources) {
        let focal = pair ?? inferredPair(of: model, sources: sources)
        let eras = focal.count == 2 ? (sources.eras(for: focal) ?? DetectedEras.eras(for: focal, in: model)) : []
        model.pair = focal
        model.eras = eras
        for index in model.analyses.indices {
            let date = model.articles.indices.contains(index) ? model.articles[index].date : nil
            model.analyses[index].era = date.flatMap { date in eras.first { $0.contains(date) }?.id }
        }
    }

    /// The model refocused on another pair, as the dashboard's pair picker asks.
    public static func refocused(_ model: CorpusModel, on pair: [String], sources: EraSources) -> CorpusModel {
        var copy = model
        apply(to: &copy, pair: pair, sources: sources)
        return copy
    }

    /// The pair with the most stances, in the order its era source writes it (else the more mentioned
    /// first); with no stance between two states, the first relationship the sources know.
    public static func inferredPair(of model: CorpusModel, sources: EraSources) -> [String] {
        inferredPair(found: PairTable.focalPair(in: model)?.pair, sources: sources)
    }

    /// As `inferredPair(of:sources:)`, given the focal pair of the stances (`PairTable.focalPair`, or the same
    /// figures from a `PairTally`).
    static func inferredPair(found: [String]?, sources: EraSources) -> [String] {
        guard let found else {
            return sources.file?.relationships.first?.pair ?? sources.catalogue.relationships.first?.pair ?? []
        }
        let written = sources.file?.relationship(for: found)?.pair ?? sources.catalogue.relationship(for: found)?.pair
        return written.map { Set($0) == Set(found) ? $0 : found } ?? found
    }
}
