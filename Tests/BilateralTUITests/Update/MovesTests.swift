import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

/// Sorting, copying, opening, writing, going back, the jump list and list search.
@Suite struct MovesTests {
    private func state(url: String? = nil) -> AppState {
        var model = FixtureModel.model()
        model.articles[0].url = url
        return AppState(model: model, width: 120, height: 40, corpusName: "fixture")
    }

    @Test func sCyclesTheStanceOrderAndTheTitleShowsIt() {
        var state = makeState(width: 200, height: 50)
        state.press(.character("-"), .character("3"))
        let selected = state.stances.selected
        state.press(.character("s"))
        #expect(state.stances.order == .score)
        let scores = state.stances.indices.map { state.model.stances[$0].score }
        #expect(scores == scores.sorted(by: >))
        #expect(state.stances.selected == selected, "the selected stance stays selected")
        #expect(DashboardView.render(state).rows.contains { $0.contains("3 Stances · filtered · by score") })
        state.press(.character("s"))
        #expect(state.stances.order == .date)
        let dates = state.stances.indices.map { state.articleDate(state.model.stances[$0].article) }
        #expect(dates == dates.sorted { ($0 ?? PartialDate(year: 1)!) > ($1 ?? PartialDate(year: 1)!) })
        state.press(.character("s"))
        #expect(state.stances.order == .holder)
        let holders = state.stances.indices.map { state.actorName(state.model.stances[$0].holder).lowercased() }
        #expect(holders == holders.sorted())
        state.press(.character("s"), .character("s"))
        #expect(state.stances.order == .listed)
        #expect(state.stances.indices == state.filter.result.stances)
    }

    @Test func yCopiesTheEvidenceWithItsCitation() {
        var state = self.state(url: "https://example.org/sochi")
        state.press(.character("3"), .character("y"))
        guard case .copy(let text) = state.effects.first else {
            Issue.record("no copy effect: \(state.effects)")
            return
        }
        #expect(text.hasPrefix("“Japan offered an eight-point plan"))
        #expect(text.contains("Abe and Putin meet in Sochi, 2016-05-06, https://example.org/sochi, line 4 (a-sochi.txt)"))
    }

    @Test func oOpensTheURLOrSaysThereIsNone() {
        var state = self.state(url: "https://example.org/sochi")
        state.press(.character("o"))
        #expect(state.effects == [.open("https://example.org/sochi")])
        var none = makeState()
        none.press(.character("o"))
        #expect(none.effects.isEmpty)
        #expect(none.message?.contains("no URL") == true)
    }

    @Test func theURLIsShownInTheArticleHeader() {
        let state = self.state(url: "https://example.org/sochi")
        #expect(DashboardView.render(state).rows.contains { $0.contains("https://example.org/sochi") })
    }

    @Test func wWritesTheFilteredViewInTheFormatOfTheName() {
        var state = makeState()
        state.press(.character("-"), .character("w"))
        #expect(state.mode == .write)
        state.press(.ctrl("u"))
        state.type("out.csv")
        state.press(.enter)
        #expect(state.effects == [.write(path: "out.csv", format: .csv)])
        #expect(state.filteredModel.stances.allSatisfy { $0.polarity == .conflictual })
        #expect(ExportFormat(path: "a.md") == .markdown)
        #expect(ExportFormat(path: "a.JSON") == .json)
    }

    @Test func hGoesBackToWhereEnterCameFrom() {
        var state = makeState()
        state.press(.character("3"), .enter)
        #expect(state.focus == .article)
        state.press(.character("h"))
        #expect(state.focus == .stances, "Enter came from the stances")
        state.press(.left)
        #expect(state.focus == .timeline)
        state.press(.enter, .left)
        #expect(state.focus == .timeline)
    }

    @Test func theJumpListGoesBackAndForward() {
        var state = makeState()
        let start = state.timeline.selectedRow
        state.press(.character("G"))
        let end = state.timeline.selectedRow
        #expect(end != start)
        state.press(.ctrl("o"))
        #expect(state.timeline.selectedRow == start)
        state.press(.ctrl("t"))
        #expect(state.timeline.selectedRow == end)
        state.press(.ctrl("t"))
        #expect(state.message == "at the end of the jump list")
    }

    @Test func slashSearchesTheTimelineAndTheStances() {
        var state = makeState()
        state.press(.character("/"))
        state.type("kuril")
        #expect(state.search.pane == .timeline)
        #expect(state.timeline.selectedRow == .article(3))
        state.press(.enter, .character("/"))
        state.type("sochi")
        state.press(.enter)
        // Wrapping from article 3, the first match is the era named for Sochi, then its article.
        #expect(state.timeline.selectedRow == .header(0))
        state.press(.character("n"))
        #expect(state.timeline.selectedRow == .article(0))
        state.press(.character("3"), .character("/"))
        state.type("asked")
        #expect(state.search.pane == .stances)
        #expect(state.stances.selected.map { state.model.stances[$0].cue } == "asked")
        state.press(.escape)
        #expect(state.stances.list.selected == 0, "Esc puts the selection back")
    }

    @Test func listsRefitWhenTheTerminalGrows() {
        var state = makeState(width: 80, height: 16)
        state.press(.character("G"))
        update(&state, .resize(width: 200, height: 60))
        #expect(state.timeline.list.offset == 0, "a list that fits shows from its top")
    }

    @Test func aClickSelectsTheRowAndTheWheelScrolls() {
        var state = makeState()
        let inner = state.layout.inner(.timeline)
        let row = state.timeline.rows.firstIndex(of: .article(1)) ?? 0
        update(&state, .key(.mouse(MouseEvent(action: .press(button: 0), x: inner.x + 2, y: inner.y + row))))
        #expect(state.timeline.selectedRow == .article(1))
        let stances = state.layout.inner(.stances)
        update(&state, .key(.mouse(MouseEvent(action: .press(button: 0), x: stances.x + 2, y: stances.y + 1))))
        #expect(state.focus == .stances)
        #expect(state.stances.list.selected == 1)
        let article = state.layout.inner(.article)
        state.press(.character("1"))
        let before = state.article.scroll
        update(&state, .key(.mouse(MouseEvent(action: .wheelDown, x: article.x + 2, y: article.y + 2))))
        #expect(state.focus == .timeline, "the wheel does not move focus")
        #expect(state.article.scroll >= before)
    }

    @Test func configKeysAndColoursApply() {
        var state = makeState()
        state.settings = DashboardSettings(keys: [.character("u"): .undo], colors: ["cooperative": .indexed(41)])
        state.press(.character("-"), .character("u"))
        #expect(state.filter.polarity == nil, "u undoes, as the config says")
        #expect(HelpOverlay.lines(settings: state.settings).contains(.binding(keys: "U/u", help: Command.undo.help)))
        #expect(DashboardSettings.key("C-x") == .ctrl("x"))
        #expect(DashboardSettings.key("M-b") == .alt("b"))
        #expect(DashboardSettings.key("F5") == .function(5))
        #expect(DashboardSettings.key("Enter") == .enter)
        #expect(DashboardSettings.key("xy") == nil)
        #expect(DashboardSettings.color("203") == .indexed(203))
        #expect(DashboardSettings.color("red") == .red)
        #expect(DashboardSettings.color("300") == nil)
        var theme = Theme(capabilities: state.capabilities)
        theme.apply(colors: state.settings.colors, colorCount: 256)
        #expect(theme.cooperative.foreground == .indexed(41))
    }
}
