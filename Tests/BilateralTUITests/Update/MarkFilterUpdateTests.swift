import BilateralCore
import Testing
@testable import BilateralTUI
import TerminalUI

/// `is:unread`, `is:bookmarked`, `has:note` in the dashboard: they read the session's marks, and
/// a mark set on purpose applies at once while the read mark of opening does not.
@Suite struct MarkFilterUpdateTests {
    private func articles(_ state: AppState) -> [Int] {
        state.timeline.rows.compactMap { if case .article(let index) = $0 { return index } else { return nil } }
    }

    @Test func bookmarkingUnderIsBookmarkedShowsTheArticleAtOnce() {
        var state = makeState()
        state.press(.character("f"))
        state.type("is:bookmarked")
        state.press(.enter)
        #expect(state.filter.error == nil)
        #expect(articles(state).isEmpty)
        // Clear the filter, bookmark the Singapore article, filter again.
        state.press(.character("C"))
        state.selectArticle(1)
        state.press(.character("m"))
        state.press(.character("f"))
        state.type("is:bookmarked")
        state.press(.enter)
        #expect(articles(state) == [1])
        // m again on it, with the filter on: it leaves at once.
        state.press(.character("m"))
        #expect(articles(state).isEmpty)
    }

    @Test func openingAnUnreadArticleKeepsItInTheUnreadList() {
        var state = makeState()
        state.tracksReading = true
        state.press(.character("f"))
        state.type("is:unread")
        state.press(.enter)
        #expect(articles(state) == [0, 1, 2, 3])
        state.press(.enter)
        #expect(state.marks(ofArticle: 0).read)
        // Read now, but still listed until the filter changes: what is being read does not vanish.
        #expect(articles(state) == [0, 1, 2, 3])
        // u (on purpose) marks it unread and back to read: each applies at once.
        state.press(.character("1"), .character("u"))
        #expect(!state.marks(ofArticle: 0).read)
        state.press(.character("u"))
        #expect(!articles(state).contains(0))
    }

    @Test func aNoteFromTheLineMakesHasNoteKeepIt() {
        var state = makeState()
        state.selectArticle(2)
        state.press(.character("i"))
        state.type("ask about sanctions")
        state.press(.enter)
        state.press(.character("f"))
        state.type("has:note")
        state.press(.enter)
        #expect(articles(state) == [2])
        state.press(.character("f"))
        state.press(.ctrl("u"))
        state.type("has:notes is:readd")
        #expect(state.filter.error?.message.contains("'is:' is unread, read or bookmarked") == true)
    }
}
