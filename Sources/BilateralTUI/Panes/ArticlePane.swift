import BilateralCore
import TerminalUI

/// The centre pane: the open article's header and wrapped text, with mentions, the selected
/// sentence and search matches styled where they fall.
struct ArticlePane: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        let document = state.article.document
        let inner = PaneFrame(
            pane: .article, state: state, theme: theme,
            subtitle: state.article.showBoilerplate ? "(+boilerplate)" : nil,
            trailing: document.map { scrollPosition($0, height: area.height - 2) }
        ).render(in: area, into: &grid)
        guard !inner.isEmpty else { return }
        let text = state.articleTextArea
        guard let document, let index = state.article.index else {
            grid.note("no article: the filter keeps none", in: inner, style: theme.faint, ascii: theme.ascii)
            return
        }
        let source = state.model.articles[index]
        let end = min(document.rows.count, state.article.scroll + inner.height)
        guard state.article.scroll < end else { return }
        for (offset, rowIndex) in (state.article.scroll..<end).enumerated() {
            let row = document.rows[rowIndex]
            let y = text.y + offset
            switch row.role {
            case .blank:
                continue
            case .title:
                grid.write(String(row.characters), x: text.x, y: y, style: theme.articleTitle, limit: text.width, ascii: theme.ascii)
            case .meta:
                grid.write(String(row.characters), x: text.x, y: y, style: theme.meta, limit: text.width, ascii: theme.ascii)
            case .body, .boilerplate:
                drawText(row, document: document, article: source, x: text.x, y: y, width: text.width, into: &grid)
            }
        }
    }

    /// Draws one wrapped row, one run of same-styled characters at a time.
    private func drawText(
        _ row: ArticleDocument.Row, document: ArticleDocument, article: Article, x: Int, y: Int, width: Int,
        into grid: inout Grid
    ) {
        let base = row.role == .boilerplate ? theme.boilerplate : Style.plain
        let mentions = document.mentions[row.line] ?? []
        let matches = state.search.matches.enumerated().filter { $0.element.line == row.line }
        let filterMatches = state.article.filterMatches.filter { $0.line == row.line }
        let highlight = state.article.highlight
        var column = x
        var run = ""
        var runStyle = base
        for (offset, character) in row.characters.enumerated() {
            let position = TextPosition(line: row.line, column: row.start + offset)
            var style = base
            if let mention = mentions.first(where: { $0.column <= position.column && position.column < $0.column + $0.length }) {
                style = theme.mention(mention.kind, over: style)
            }
            if let highlight, highlight.contains(position) { style = theme.highlighted(style) }
            if filterMatches.contains(where: { $0.column <= position.column && position.column < $0.column + $0.length }) {
                style = theme.match
            }
            if let match = matches.first(where: { $0.element.column <= position.column && position.column < $0.element.column + $0.element.length }) {
                style = match.offset == state.search.current ? theme.currentMatch : theme.match
            }
            if style != runStyle, !run.isEmpty {
                column += grid.write(run, x: column, y: y, style: runStyle, limit: x + width - column, ascii: theme.ascii)
                run = ""
            }
            runStyle = style
            run.append(character)
        }
        if !run.isEmpty {
            grid.write(run, x: column, y: y, style: runStyle, limit: x + width - column, ascii: theme.ascii)
        }
    }

    /// `Top`, `All`, `Bot` or a percentage, as less and vim show it.
    private func scrollPosition(_ document: ArticleDocument, height: Int) -> String {
        let rows = document.rows.count
        if rows <= height { return "All" }
        if state.article.scroll == 0 { return "Top" }
        if state.article.scroll + height >= rows { return "Bot" }
        return "\(state.article.scroll * 100 / max(1, rows - height))%"
    }
}
