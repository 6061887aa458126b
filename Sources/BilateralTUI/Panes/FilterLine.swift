import BilateralCore
import TerminalUI

/// The status line while typing a filter or a search: a prompt, the text with a cursor,
/// and what the text gives (counts, matches, or the error).
struct FilterLine: Widget {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        grid.fill(area, with: Cell(" ", style: theme.statusBar))
        let prompt: String
        switch state.mode {
        case .search: prompt = " search /"
        case .write: prompt = " write view to: "
        case .note: prompt = " note: "
        default: prompt = " filter: "
        }
        var x = area.x + grid.write(prompt, x: area.x, y: area.y, style: theme.statusEmphasis, ascii: theme.ascii)
        let feedback = self.feedback
        let feedbackWidth = (theme.ascii ? Transliteration.ascii(feedback.text) : feedback.text).displayWidth
        let fieldEnd = max(x + 10, area.maxX - feedbackWidth - 1)
        let characters = state.input.characters
        // Keep the cursor in view when the text is longer than the field.
        var first = 0
        while first < state.input.cursor,
              String(characters[first..<state.input.cursor]).displayWidth >= fieldEnd - x - 1 {
            first += 1
        }
        for index in first...characters.count {
            let isCursor = index == state.input.cursor
            let text = index < characters.count ? String(characters[index]) : " "
            let style = isCursor ? Style(reverse: true) : theme.statusBar
            let written = grid.write(text, x: x, y: area.y, style: style, limit: fieldEnd - x, ascii: theme.ascii)
            if written == 0 && index < characters.count { break }
            x += written
        }
        grid.writeRight(feedback.text + " ", maxX: area.maxX, minX: x + 1, y: area.y, style: feedback.style, ascii: theme.ascii)
    }

    private var feedback: (text: String, style: Style) {
        if state.mode == .note {
            let editor = state.editorAvailable ? " · C-x $EDITOR" : ""
            return ("Enter saves · Esc cancels · empty removes" + editor, theme.statusBar)
        }
        if state.mode == .write {
            let format = ExportFormat(path: state.input.text)
            return ("Enter writes \(format.rawValue) (.json .csv .md) · Esc cancels", theme.statusBar)
        }
        if state.mode == .search {
            let count = state.search.pane == .article ? state.search.matches.count : state.search.rows.count
            let what = state.search.pane == .article ? "the article" : "the \(state.search.pane.title.lowercased())"
            if state.search.query.isEmpty { return ("type to search \(what)", theme.statusBar) }
            if count == 0 { return ("no match", theme.error) }
            return ("\((state.search.current ?? 0) + 1)/\(count) matches", theme.statusBar)
        }
        if let command = FilterCommand(state.input.text) { return (command.preview, theme.statusBar) }
        if let error = state.filter.error { return ("✗ \(error.description)", theme.error) }
        let result = state.filter.result
        let counts = Counts.text(result, of: state.model, tally: state.shownTally, filtered: state.filter.isActive)
        // The counts are the last result's until the query being worked out comes back.
        return (counts + (state.filter.pending == nil ? "" : " · filtering…"), theme.statusBar)
    }
}
