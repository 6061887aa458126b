import Testing
@testable import BilateralTUI
import TerminalUI

@Suite struct FocusAndLayoutTests {
    @Test func tabAndShiftTabCycleThePanes() {
        var state = makeState()
        #expect(state.focus == .timeline)
        state.press(.tab)
        #expect(state.focus == .article)
        state.press(.tab, .tab)
        #expect(state.focus == .timeline)
        state.press(.backTab)
        #expect(state.focus == .stances)
    }

    @Test func digitsFocusPanesDirectly() {
        var state = makeState()
        state.press(.character("3"))
        #expect(state.focus == .stances)
        state.press(.character("2"))
        #expect(state.focus == .article)
        state.press(.character("1"))
        #expect(state.focus == .timeline)
    }

    @Test func zMaximisesTheFocusedPaneAndBack() {
        var state = makeState()
        state.press(.character("2"), .character("z"))
        #expect(state.maximised)
        #expect(Array(state.layout.panes.keys) == [.article])
        #expect(state.article.document?.width == 116)
        state.press(.character("z"))
        #expect(!state.maximised)
        #expect(state.layout.panes.count == 3)
    }

    @Test func layoutHasThreeColumnsFromOneHundredWide() {
        let wide = ScreenLayout(width: 120, height: 40, focus: .timeline, maximised: false)
        let timeline = wide.panes[.timeline], article = wide.panes[.article], stances = wide.panes[.stances]
        #expect(timeline?.y == 1 && article?.y == 1 && stances?.y == 1)
        #expect((timeline?.maxX ?? 0) == article?.x && (article?.maxX ?? 0) == stances?.x)
        #expect(stances?.maxX == 120)

        let small = ScreenLayout(width: 80, height: 24, focus: .timeline, maximised: false)
        #expect(small.panes.count == 3)
        #expect(small.panes[.article]?.x == small.panes[.stances]?.x)
        #expect((small.panes[.article]?.maxY ?? 0) == small.panes[.stances]?.y)
    }

    @Test func smallScreensShowOnePaneAndTinyOnesNone() {
        let narrow = ScreenLayout(width: 60, height: 20, focus: .stances, maximised: false)
        #expect(narrow.showsOnePane)
        #expect(Array(narrow.panes.keys) == [.stances])
        #expect(ScreenLayout(width: 39, height: 30, focus: .timeline, maximised: false).isTooSmall)
        #expect(ScreenLayout(width: 80, height: 9, focus: .timeline, maximised: false).isTooSmall)
        #expect(!ScreenLayout(width: 40, height: 10, focus: .timeline, maximised: false).isTooSmall)
    }

    @Test func resizeReWrapsTheArticleAndKeepsTheSelection() {
        var state = makeState()
        state.press(.character("j"))
        let selected = state.timeline.list.selected
        update(&state, .resize(width: 80, height: 24))
        #expect(state.width == 80 && state.height == 24)
        #expect(state.timeline.list.selected == selected)
        #expect(state.article.document?.width == state.articleTextArea.width)
        update(&state, .resize(width: 30, height: 8))
        #expect(state.layout.isTooSmall)
        #expect((state.article.document?.width ?? 0) >= 30)
        update(&state, .resize(width: 120, height: 40))
        #expect(state.article.document?.width == state.articleTextArea.width)
    }
}
