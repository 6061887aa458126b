import BilateralCore
import TerminalUI

extension AppState {
    /// Opens article `index` (or none), highlighting a sentence and scrolling to it.
    mutating func open(article index: Int?, highlight: Highlight?) {
        if index != article.index {
            article.index = index
            article.scroll = 0
            article.highlight = nil
            layOutArticle()
            findMatches()
            findFilterMatches()
        }
        article.highlight = highlight
        if let highlight, let row = article.document?.row(containing: highlight.start) {
            reveal(row: row)
        }
    }

    /// Re-wraps the open article when its width or options changed, keeping the reading position.
    mutating func layOutArticle() {
        guard let index = article.index, model.articles.indices.contains(index) else {
            article.document = nil
            article.scroll = 0
            return
        }
        let width = max(1, articleTextArea.width)
        if let document = article.document, document.articleIndex == index, document.width == width,
           document.ascii == ascii, document.showBoilerplate == article.showBoilerplate {
            return
        }
        let anchor = article.document.flatMap { document -> TextPosition? in
            guard document.rows.indices.contains(article.scroll), document.articleIndex == index else { return nil }
            let row = document.rows[article.scroll]
            return row.line > 0 ? TextPosition(line: row.line, column: row.start) : nil
        }
        article.document = ArticleDocument(
            model: model, articleIndex: index, kinds: actorKinds, width: width, ascii: ascii,
            showBoilerplate: article.showBoilerplate)
        if let anchor, let row = article.document?.row(containing: anchor) { article.scroll = row }
        clampArticleScroll()
    }

    /// Where the article's text goes: inside the border, one column in from each side.
    ///
    /// While the article pane is hidden (another pane alone on a small screen) this is where
    /// it would be, so the text is not re-wrapped to nothing and back.
    var articleTextArea: Rect {
        var layout = self.layout
        if layout.panes[.article] == nil {
            layout = ScreenLayout(width: max(width, ScreenLayout.minimumWidth), height: max(height, ScreenLayout.minimumHeight), focus: .article, maximised: maximised)
        }
        let inner = layout.inner(.article)
        guard inner.width > 10 else { return inner }
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    var maxArticleScroll: Int {
        max(0, (article.document?.rows.count ?? 0) - articleViewport)
    }

    mutating func clampArticleScroll() {
        article.scroll = min(max(0, article.scroll), maxArticleScroll)
    }

    /// Scrolls so `row` is on screen, a third of the way down when it was not.
    mutating func reveal(row: Int) {
        let height = articleViewport
        if row < article.scroll || row >= article.scroll + height {
            article.scroll = row - height / 3
        }
        clampArticleScroll()
    }

    /// Shows the selected stance's article with its evidence highlighted.
    mutating func stanceSelectionChanged() {
        guard let index = stances.selected else { return }
        let stance = model.stances[index]
        guard let articleIndex = articleIndexByID[stance.article] else { return }
        let highlight = Highlight.locate(line: stance.line, text: stance.evidence, in: model.articleWithBody(articleIndex))
        open(article: articleIndex, highlight: highlight)
        if !stances.spansFilter { refreshStances() }
    }

    /// Re-lays out everything that depends on the screen size.
    mutating func relayout() {
        layOutArticle()
        timeline.list.scrollIntoView(count: timeline.rows.count, height: timelineViewport)
        stances.list.scrollIntoView(count: stances.indices.count, height: stancesViewport)
        picker.list.scrollIntoView(count: picker.candidates.count, height: pickerViewport)
    }
}
