/// Eras found in the data when no era file or catalogue entry covers the focal pair: the pair's
/// monthly series of mean score per stance, cut by `ChangePoints` into at most six eras, each
/// holding stances, together spanning every month the corpus is dated in.
public enum DetectedEras {
    public static func eras(for pair: [String], in model: CorpusModel, changePoints: ChangePoints = ChangePoints()) -> [Era] {
        eras(from: PairSeries(model: model, pair: pair), changePoints: changePoints)
    }

    public static func eras(from series: PairSeries, changePoints: ChangePoints = ChangePoints()) -> [Era] {
        let months = series.months
        guard let firstMonth = months.first?.index, let lastMonth = months.last?.index else { return [] }
        let pieces = changePoints.segments(months.map(\.mean))
        let spanStart = min(series.span?.lowerBound ?? firstMonth, firstMonth)
        let spanEnd = max(series.span?.upperBound ?? lastMonth, lastMonth)
        var eras: [Era] = []
        for (number, piece) in pieces.enumerated() {
            let from = number == 0 ? spanStart : months[piece.lowerBound].index
            let to = number + 1 < pieces.count ? months[pieces[number + 1].lowerBound].index - 1 : spanEnd
            guard let start = PairSeries.date(ofMonth: from), let end = PairSeries.date(ofMonth: to) else { continue }
            let statistics = Self.statistics(of: months[piece])
            let character = Self.character(statistics.mean)
            let categories = Self.leadingCategories(months[piece])
            let span = "\(start.iso) – \(end.iso)"
            let label = span + " · " + character + (categories.isEmpty ? "" : " (" + categories.joined(separator: ", ") + ")")
            let summary = "\(statistics.stances) stances, mean \(Self.signed(statistics.mean)) per stance: "
                + "\(statistics.cooperative) cooperative, \(statistics.conflictual) conflictual, "
                + "in \(statistics.activeMonths) month\(statistics.activeMonths == 1 ? "" : "s") with stances."
            eras.append(Era(
                id: "detected-\(start.iso)", label: label, start: start, end: end, summary: summary,
                source: .detected, statistics: statistics))
        }
        return eras
    }

    static func statistics(of months: ArraySlice<PairSeries.Month>) -> EraStatistics {
        var statistics = EraStatistics(activeMonths: months.count)
        var net = 0.0
        for month in months {
            statistics.stances += month.stances
            statistics.cooperative += month.cooperative
            statistics.conflictual += month.conflictual
            net += month.net
        }
        statistics.mean = statistics.stances == 0 ? 0 : net / Double(statistics.stances)
        return statistics
    }

    /// A word for a mean score per stance on the Goldstein scale.
    public static func character(_ mean: Double) -> String {
        switch mean {
        case 3...: return "warm"
        case 1..<3: return "cordial"
        case -1..<1: return "mixed"
        case -3 ..< -1: return "strained"
        default: return "hostile"
        }
    }

    /// The two most frequent CAMEO categories, by name (`Reduce relations`), most first, ties alphabetical.
    static func leadingCategories(_ months: ArraySlice<PairSeries.Month>) -> [String] {
        var totals: [String: Int] = [:]
        for month in months { totals.merge(month.categories, uniquingKeysWith: +) }
        return totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).map { name($0.key) }
    }

    /// `04 Consult` → `Consult`.
    static func name(_ category: String) -> String {
        let parts = category.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].allSatisfy(\.isNumber) else { return category }
        return String(parts[1])
    }

    static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "0.0" }
        return (rounded > 0 ? "+" : "") + String(rounded)
    }
}
