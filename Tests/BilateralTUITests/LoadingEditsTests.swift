import BilateralCore
@testable import BilateralTUI
import Foundation
import TerminalUI
import Testing

/// Marks and verdicts set while the corpus opens stay on every model that arrives after them.
@Suite struct LoadingEditsTests {
    @Test func aBookmarkAndARejectionOnAPartialModelSurviveTheWholeModel() throws {
        let full = FixtureModel.model()
        let partial = try Filter.parse("'Singapore | 'NATO").apply(to: full).narrowing(full)
        let feed = LoadingFeed()
        feed.report(done: 2, total: 4)
        feed.offer(partial: partial)
        var saved: [UserEdit] = []
        // On the partial model: m bookmarks the selected article; 3 then x rejects its first stance.
        // The first event lets the partial model in; the whole one arrives after x.
        let terminal = HookedTerminal(events: [
            .resize(width: 100, height: 30), .key(.character("m")), .key(.character("3")), .key(.character("x")),
            .resize(width: 100, height: 30), .key(.character("q")),
        ]) { n in
            if n == 4 { feed.finish(full) }
        }
        let state = Dashboard.run(model: CorpusModel(), on: terminal, corpusName: "fixture", save: { edit, _ in saved.append(edit) }, loading: feed)
        #expect(state.loading == nil)
        #expect(state.model.articles.count == 4)
        let bookmarked = try #require(partial.articles.first)
        #expect(state.marks[bookmarked.marksKey]?.bookmarked == true)
        let rejected = try #require(partial.stances.first { $0.article == bookmarked.id })
        let again = try #require(state.model.stances.first { $0.article == rejected.article && $0.evidence == rejected.evidence && $0.holder == rejected.holder })
        #expect(again.verdict == .rejected)
        #expect(state.model.stances.filter { $0.verdict != nil }.count == 1)
        // Both edits went to the front end to save.
        #expect(saved.filter { if case .verdict(_, .rejected) = $0 { return true } else { return false } }.count == 1)
        #expect(saved.contains { edit in
            if case .marks(let key, let marks) = edit { return key == bookmarked.marksKey && marks.bookmarked }
            return false
        })
    }

    @Test func editsRecordedAreAppliedByStanceIdentity() {
        let model = FixtureModel.model()
        var edits = LoadingEdits()
        #expect(edits.isEmpty)
        edits.record(.verdict(stance: 1, .confirmed), in: model)
        edits.record(.marks(articleKey: model.articles[2].marksKey, ArticleMarks(read: true)), in: model)
        // The same stances in another order: the verdict follows its stance, not its number.
        var other = model
        other.stances.reverse()
        edits.apply(to: &other)
        #expect(other.stances[other.stances.count - 2].verdict == .confirmed)
        #expect(other.stances.filter { $0.verdict != nil }.count == 1)
        #expect(other.marks[model.articles[2].marksKey]?.read == true)
    }
}
