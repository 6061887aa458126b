import BilateralCore

/// The chart's months grouped into as many columns as fit: each column's net score (nil when it has
/// no stance) and the scale, the largest magnitude rounded up to a whole number.
struct ChartColumns {
    let from: Int
    let monthsPerColumn: Int
    let count: Int
    let values: [Double?]
    let scale: Double

    init(from: Int, to: Int, width: Int, series: PairSeries) {
        let months = max(1, to - from + 1)
        let per = max(1, (months + max(1, width) - 1) / max(1, width))
        self.from = from
        monthsPerColumn = per
        count = (months + per - 1) / per
        var values = [Double?](repeating: nil, count: count)
        for month in series.months where month.index >= from && month.index <= to {
            let column = (month.index - from) / per
            values[column] = (values[column] ?? 0) + month.net
        }
        self.values = values
        scale = max(1, values.compactMap { $0.map(abs) }.max()?.rounded(.up) ?? 1)
    }

    func column(of month: Int) -> Int { max(0, min(count - 1, (month - from) / monthsPerColumn)) }

    func firstMonth(of column: Int) -> Int { from + column * monthsPerColumn }

    /// The index of the era holding the column's first month.
    func era(of column: Int, in eras: [Era]) -> Int? {
        guard let date = PairSeries.date(ofMonth: firstMonth(of: column)) else { return nil }
        return eras.firstIndex { $0.contains(date) }
    }
}
