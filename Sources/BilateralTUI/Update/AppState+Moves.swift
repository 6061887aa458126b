import BilateralCore
import TerminalUI

extension AppState {
    /// `y`: the selected stance's evidence with its citation (title, date, URL, line), or the
    /// selected event's sentence; copied by the front end.
    mutating func yank() {
        let text: String
        let line: Int
        let articleID: String
        if focus == .stances || stances.spansFilter, let index = stances.selected {
            let stance = model.stances[index]
            text = stance.evidence
            line = stance.line
            articleID = stance.article
        } else if case .event(let index) = timeline.selectedRow {
            let event = model.events[index]
            text = event.sentence
            line = event.line
            articleID = event.article
        } else if let index = stances.selected {
            let stance = model.stances[index]
            text = stance.evidence
            line = stance.line
            articleID = stance.article
        } else {
            message = "nothing to copy: select a stance or an event"
            return
        }
        effects.append(.copy(Self.citation(text, articleID: articleID, line: line, model: model, index: articleIndexByID[articleID])))
    }

    /// `“sentence” — Title, 2016-05-06, https://…, line 4 (file.txt)`.
    static func citation(_ text: String, articleID: String, line: Int, model: CorpusModel, index: Int?) -> String {
        var parts: [String] = []
        if let index {
            let article = model.articles[index]
            if !article.title.isEmpty { parts.append(article.title) }
            parts.append(article.date?.iso ?? "undated")
            if let url = article.url, !url.isEmpty { parts.append(url) }
        }
        parts.append("line \(line) (\(articleID))")
        let sentence = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return "“\(sentence)” — " + parts.joined(separator: ", ")
    }

    /// `o`: the open article's URL, to the browser.
    mutating func openURL() {
        guard let index = article.index else {
            message = "no article open"
            return
        }
        guard let url = model.articles[index].url, !url.isEmpty else {
            message = "this article has no URL (front matter url:)"
            return
        }
        effects.append(.open(url))
    }

    /// `w`: a line asking where to write the filtered view.
    mutating func openWritePrompt() {
        input = TextInput("bilateral-view.json")
        mode = .write
    }

    mutating func writeKey(_ key: Key) {
        switch key {
        case .escape: mode = .normal
        case .enter:
            let path = input.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return }
            mode = .normal
            effects.append(.write(path: path, format: ExportFormat(path: path)))
        default:
            _ = input.handle(key)
        }
    }

    /// The filtered view as a model, for `w`.
    public var filteredModel: CorpusModel {
        filter.isActive ? filter.result.narrowing(model) : model
    }

    /// `h`/Left in the stances and article panes: back to the pane Enter came from.
    mutating func goBack() {
        let target = enteredFrom ?? (focus == .article ? .timeline : .timeline)
        enteredFrom = nil
        setFocus(target == focus ? .timeline : target)
    }
}
