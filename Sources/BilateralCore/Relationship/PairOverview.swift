/// What the overview shows of one pair: its table row and the trend between its last two eras.
public struct PairTrend: Sendable, Equatable {
    public var summary: PairSummary
    /// Mean score per stance in the pair's second-to-last and last eras that hold stances (nil: fewer eras).
    public var previousMean: Double?
    public var lastMean: Double?

    /// Last era's mean minus the one before; nil without two eras to compare.
    public var change: Double? {
        guard let previousMean, let lastMean else { return nil }
        return lastMean - previousMean
    }
}

/// The overview's figures: the top pairs with their trends, and per-era statistics of any pair.
public enum PairOverview {
    /// The `limit` pairs with the most stances, each with the trend over its own eras (file, catalogue or detected).
    public static func topPairs(in model: CorpusModel, sources: EraSources, limit: Int = 8) -> [PairTrend] {
        PairTable.pairs(in: model).prefix(limit).map { summary in
            let eras = sources.eras(for: summary.pair) ?? DetectedEras.eras(for: summary.pair, in: model)
            let held = statistics(of: summary.pair, in: eras, model: model).filter { $0.stances > 0 }
            return PairTrend(
                summary: summary, previousMean: held.count >= 2 ? held[held.count - 2].mean : nil,
                lastMean: held.count >= 2 ? held.last?.mean : nil)
        }
    }

    /// The counted stances of `pair` in each of `eras`, by their article's date.
    public static func statistics(of pair: [String], in eras: [Era], model: CorpusModel) -> [EraStatistics] {
        let series = PairSeries(model: model, pair: pair)
        return eras.map { era in
            let months = series.months.filter { month in month.date.map(era.contains) ?? false }
            return DetectedEras.statistics(of: months[...])
        }
    }
}
