import BilateralCore
import Foundation
import TerminalUI

/// The right pane: stances as `holder → target`, polarity and score, cue; the selected
/// one's evidence sentence below the list (`EvidenceBlock`).
struct StancesPane: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let indices = state.stances.indices
        let inner = PaneFrame(
            pane: .stances, state: state, theme: theme,
            subtitle: (state.stances.spansFilter ? "· filtered" : "· article") + (state.stances.order.label.map { " · \($0)" } ?? ""),
            trailing: indices.isEmpty ? nil : "\(state.stances.list.selected + 1)/\(indices.count)"
        ).render(in: area, into: &grid)
        guard !inner.isEmpty else { return }
        guard !indices.isEmpty else {
            let why = state.stances.spansFilter ? "no stance matches the filter" : "no stances in this article"
            grid.note(why, in: inner, style: theme.faint, ascii: theme.ascii)
            return
        }
        let parts = StancesLayout(inner: inner)
        let focused = state.focus == .stances
        ListView(count: indices.count, state: state.stances.list) { index, line, isSelected, grid in
            drawStance(state.model.stances[indices[index]], in: line, selected: isSelected, focused: focused, into: &grid)
        }.render(in: parts.list, into: &grid)
        if let selected = state.stances.selected, !parts.detail.isEmpty {
            let stance = state.model.stances[selected]
            EvidenceBlock(stance: stance, scroll: state.stances.evidenceOffset,
                          place: "line \(stance.line) · \(articleName(stance.article))", theme: theme)
                .render(in: parts.detail, into: &grid)
        }
    }

    /// `+4.0 Shinzo Abe → Russia  cue`; listing the whole filtered corpus, with the article's date
    /// first and its title at the right end when the pane is wide enough.
    private func drawStance(_ stance: Stance, in line: Rect, selected: Bool, focused: Bool, into grid: inout Grid) {
        var base = selected ? (focused ? theme.selection : theme.inactiveSelection) : Style.plain
        // Curses has no strike-through: a rejected stance is dimmed and crossed out by its mark.
        if stance.verdict == .rejected { base.dim = true }
        grid.fill(line, with: Cell(" ", style: base))
        var score = String(format: "%+5.1f", stance.score)
        // The verdict's mark takes the score's leading space, so the columns stay in line.
        if stance.verdict != nil, score.first == " " { score.removeFirst() }
        // A left margin inside the pane.
        var x = line.x + 1
        switch stance.verdict {
        case .rejected: x += grid.write(theme.ascii ? "x" : "✗", x: x, y: line.y, style: selected ? base : theme.error, limit: line.maxX - x, ascii: theme.ascii)
        case .confirmed: x += grid.write(theme.ascii ? "+" : "✓", x: x, y: line.y, style: base, limit: line.maxX - x, ascii: theme.ascii)
        case nil: break
        }
        // The score keeps its polarity colour unless the selection is the focused one
        // (whose colours are the selection's).
        var scoreStyle = theme.polarity(stance.polarity)
        if selected { scoreStyle = focused ? base : theme.inactive(scoreStyle) }
        scoreStyle.dim = scoreStyle.dim || stance.verdict == .rejected
        x += grid.write(score + " ", x: x, y: line.y, style: scoreStyle, limit: line.maxX - x, ascii: theme.ascii)
        let corpusWide = state.stances.spansFilter && line.width >= 50
        var end = line.maxX
        if corpusWide {
            let date = state.articleDate(stance.article).map { String($0.iso.prefix(7)) } ?? "undated"
            x += grid.write(date.padding(toColumns: 7) + " ", x: x, y: line.y, style: selected ? base : theme.date, limit: line.maxX - x, ascii: theme.ascii)
            if line.width >= 70 {
                let titleWidth = min(24, line.width / 4)
                let title = Self.clipped(articleName(stance.article), to: titleWidth)
                grid.write(title, x: line.maxX - titleWidth - 1, y: line.y, style: selected ? base : theme.faint, limit: titleWidth, ascii: theme.ascii)
                end = line.maxX - titleWidth - 2
            }
        }
        let arrow = theme.ascii ? "->" : "→"
        // Names get fixed columns so arrows line up; a name too long for its column gives way
        // to its short form (RUS, Putin), and narrow panes clip names to keep some cue.
        let holderWidth = line.width >= 40 ? 12 : max(5, (line.width - 10) * 2 / 5)
        let targetWidth = line.width >= 40 ? 6 : 5
        let holder = state.actorLabel(stance.holder, columns: holderWidth)
        x += grid.write(holder.padding(toColumns: holderWidth), x: x, y: line.y, style: base, limit: line.maxX - x, ascii: theme.ascii)
        x += grid.write(" \(arrow) ", x: x, y: line.y, style: selected ? base : theme.faint, limit: line.maxX - x, ascii: theme.ascii)
        let target = state.actorLabel(stance.target, columns: line.width >= 40 ? holderWidth : targetWidth)
        x += grid.write(target.padding(toColumns: targetWidth), x: x, y: line.y, style: base, limit: line.maxX - x, ascii: theme.ascii)
        guard end - x > 3 else { return }
        grid.write(" " + stance.cue, x: x, y: line.y, style: selected ? base : theme.faint, limit: end - x, ascii: theme.ascii)
    }

    /// The article's title where it has one, else its file name.
    private func articleName(_ id: String) -> String {
        guard let index = state.articleIndexByID[id] else { return id }
        let title = state.model.articles[index].title
        return title.isEmpty ? id : title
    }

    /// `text` cut to `columns` with an ellipsis when longer.
    static func clipped(_ text: String, to columns: Int) -> String {
        Clip.text(text, to: columns)
    }

    /// Where the cue's words sit in the evidence, ignoring case.
    static func cueRange(_ cue: String, in text: [Character]) -> Range<Int>? {
        let needle = cue.map { $0.lowercased() }
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        let haystack = text.map { $0.lowercased() }
        for start in 0...(text.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return start..<(start + needle.count)
        }
        return nil
    }
}
