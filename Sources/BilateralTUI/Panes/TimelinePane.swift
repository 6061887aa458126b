import BilateralCore
import TerminalUI

/// The left pane: era headers with the pair's net score, and under each its articles and events.
struct TimelinePane: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let rows = state.timeline.rows
        // A filter that keeps nothing leaves only era header rows: no position to show among them.
        let position = state.timeline.isEmpty ? "" : "\(state.timeline.list.selected + 1)/\(rows.count)"
        let inner = PaneFrame(pane: .timeline, state: state, theme: theme, trailing: position).render(in: area, into: &grid)
        guard !inner.isEmpty else { return }
        if state.timeline.isEmpty {
            grid.note("nothing matches the filter", in: inner.inset(by: 0), style: theme.faint, ascii: theme.ascii)
            return
        }
        let focused = state.focus == .timeline
        ListView(count: rows.count, state: state.timeline.list) { index, line, isSelected, grid in
            switch rows[index] {
            case .header(let section):
                drawHeader(section, in: line, selected: isSelected, focused: focused, into: &grid)
            case .summary(let section):
                drawSummary(state.timeline.sections[section], in: line, into: &grid)
            case .article(let article):
                drawArticle(article, in: line, selected: isSelected, focused: focused, into: &grid)
            case .event(let event):
                drawEvent(event, in: line, selected: isSelected, focused: focused, into: &grid)
            }
        }.render(in: inner, into: &grid)
    }

    /// `── The Sochi warming 2016–2017 ──────`; eras not from the catalogue say where they come
    /// from; a folded era starts `▸` (its score line below still counts what it holds).
    private func drawHeader(_ index: Int, in line: Rect, selected: Bool, focused: Bool, into grid: inout Grid) {
        let section = state.timeline.sections[index]
        let rule = theme.ascii ? "-" : "─"
        let ruleStyle = selected ? rowStyle(selected: true, focused: focused) : theme.faint
        grid.fill(line, with: Cell(rule, style: ruleStyle))
        var label = section.era.map(Self.heading) ?? "No era"
        if state.timeline.folds.eras.isFolded(state.foldKey(ofSection: index)) {
            // Folded: how many articles it holds, since its rows no longer show them (only when it fits whole).
            let articles = section.entries.reduce(0) { count, entry in if case .article = entry { return count + 1 } else { return count } }
            label = (theme.ascii ? "+ " : "▸ ") + label
            let counted = label + " · \(articles) art"
            if counted.displayWidth + 4 <= line.width { label = counted }
        }
        let style = selected ? rowStyle(selected: true, focused: focused) : theme.eraHeader
        grid.write(" \(label) ", x: line.x + 1, y: line.y, style: style, limit: line.width - 1, ascii: theme.ascii)
    }

    /// An era's heading: its label and years, or a detected era's label (which holds its span), and its source.
    static func heading(_ era: Era) -> String {
        switch era.source {
        case .catalogue: return "\(era.label) \(years(of: era))"
        case .file: return "\(era.label) \(years(of: era)) [file]"
        case .detected: return "detected \(era.label)"
        }
    }

    /// `  +2.0/st 2 st 2+ 0- ▆·▄  3 art 3 ev`: the pair's mean score per stance, its stances, how many
    /// cooperative and conflictual, and the mean per year (per month in a short era) on the fixed -10…+10 scale.
    private func drawSummary(_ section: Timeline.Section, in line: Rect, into grid: inout Grid) {
        var x = line.x + 2
        let mean = section.stanceCount == 0 ? "–" : Self.signed(section.meanScore)
        x += grid.write(mean, x: x, y: line.y, style: theme.score(section.meanScore), limit: line.maxX - x, ascii: theme.ascii)
        x += grid.write("/st \(section.stanceCount) st ", x: x, y: line.y, style: theme.faint, limit: line.maxX - x, ascii: theme.ascii)
        x += grid.write("\(section.cooperative)+", x: x, y: line.y, style: theme.score(1), limit: line.maxX - x, ascii: theme.ascii)
        x += grid.write(" \(section.conflictual)-", x: x, y: line.y, style: theme.score(-1), limit: line.maxX - x, ascii: theme.ascii)
        let values = Array(section.trend.suffix(24))
        if !values.isEmpty, line.maxX - x > values.count + 1 {
            x += 1
            for (value, symbol) in zip(values, Sparkline.scaled(values, ascii: theme.ascii)) {
                x += grid.write(String(symbol), x: x, y: line.y, style: value.map(theme.score) ?? theme.faint, ascii: theme.ascii)
            }
        }
        // Counted without building a list: an era of a large corpus holds thousands of entries.
        var articles = 0
        for entry in section.entries { if case .article = entry { articles += 1 } }
        let events = section.entries.count - articles
        let counts = "\(articles) art \(events) ev"
        grid.writeRight(counts, maxX: line.maxX, minX: x + 2, y: line.y, style: theme.faint, ascii: theme.ascii)
    }

    private func drawArticle(_ index: Int, in line: Rect, selected: Bool, focused: Bool, into grid: inout Grid) {
        let article = state.model.articles[index]
        let base = rowStyle(selected: selected, focused: focused)
        grid.fill(line, with: Cell(" ", style: base))
        let isOpen = state.article.index == index && !selected
        let marker = isOpen ? (theme.ascii ? ">" : "▸") : " "
        var x = line.x + grid.write(marker, x: line.x, y: line.y, style: base.merging(theme.focusedTitle, when: isOpen), ascii: theme.ascii)
        let date = (article.date?.iso ?? "undated").padding(toColumns: 10)
        x += grid.write(date + " ", x: x, y: line.y, style: selected ? base : theme.date, limit: line.maxX - x, ascii: theme.ascii)
        let marks = state.marks(ofArticle: index)
        if marks.bookmarked { x += grid.write(theme.ascii ? "* " : "★ ", x: x, y: line.y, style: selected ? base : theme.date, limit: line.maxX - x, ascii: theme.ascii) }
        if marks.note != nil { x += grid.write(theme.ascii ? "n " : "✎ ", x: x, y: line.y, style: selected ? base : theme.date, limit: line.maxX - x, ascii: theme.ascii) }
        let title = article.title.isEmpty ? article.id : article.title
        var titleStyle = base
        if state.tracksReading, !marks.read { titleStyle.bold = true }
        // At the row's end: how many near-duplicate copies a story shown once has (its header names them), and
        // how many events a folded article hides.
        var end = line.maxX
        if let group = state.model.duplicates.group(of: index), group.canonical == index {
            let count = group.copies.count
            let copies = line.width >= 48 ? "+\(count) cop\(count == 1 ? "y" : "ies")" : "+\(count)"
            if end - x > copies.displayWidth + 8 {
                grid.writeRight(copies, maxX: end, minX: x, y: line.y, style: selected ? base : theme.faint, ascii: theme.ascii)
                end -= copies.displayWidth + 1
            }
        }
        if let hidden = state.timeline.hiddenEvents[index], hidden > 0 {
            let folded = theme.ascii ? "+\(hidden) ev" : "▸\(hidden) ev"
            if end - x > folded.displayWidth + 8 {
                grid.writeRight(folded, maxX: end, minX: x, y: line.y, style: selected ? base : theme.faint, ascii: theme.ascii)
                end -= folded.displayWidth + 1
            }
        }
        grid.write(title, x: x, y: line.y, style: titleStyle, limit: end - x, ascii: theme.ascii)
    }

    private func drawEvent(_ index: Int, in line: Rect, selected: Bool, focused: Bool, into grid: inout Grid) {
        let event = state.model.events[index]
        let base = selected ? rowStyle(selected: true, focused: focused) : theme.event
        grid.fill(line, with: Cell(" ", style: selected ? base : .plain))
        var x = line.x + 2
        x += grid.write(theme.ascii ? "* " : "• ", x: x, y: line.y, style: base, limit: line.maxX - x, ascii: theme.ascii)
        x += grid.write(event.date.iso + " ", x: x, y: line.y, style: selected ? base : theme.date, limit: line.maxX - x, ascii: theme.ascii)
        // Shown once for the events repeating it (same date, actors and sentence).
        if let copies = state.timeline.eventCopies[index], copies > 1 {
            x += grid.write((theme.ascii ? "x" : "×") + "\(copies) ", x: x, y: line.y, style: selected ? base : theme.date, limit: line.maxX - x, ascii: theme.ascii)
        }
        grid.write(event.sentence, x: x, y: line.y, style: base, limit: line.maxX - x, ascii: theme.ascii)
    }

    private func rowStyle(selected: Bool, focused: Bool) -> Style {
        guard selected else { return .plain }
        return focused ? theme.selection : theme.inactiveSelection
    }

    /// `2016–2017`, or `2022–` for an era still running.
    static func years(of era: Era) -> String {
        if era.end.year >= 2090 { return "\(era.start.year)–" }
        if era.end.year == era.start.year { return "\(era.start.year)" }
        return "\(era.start.year)–\(era.end.year)"
    }

    /// `+4.0`, `-2.5`, `0`.
    static func signed(_ value: Double) -> String {
        if value == 0 { return "0" }
        let magnitude = (abs(value) * 10).rounded() / 10
        return (value > 0 ? "+" : "-") + String(magnitude)
    }
}

extension Style {
    /// `other` when `condition` holds, else self.
    func merging(_ other: Style, when condition: Bool) -> Style { condition ? other : self }
}

extension String {
    /// The text padded with spaces to `columns` display columns.
    func padding(toColumns columns: Int) -> String {
        let width = displayWidth
        return width >= columns ? self : self + String(repeating: " ", count: columns - width)
    }
}
