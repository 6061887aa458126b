import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

/// Timeline folding: Space and Enter on eras, Space on articles, `[` and `]`, the size default and the session.
@Suite struct FoldingTests {
    /// Goes up from the first article to the header of its era.
    private func selectFirstHeader(_ state: inout AppState) {
        state.press(.character("k"))
    }

    @Test func eraHeadersAreSelectableAndTheScoreLineIsNot() {
        var state = makeState()
        #expect(state.timeline.selectedRow == .article(0))
        state.press(.character("k"))
        #expect(state.timeline.selectedRow == .header(0))
        state.press(.character("k"))
        #expect(state.timeline.selectedRow == .header(0))
        state.press(.character("j"))
        #expect(state.timeline.selectedRow == .article(0))
    }

    @Test func spaceOnAnEraFoldsItAndAgainUnfoldsIt() {
        var state = makeState()
        let all = state.timeline.rows
        selectFirstHeader(&state)
        state.press(.character(" "))
        #expect(state.timeline.selectedRow == .header(0))
        #expect(!state.timeline.rows.contains(.article(0)))
        #expect(!state.timeline.rows.contains(.event(0)))
        // The score line stays: it counts what the era holds.
        #expect(state.timeline.rows.contains(.summary(0)))
        #expect(state.timeline.rows.contains(.article(1)))
        #expect(state.timeline.folds.eras.isFolded("sochi-2016"))
        state.press(.character(" "))
        #expect(state.timeline.rows == all)
        #expect(state.timeline.selectedRow == .header(0))
    }

    @Test func enterOnAnEraFoldsItButOnAnArticleOpensIt() {
        var state = makeState()
        selectFirstHeader(&state)
        state.press(.enter)
        #expect(!state.timeline.rows.contains(.article(0)))
        #expect(state.focus == .timeline)
        state.press(.enter)
        #expect(state.timeline.rows.contains(.article(0)))
        state.press(.character("j"), .enter)
        #expect(state.focus == .article)
        #expect(state.timeline.rows.contains(.event(0)))
    }

    @Test func spaceOnAnArticleFoldsItsEventsAndOnAnEventFoldsItsArticle() {
        var state = makeState()
        state.press(.character(" "))
        #expect(state.timeline.selectedRow == .article(0))
        #expect(!state.timeline.rows.contains(.event(0)))
        #expect(state.timeline.hiddenEvents[0] == 1)
        #expect(state.message?.contains("1 event folded") == true)
        // Another article's events are untouched.
        #expect(state.timeline.rows.contains(.event(1)))
        state.press(.character(" "))
        #expect(state.timeline.rows.contains(.event(0)))
        #expect(state.timeline.hiddenEvents.isEmpty)
        // From the event itself: its article folds and takes the selection.
        state.press(.character("j"))
        #expect(state.timeline.selectedRow == .event(0))
        state.press(.character(" "))
        #expect(state.timeline.selectedRow == .article(0))
        #expect(!state.timeline.rows.contains(.event(0)))
    }

    @Test func anArticleWithoutEventsDoesNotFold() {
        var state = makeState()
        state.selectArticle(3)
        #expect(state.timeline.selectedRow == .article(3))
        state.press(.character(" "))
        #expect(state.timeline.folds.isOpen)
        #expect(state.message == "no events under this article")
    }

    @Test func bracketsFoldAndUnfoldEverything() {
        var state = makeState()
        let all = state.timeline.rows
        state.selectArticle(1)
        state.press(.character("["))
        let onlyEras = state.timeline.rows.allSatisfy { $0.isHeader }
        #expect(onlyEras)
        // The selection goes to the era it was in.
        #expect(state.timeline.selectedRow == .header(1))
        // Unfolding one era shows its articles, their events still folded.
        state.press(.character(" "))
        #expect(state.timeline.rows.contains(.article(1)))
        #expect(!state.timeline.rows.contains(.event(1)))
        #expect(state.timeline.hiddenEvents[1] == 1)
        state.press(.character("]"))
        #expect(state.timeline.rows == all)
        #expect(state.timeline.selectedRow == .header(1))
        #expect(state.timeline.folds.isOpen)
    }

    @Test func aFoldedTimelineStillSaysWhatTheFilterKeeps() {
        var state = makeState()
        state.press(.character("["))
        let grid = DashboardView.render(state)
        #expect(!grid.rows.joined().contains("nothing matches"))
        state.press(.character("f"))
        state.type("nosuchwordanywhere")
        #expect(DashboardView.render(state).rows.joined().contains("nothing matches"))
    }

    @Test func foldsOutliveAFilter() {
        var state = makeState()
        state.press(.character(" "))
        state.press(.character("f"))
        state.type("actor:JPN")
        state.press(.enter)
        #expect(state.timeline.folds.articles.isFolded("a-sochi.txt"))
        #expect(!state.timeline.rows.contains(.event(0)))
        #expect(state.timeline.rows.contains(.article(0)))
    }

    @Test func foldsArePartOfTheSession() throws {
        var state = makeState()
        state.press(.character("k"), .character(" "))
        let session = state.session
        let folds = try #require(session.folds)
        #expect(folds.eras.isFolded("sochi-2016"))
        #expect(session.timelineKind == "era")
        var restored = makeState()
        restored.restore(session)
        #expect(restored.timeline.folds == folds)
        #expect(restored.timeline.selectedRow == .header(0))
        #expect(!restored.timeline.rows.contains(.article(0)))
        // Nothing folded by the user: nothing stored, the size's default applies.
        #expect(makeState().session.folds == nil)
    }

    @Test func aLargeCorpusOpensWithItsArticlesFolded() {
        let model = Self.corpus(articles: TimelineFolds.foldArticlesAbove + 1)
        let state = AppState(model: model, width: 120, height: 40)
        #expect(state.timeline.folds.articles.foldedByDefault)
        #expect(!state.timeline.folds.eras.foldedByDefault)
        #expect(state.timeline.rows.filter { if case .event = $0 { return true } else { return false } }.isEmpty)
        #expect(state.timeline.rows.filter { if case .article = $0 { return true } else { return false } }.count == model.articles.count)
        #expect(state.timeline.selectedRow == .article(0))
        #expect(state.session.folds == nil)

        let small = AppState(model: Self.corpus(articles: TimelineFolds.foldArticlesAbove), width: 120, height: 40)
        #expect(small.timeline.folds.isOpen)
        #expect(small.timeline.rows.contains(.event(0)))
    }

    /// `count` dated articles of one era, each with one event of its own.
    static func corpus(articles count: Int) -> CorpusModel {
        let era = Era(id: "all", label: "All", start: PartialDate(year: 2000, month: nil, day: nil)!,
                      end: PartialDate(year: 2030, month: nil, day: nil)!, summary: "")
        var articles: [Article] = []
        var events: [Event] = []
        for number in 0..<count {
            let date = PartialDate(year: 2001 + number % 20, month: 1 + number % 12, day: nil)!
            let id = "article-\(number).txt"
            articles.append(Article(id: id, path: "/corpus/" + id, title: "Article \(number)", date: date, lines: ["Article \(number)", "", "Japan met Russia, item \(number)."]))
            events.append(Event(article: id, date: date, sentence: "Japan met Russia, item \(number).", line: 3, actors: ["JPN", "RUS"]))
        }
        let actors = [Actor(id: "RUS", name: "Russia", kind: .state), Actor(id: "JPN", name: "Japan", kind: .state)]
        return CorpusModel(eras: [era], actors: actors, articles: articles, analyses: articles.map { ArticleAnalysis(article: $0.id, era: "all") },
                           events: events, stances: [])
    }
}
