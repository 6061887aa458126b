import BilateralCore
import TerminalUI

/// The pair picker (`p`): every pair of the corpus, sorted by stance count or by score, narrowed by typing.
public struct PairPickerState: Sendable, Equatable {
    public enum Sort: Sendable, Equatable {
        case count, score

        var label: String { self == .count ? "by stances" : "by score" }
    }

    public var sort: Sort = .count
    /// Every pair, as the core's table orders them.
    public var pairs: [PairSummary] = []
    /// Indices into `pairs` that match what was typed, in the chosen order.
    public var rows: [Int] = []
    public var list = ListState()
}

/// The trajectory chart (`t`): which month is selected.
public struct TrajectoryState: Sendable, Equatable {
    /// The pair's months: index `year * 12 + month - 1` → net score, stances.
    public var series = PairSeries(months: [], span: nil)
    /// The selected month's index, or nil before the chart is opened.
    public var selected: Int?
}
