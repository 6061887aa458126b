import BilateralCore
import TerminalUI

/// The `t` screen: the focal pair's net score per month as a bar chart around a zero line, with the
/// eras as bands under it, and the selected month's figures and top events.
struct TrajectoryChart: Widget {
    var state: AppState
    var theme: Theme

    /// Columns left of the chart for the scale.
    static let scaleWidth = 6

    func render(in area: Rect, into grid: inout Grid) {
        grid.fill(area)
        let names = state.pair.map(state.actorName).joined(separator: " – ")
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: "Trajectory · \(names) · net score per month",
            titleStyle: theme.focusedTitle, trailing: "h/l month · Esc close", ascii: theme.ascii
        ).render(in: area, into: &grid)
        let inner = Box.inner(area)
        let series = state.trajectory.series
        guard let first = series.months.first?.index, let last = series.months.last?.index else {
            grid.note("no dated stances between \(names)", in: inner, style: theme.faint, ascii: theme.ascii)
            return
        }
        let eventRows = min(6, max(2, inner.height / 4))
        let chartHeight = inner.height - eventRows - 3
        let plotWidth = inner.width - Self.scaleWidth - 1
        guard chartHeight >= 5, plotWidth >= 8 else {
            grid.note("the window is too small for the chart", in: inner, style: theme.faint, ascii: theme.ascii)
            return
        }
        let from = min(series.span?.lowerBound ?? first, first), to = max(series.span?.upperBound ?? last, last)
        let layout = ChartColumns(from: from, to: to, width: plotWidth, series: series)
        let chart = Rect(x: inner.x + Self.scaleWidth + 1, y: inner.y, width: layout.count, height: chartHeight)
        drawScale(layout.scale, chart: chart, into: &grid)
        drawBands(layout, chart: chart, into: &grid)
        drawBars(layout, chart: chart, into: &grid)
        drawYears(layout, x: chart.x, y: chart.maxY + 1, into: &grid)
        let details = Rect(x: inner.x, y: chart.maxY + 2, width: inner.width, height: inner.maxY - chart.maxY - 2)
        drawSelection(in: details, into: &grid)
    }

    private var zeroOffset: (Int) -> Int { { height in (height - 1) / 2 } }

    private func drawScale(_ scale: Double, chart: Rect, into grid: inout Grid) {
        let zero = chart.y + zeroOffset(chart.height)
        for (text, y) in [(TimelinePane.signed(scale), chart.y), ("0", zero), (TimelinePane.signed(-scale), chart.maxY - 1)] {
            grid.writeRight(text, maxX: chart.x - 1, minX: chart.x - 1 - Self.scaleWidth, y: y, style: theme.faint, ascii: theme.ascii)
        }
        grid.write(String(repeating: theme.ascii ? "-" : "─", count: chart.width), x: chart.x, y: zero, style: theme.faint, ascii: theme.ascii)
    }

    /// A row of era labels under the chart, alternating shades, and a faint rule where each era starts.
    private func drawBands(_ layout: ChartColumns, chart: Rect, into grid: inout Grid) {
        let eras = state.model.eras
        let y = chart.maxY
        var column = 0, shade = false
        while column < layout.count {
            let era = layout.era(of: column, in: eras)
            var end = column + 1
            while end < layout.count, layout.era(of: end, in: eras) == era { end += 1 }
            let style = era == nil ? theme.faint : (shade ? theme.inactiveSelection : theme.eraHeader.merging(Style(reverse: true), when: true))
            grid.fill(Rect(x: chart.x + column, y: y, width: end - column, height: 1), with: Cell(" ", style: style))
            let label = era.map { eras[$0].source == .detected ? String(eras[$0].label.split(separator: "·").last ?? "") : eras[$0].label }
            grid.write(" " + (label ?? "no era").trimmingCharacters(in: .whitespaces), x: chart.x + column, y: y, style: style, limit: end - column, ascii: theme.ascii)
            if column > 0 {
                for row in chart.y..<chart.maxY { grid.write(theme.ascii ? "|" : "│", x: chart.x + column, y: row, style: theme.faint, ascii: theme.ascii) }
            }
            if era != nil { shade.toggle() }
            column = end
        }
    }

    private func drawBars(_ layout: ChartColumns, chart: Rect, into grid: inout Grid) {
        let zero = chart.y + zeroOffset(chart.height)
        let up = zero - chart.y, down = chart.maxY - 1 - zero
        let selectedColumn = state.trajectory.selected.map(layout.column(of:))
        for column in 0..<layout.count {
            guard let value = layout.values[column] else { continue }
            let selected = column == selectedColumn
            let style = selected ? theme.selection : theme.score(value)
            let x = chart.x + column
            let reach = abs(value) / layout.scale * Double(value >= 0 ? up : down)
            let full = Int(reach), part = reach - Double(full)
            for step in 0..<full {
                grid.write(theme.ascii ? "#" : "█", x: x, y: value >= 0 ? zero - 1 - step : zero + 1 + step, style: style, ascii: theme.ascii)
            }
            if value >= 0, full < up {
                let level = Int((part * 8).rounded())
                let symbol = level == 0 ? (full == 0 ? (theme.ascii ? "_" : "▁") : nil) : (theme.ascii ? "." : String(Sparkline.blocks[min(7, level - 1)]))
                if let symbol { grid.write(symbol, x: x, y: zero - 1 - full, style: style, ascii: theme.ascii) }
            } else if value < 0, full < down, part >= 0.5 || full == 0 {
                grid.write(theme.ascii ? "'" : "▀", x: x, y: zero + 1 + full, style: style, ascii: theme.ascii)
            }
            if selected { grid.write(theme.ascii ? "+" : "┼", x: x, y: zero, style: theme.selection, ascii: theme.ascii) }
        }
    }

    /// Years under the columns where they start, where there is room.
    private func drawYears(_ layout: ChartColumns, x: Int, y: Int, into grid: inout Grid) {
        var free = x
        for column in 0..<layout.count {
            let month = layout.firstMonth(of: column)
            let startsYear = column == 0 || month / 12 != layout.firstMonth(of: column - 1) / 12
            guard startsYear, x + column >= free else { continue }
            let written = grid.write(String(month / 12), x: x + column, y: y, style: theme.date, limit: layout.count - column, ascii: theme.ascii)
            free = x + column + written + 1
        }
    }

    /// The selected month: its figures and era, then its events that name the pair.
    private func drawSelection(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty, let selected = state.trajectory.selected, let date = PairSeries.date(ofMonth: selected) else { return }
        let month = state.trajectory.series.months.first { $0.index == selected }
        let era = state.model.eras.first { $0.contains(date) }
        var line = "\(date.iso) · net \(TimelinePane.signed(month?.net ?? 0)) · \(month?.stances ?? 0) stances"
        line += " (\(month?.cooperative ?? 0)+ \(month?.conflictual ?? 0)-) · mean \(TimelinePane.signed(month?.mean ?? 0))/st"
        line += " · " + (era.map { "era: \($0.label)" } ?? "no era")
        grid.write(line, x: area.x, y: area.y, style: theme.eraHeader, limit: area.width, ascii: theme.ascii)
        let events = Self.topEvents(in: selected, pair: state.pair, model: state.model, limit: area.height - 1)
        if events.isEmpty {
            grid.write("  no dated event this month", x: area.x, y: area.y + 1, style: theme.faint, limit: area.width, ascii: theme.ascii)
        }
        for (offset, event) in events.enumerated() {
            let y = area.y + 1 + offset
            var x = area.x + grid.write(theme.ascii ? "* " : "• ", x: area.x, y: y, style: theme.event, ascii: theme.ascii)
            x += grid.write(event.date.iso + " ", x: x, y: y, style: theme.date, limit: area.maxX - x, ascii: theme.ascii)
            grid.write(event.sentence, x: x, y: y, style: .plain, limit: area.maxX - x, ascii: theme.ascii)
        }
    }

    /// The month's events, those naming both of the pair first, then one of them, each sentence once.
    static func topEvents(in month: Int, pair: [String], model: CorpusModel, limit: Int) -> [Event] {
        guard limit > 0 else { return [] }
        let wanted = Set(pair)
        var ranked: [(event: Event, named: Int, order: Int)] = []
        var seen = Set<String>()
        for (order, event) in model.events.enumerated() {
            guard let eventMonth = event.date.month, event.date.year * 12 + eventMonth - 1 == month else { continue }
            let named = Set(event.actors).intersection(wanted).count
            guard named > 0, seen.insert(event.sentence).inserted else { continue }
            ranked.append((event, named, order))
        }
        ranked.sort { ($0.named, $1.event.date, $1.order) > ($1.named, $0.event.date, $0.order) }
        return ranked.prefix(limit).map(\.event)
    }
}
