import BilateralCore
import Foundation
import Testing
import TerminalUI
@testable import BilateralTUI

/// A story in two files is shown once: the canonical article's row ends with `+1 copy`, its header names
/// the copy, the copy's row, events and (across the corpus) stances are not listed, and its stances do not count.
@Suite struct DuplicateRowsTests {
    /// The fixture with a second, later-saved copy of the Sochi article (a few words changed) and its stance.
    static func model() -> CorpusModel {
        var model = FixtureModel.model()
        var copy = FixtureModel.sochi
        copy.id = "z-sochi-saved.txt"
        copy.date = "2016-05-07"
        copy.lines[3] = copy.lines[3].replacingOccurrences(of: "flew to", with: "travelled to")
        let (article, analysis) = copy.build()
        var sourced = article
        sourced.source = "Harbour Daily"
        model.articles.append(sourced)
        model.analyses.append(analysis)
        model.events.append(Event(article: copy.id, date: FixtureModel.date("2016-05-07"), sentence: "Shinzo Abe travelled to Sochi to meet Vladimir Putin.", line: 4, actors: ["JPN", "RUS"]))
        model.stances.append(Stance(article: copy.id, holder: "JPN", target: "RUS", polarity: .cooperative, score: 4.0, category: "offer", cue: "offered", evidence: "Japan offered an eight-point plan for economic work with Russia.", line: 4))
        DuplicateDetection.apply(to: &model)
        return model
    }

    static func state(_ model: CorpusModel = model()) -> AppState {
        AppState(model: model, width: 120, height: 40, capabilities: TerminalCapabilities(unicode: true, colors: 256), corpusName: "fixture")
    }

    @Test func theCopyIsGroupedUnderTheEarlierArticle() throws {
        let model = Self.model()
        let group = try #require(model.duplicates.groups.first)
        #expect(model.articles[group.canonical].id == "a-sochi.txt")
        #expect(group.copies.map { model.articles[$0].id } == ["z-sochi-saved.txt"])
        #expect(model.stances.filter(\.fromCopy).map(\.article) == ["z-sochi-saved.txt"])
    }

    @Test func theTimelineListsTheStoryOnceWithItsCopyCount() throws {
        var state = Self.state()
        let copy = try #require(state.model.articles.firstIndex { $0.id == "z-sochi-saved.txt" })
        #expect(!state.timeline.rows.contains(.article(copy)))
        let copyEvents = Set(state.model.events.indices.filter { state.model.events[$0].article == "z-sochi-saved.txt" })
        #expect(copyEvents.count == 1)
        #expect(copyEvents.allSatisfy { !state.timeline.rows.contains(.event($0)) })
        let rows = DashboardView.render(state).rows
        let row = try #require(rows.first { $0.contains("Abe and Putin meet") && $0.contains("2016-05-06") })
        #expect(row.contains("+1 copy"))
        state.selectArticle(0)
        let header = DashboardView.render(state).rows.joined(separator: "\n")
        #expect(header.contains("+1 copy: Harbour Daily"))
        #expect(header.contains("(z-sochi-saved.txt)"))
    }

    @Test func theCopysStancesAreNotListedAcrossTheCorpusNorCounted() {
        var state = Self.state()
        state.press(.character("+"))
        #expect(state.stances.spansFilter)
        #expect(!state.stances.indices.contains { state.model.stances[$0].fromCopy })
        // The status counts the story's offer once.
        let counted = state.model.countedStances.count
        #expect(counted == state.model.stances.count - 1)
    }

    @Test func theStatusLineCountsTheStoryOnce() {
        var state = Self.state()
        let model = state.model
        let unfiltered = Counts.text(state.filter.result, of: model, tally: state.shownTally, filtered: false)
        #expect(unfiltered == "\(model.articles.count - 1) articles · \(model.events.count - 1) events · \(model.stances.count - 1) stances")
        // A filter that keeps both the copy and its canonical article counts the story once, against a total without the copy.
        state.press(.character("f"))
        state.type("sochi")
        state.press(.enter)
        let result = state.filter.result
        let copy = model.articles.firstIndex { $0.id == "z-sochi-saved.txt" }
        #expect(copy.map(result.articles.contains) == true)
        let filtered = Counts.text(result, of: model, tally: state.shownTally, filtered: true)
        #expect(filtered.hasPrefix("\(result.articles.count - 1)/\(model.articles.count - 1) article"))
    }
}
