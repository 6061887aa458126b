import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

/// `/` in the timeline looks inside folded eras and articles, and unfolds what hides a match.
@Suite struct TimelineSearchFoldTests {
    @Test func aMatchInsideAFoldedEraAndArticleIsFoundAndShown() {
        var state = makeState()
        state.press(.character("["))
        #expect(!state.timeline.rows.contains(.event(1)))
        state.press(.character("/"))
        state.type("speed up")
        #expect(state.search.entries == [.event(1)])
        #expect(state.timeline.selectedRow == .event(1))
        // Its era and its article opened; the other eras stay folded.
        #expect(state.timeline.rows.contains(.event(1)))
        #expect(!state.timeline.rows.contains(.article(0)))
        #expect(state.article.index == 1)
        state.press(.enter)
        #expect(state.mode == .normal)
        #expect(state.timeline.selectedRow == .event(1))
    }

    @Test func nStepsThroughMatchesHiddenAndShown() {
        var state = makeState()
        state.press(.character("["))
        state.press(.character("/"))
        state.type("abe")
        let entries = state.search.entries
        #expect(entries.count >= 2)
        state.press(.enter)
        var seen: [TimelineRow?] = [state.timeline.selectedRow]
        for _ in 1..<entries.count {
            state.press(.character("n"))
            seen.append(state.timeline.selectedRow)
        }
        // Every match was selected once, each on a row the timeline shows.
        #expect(Set(seen.compactMap { $0 }) == Set(entries))
        for row in entries { #expect(state.timeline.rows.contains(row)) }
    }

    @Test func escapeGoesBackToTheRowTheSearchStartedOn() {
        var state = makeState()
        state.press(.character("["))
        let start = state.timeline.selectedRow
        state.press(.character("/"))
        state.type("speed up")
        #expect(state.timeline.selectedRow == .event(1))
        state.press(.escape)
        #expect(state.timeline.selectedRow == start)
    }

    @Test func anErasNameFindsItsHeaderRow() throws {
        var state = makeState()
        state.press(.character("["))
        let folded = state.timeline.rows
        let section = try #require(state.timeline.sections.lastIndex { $0.era != nil })
        let label = try #require(state.timeline.sections[section].era?.label)
        state.press(.character("/"))
        state.type(label.lowercased())
        #expect(state.search.entries.contains(.header(section)))
        let selected = try #require(state.timeline.selectedRow)
        #expect(state.search.entries.contains(selected))
        // A header is never hidden, so finding it unfolds nothing.
        if selected == .header(section) { #expect(state.timeline.rows == folded) }
    }

    @Test func aSearchWithNoMatchUnfoldsNothing() {
        var state = makeState()
        state.press(.character("["))
        let rows = state.timeline.rows
        state.press(.character("/"))
        state.type("zzzz")
        #expect(state.search.rows.isEmpty)
        #expect(state.timeline.rows == rows)
    }
}
