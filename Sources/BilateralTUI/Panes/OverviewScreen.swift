import BilateralCore
import TerminalUI

/// The `O` screen: the focal pair against the corpus, the top pairs with their trends, and the focal
/// pair's eras with their summaries and figures.
struct OverviewScreen: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        grid.fill(area)
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: "Overview · \(state.corpusName)",
            titleStyle: theme.focusedTitle, trailing: "p pair · t chart · Esc close", ascii: theme.ascii
        ).render(in: area, into: &grid)
        let inner = Box.inner(area)
        guard !inner.isEmpty else { return }
        var lines: [(String, Style)] = []
        let overview = state.overview
        let names = state.pair.map(state.actorName).joined(separator: " – ")
        let focal = overview.pairs.first { Set($0.summary.pair) == Set(state.pair) }?.summary
        let focalStances = focal?.stances ?? 0
        let share = overview.totalStances == 0 ? 0 : focalStances * 100 / overview.totalStances
        let source = state.model.eras.first?.source.rawValue ?? "none"
        lines.append(("\(names): \(focalStances) of \(overview.totalStances) stances (\(share)%) · "
            + "\(overview.focalArticles) of \(state.model.articles.count) articles · "
            + "\(overview.focalEvents) of \(state.model.events.count) events · eras: \(source)", theme.eraHeader))
        lines.append(("", .plain))
        lines.append((Self.columns("Top pairs", "stances", "mean/st", "last two eras", width: inner.width), theme.paneTitle))
        for trend in overview.pairs {
            let isFocal = Set(trend.summary.pair) == Set(state.pair)
            let shown = isFocal ? state.pair : trend.summary.pair
            let label = (isFocal ? "* " : "  ") + state.pairLabel(shown, columns: Self.labelWidth(inner.width) - 2)
            var change = "–"
            if let previous = trend.previousMean, let last = trend.lastMean, let delta = trend.change {
                let arrow = delta > 0.5 ? (theme.ascii ? "up" : "↑") : (delta < -0.5 ? (theme.ascii ? "down" : "↓") : "=")
                change = "\(TimelinePane.signed(previous)) > \(TimelinePane.signed(last)) \(arrow)"
            }
            lines.append((Self.columns(label, String(trend.summary.stances), TimelinePane.signed(trend.summary.mean), change, width: inner.width),
                          isFocal ? theme.focusedTitle : .plain))
        }
        if overview.pairs.isEmpty { lines.append(("  no stances between states", theme.faint)) }
        lines.append(("", .plain))
        lines.append(("Eras of \(names)", theme.paneTitle))
        if state.model.eras.isEmpty { lines.append(("  no eras: no dated stances between them", theme.faint)) }
        for (era, figures) in zip(state.model.eras, overview.eraStatistics) {
            let counts = "\(figures.stances) st · \(TimelinePane.signed(figures.mean))/st · \(figures.cooperative)+ \(figures.conflictual)-"
            lines.append(("\(TimelinePane.heading(era)) · \(counts)", theme.eraHeader))
            for line in WordWrap.lines(era.summary, width: max(10, inner.width - 4)) { lines.append(("    " + line, .plain)) }
        }
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            grid.write(line.0, x: inner.x, y: inner.y + offset, style: line.1, limit: inner.width, ascii: theme.ascii)
        }
    }

    /// The label column's width: what the numbers leave of `width`.
    static func labelWidth(_ width: Int) -> Int { max(10, width - 40) }

    /// `label  stances  mean  trend`, the label taking what the numbers leave.
    static func columns(_ label: String, _ count: String, _ mean: String, _ trend: String, width: Int) -> String {
        let labelWidth = Self.labelWidth(width)
        let name = label.displayWidth > labelWidth ? String(label.prefix(labelWidth - 1)) + "…" : label.padding(toColumns: labelWidth)
        func right(_ text: String, _ columns: Int) -> String { String(repeating: " ", count: max(0, columns - text.count)) + text }
        return name + right(count, 8) + right(mean, 9) + "  " + trend
    }
}

/// The overview's figures, computed when the overview is shown rather than at every frame.
public struct OverviewFigures: Sendable, Equatable {
    /// How many pairs the overview lists.
    static let pairLimit = 8

    public var pairs: [PairTrend] = []
    public var eraStatistics: [EraStatistics] = []
    public var totalStances = 0
    public var focalArticles = 0
    public var focalEvents = 0

    public init() {}

    init(model: CorpusModel, pair: [String], sources: EraSources) {
        pairs = PairOverview.topPairs(in: model, sources: sources, limit: Self.pairLimit)
        eraStatistics = PairOverview.statistics(of: pair, in: model.eras, model: model)
        let counted = model.countedStances
        totalStances = counted.count
        let wanted = Set(pair)
        let articles = Set(counted.compactMap { stance -> String? in
            let ends = Set([stance.holder, stance.target].map { id in model.actor(id)?.affiliation ?? id })
            return ends == wanted ? stance.article : nil
        })
        focalArticles = articles.count
        focalEvents = model.events.count { wanted.isSubset(of: Set($0.actors)) }
    }

    /// True when the pairs the overview would list hold several major ones (`PairTable.hasSeveralMajorPairs`):
    /// the pair table alone decides it, without the pairs' eras and trends.
    static func hasSeveralMajorPairs(_ model: CorpusModel) -> Bool {
        PairTable.hasSeveralMajorPairs(Array(PairTable.pairs(in: model).prefix(pairLimit)))
    }
}
