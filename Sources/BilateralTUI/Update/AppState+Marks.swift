import Foundation
import BilateralCore
import TerminalUI

/// The user's own marks: read, bookmarked, a note per article, and verdicts on stances.
extension AppState {
    /// The article the marks keys act on: the selected timeline row's when the timeline has focus, else the open one.
    var markedArticleIndex: Int? {
        if focus == .timeline, let row = timeline.selectedRow {
            switch row {
            case .article(let index): return index
            case .event(let index): return articleIndexByID[model.events[index].article]
            case .header, .summary: return nil
            }
        }
        return article.index
    }

    public func marks(ofArticle index: Int) -> ArticleMarks {
        marks[model.articles[index].marksKey] ?? ArticleMarks()
    }

    mutating func toggleRead() {
        changeMarks { $0.read.toggle() } describe: { $0.read ? "marked read" : "marked unread" }
    }

    mutating func toggleBookmark() {
        changeMarks { $0.bookmarked.toggle() } describe: { $0.bookmarked ? "bookmarked" : "bookmark removed" }
    }

    /// Opening an article marks it read.
    mutating func markOpenedRead() {
        guard tracksReading, let index = article.index, !marks(ofArticle: index).read else { return }
        setMarks(of: index) { $0.read = true }
    }

    mutating func startNote() {
        guard let index = markedArticleIndex else {
            message = "no article selected"
            return
        }
        input = TextInput(marks(ofArticle: index).note ?? "")
        mode = .note
    }

    mutating func noteKey(_ key: Key) {
        switch key {
        case .enter:
            mode = .normal
            let text = String(input.text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
            changeMarks { $0.note = text.isEmpty ? nil : text } describe: { $0.note == nil ? "note removed" : "note saved" }
        case .escape:
            mode = .normal
        case .ctrl("x"):
            // The note so far goes to the user's editor; the run loop gives it the terminal.
            guard editorAvailable else {
                message = "no external editor here: write the note on this line"
                return
            }
            guard let index = markedArticleIndex else { return }
            mode = .normal
            effects.append(.editNote(article: index, text: input.text))
        default:
            _ = input.handle(key)
        }
    }

    /// The editor's text becomes the article's note (surrounding blank lines and spaces dropped; empty removes it).
    mutating func noteEdited(article index: Int, _ result: NoteEditResult) {
        guard model.articles.indices.contains(index) else { return }
        switch result {
        case .failed(let why):
            message = why
        case .text(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            setMarks(of: index) { $0.note = trimmed.isEmpty ? nil : trimmed }
            message = trimmed.isEmpty ? "note removed" : "note saved"
            refilterAfterMarks()
        }
    }

    /// `x` and `c`: the selected stance gets `verdict`, or loses it when it already has it.
    mutating func toggleVerdict(_ verdict: StanceVerdict) {
        // The timeline and article panes select articles and events, not stances: judging the
        // stances pane's selection from there would change a stance the user is not looking at.
        guard focus == .stances else {
            message = "a verdict is for a stance: 3 focuses the stances pane, then choose the stance"
            return
        }
        guard let index = stances.selected else {
            message = "no stance selected (3 focuses the stances)"
            return
        }
        let new: StanceVerdict? = model.stances[index].verdict == verdict ? nil : verdict
        let counted = model.counts(model.stances[index])
        model.stances[index].verdict = new
        modelChanged()
        countedStanceTotal += (model.counts(model.stances[index]) ? 1 : 0) - (counted ? 1 : 0)
        stanceCounts[index] = model.counts(model.stances[index])
        pendingEdits.append(.verdict(stance: index, new))
        // The pair's scores leave out rejected stances: rebuilt from the changed model.
        timelines = TimelineCache(model: model, pair: pair)
        overviewChanged()
        trajectory = TrajectoryState()
        rebuildTimeline()
        switch new {
        case .rejected: message = "marked wrong: left out of every score and count (x again restores)"
        case .confirmed: message = "confirmed"
        case nil: message = verdict == .rejected ? "restored" : "confirmation removed"
        }
    }

    private mutating func changeMarks(_ change: (inout ArticleMarks) -> Void, describe: (ArticleMarks) -> String) {
        guard let index = markedArticleIndex else {
            message = "no article selected"
            return
        }
        setMarks(of: index, change)
        message = describe(marks(ofArticle: index))
        // A key the user pressed on purpose re-runs an `is:`/`has:` filter; opening an article
        // (which marks it read) does not, so the row being read never vanishes under the reader.
        refilterAfterMarks()
    }

    private mutating func setMarks(of index: Int, _ change: (inout ArticleMarks) -> Void) {
        // Each item of a feed and each record of a JSON Lines or CSV file is marked on its own.
        let key = model.articles[index].marksKey
        var updated = marks[key] ?? ArticleMarks()
        change(&updated)
        marks[key] = updated.isEmpty ? nil : updated
        pendingEdits.append(.marks(articleKey: key, updated))
    }
}
