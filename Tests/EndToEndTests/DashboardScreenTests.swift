import Foundation
import Testing

/// The dashboard as a user sees it in a real terminal (tmux), on the repository's seeds.
@Suite(.serialized) struct DashboardScreenTests {
    static let eraLabels = ["The Sochi warming", "Peace-treaty talks", "The rupture"]

    @Test func threePanesAndTheThreeErasRender() throws {
        let session = try Dashboard.start()
        defer { session.kill() }
        let screen = try session.waitForScreen("the three pane titles") { text in
            ["1 Timeline", "2 Article", "3 Stances"].allSatisfy(text.contains)
        }
        #expect(screen.contains("seeds"))
        // The timeline may be longer than the pane: page down until every era has shown.
        var seen = Set(Self.eraLabels.filter(screen.contains))
        for _ in 0..<20 where seen.count < Self.eraLabels.count {
            try session.send("PageDown")
            usleep(150_000)
            let text = try session.screen()
            seen.formUnion(Self.eraLabels.filter(text.contains))
        }
        #expect(seen == Set(Self.eraLabels), "eras seen: \(seen.sorted())")
    }

    @Test func filteringByActorThenPolarityNarrowsEveryPane() throws {
        let session = try Dashboard.start()
        defer { session.kill() }
        let before = try session.waitForScreen("the status counts") { Dashboard.counts(on: $0) != nil }
        let initial = try #require(Dashboard.counts(on: before))
        let timelineBefore = Dashboard.paneTotal("1 Timeline", on: before)

        try session.send("f")
        try session.waitFor("filter:")
        try session.send("actor:CHN", literal: true)
        let byActor = try session.waitForScreen("the filter line to count actor:CHN") {
            $0.contains("actor:CHN") && Dashboard.filterFeedback(on: $0) != nil
        }
        let actorOnly = try #require(Dashboard.filterFeedback(on: byActor))
        try session.send(" pol:-", literal: true)
        // Every keystroke re-filters: the feedback follows before Enter.
        let typed = try session.waitForScreen("the filter line to count actor:CHN pol:-") {
            $0.contains("actor:CHN pol:-") && Dashboard.filterFeedback(on: $0) != nil
        }
        let both = try #require(Dashboard.filterFeedback(on: typed))
        #expect(actorOnly.articles <= initial.articles)
        #expect(actorOnly.stances <= initial.stances)
        #expect(both.stances > 0, "the seeds hold conflictual stances involving China:\n\(typed)")
        #expect(both.stances < actorOnly.stances, "pol:- keeps only the conflictual ones")
        #expect(both.articles <= actorOnly.articles)

        try session.send("Enter")
        let after = try session.waitForScreen("the applied filter in the status line") {
            $0.contains("filter: actor:CHN pol:-") && $0.contains("3 Stances · filtered")
        }
        // The pane's `i/N` may not fit beside its title; when it shows, it agrees.
        if let shown = Dashboard.paneTotal("3 Stances", on: after) { #expect(shown == both.stances) }
        if let events = Dashboard.statusNumber("events", on: after) { #expect(events <= initial.events) }
        if let timelineBefore, let timelineAfter = Dashboard.paneTotal("1 Timeline", on: after) {
            #expect(timelineAfter <= timelineBefore)
        }
        let signs = Dashboard.stanceSigns(on: after)
        #expect(!signs.isEmpty && signs.allSatisfy { $0 == "-" }, "stance scores shown: \(signs)")
        let signsBefore = Dashboard.stanceSigns(on: byActor)
        #expect(signs.count <= max(signsBefore.count, both.stances))
        #expect(!after.contains("no article"))
    }

    @Test func searchHighlightsMatchesAndNMovesToTheNext() throws {
        // Without colour the current match is the one drawn in reverse video.
        let session = try Dashboard.start(extra: "NO_COLOR=1")
        defer { session.kill() }
        try openArticle(containing: "Kuril", atLeast: 2, in: session)
        try session.send("Enter")
        // The status line and the timeline's selection draw in reverse too: look inside the
        // article pane only, once the search line has closed.
        func currentMatches(_ capture: String) -> [(line: Int, column: Int)] {
            let styled = StyledScreen(capture: capture)
            guard let article = styled.columns(ofPane: "2 Article") else { return [] }
            return styled.occurrences(of: "Kuril", within: styled.bodyLines, columns: article, where: \.reverse)
        }
        func searchLineClosed(_ capture: String) -> Bool {
            let styled = StyledScreen(capture: capture)
            return !styled.text(ofLine: styled.lines.count - 1).contains("search /")
                && !styled.text(ofLine: styled.lines.count - 2).contains("search /")
        }
        let first = try session.waitForScreen("a highlighted current match", escapes: true) {
            searchLineClosed($0) && !currentMatches($0).isEmpty
        }
        let styled = StyledScreen(capture: first)
        let current = currentMatches(first)
        #expect(current.count == 1)
        let article = try #require(styled.columns(ofPane: "2 Article"))
        let all = styled.occurrences(of: "Kuril", within: styled.bodyLines, columns: article) { _ in true }
        let marked = styled.occurrences(of: "Kuril", within: styled.bodyLines, columns: article) {
            $0.bold || $0.underline || $0.reverse
        }
        #expect(!all.isEmpty && marked.count == all.count, "every match in the article is marked")
        try session.send("n")
        let second = try session.waitForScreen("the current match to move", escapes: true) { text in
            let moved = currentMatches(text)
            return moved.count == 1 && (moved[0].line != current[0].line || moved[0].column != current[0].column)
        }
        #expect(currentMatches(second).count == 1)
    }

    @Test func resizingRelaysOutAndWarnsWhenTooSmall() throws {
        let session = try Dashboard.start()
        defer { session.kill() }
        try session.resize(width: 80, height: 24)
        let medium = try session.waitForScreen("the 80x24 layout") { text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // The counts too: on a busy machine the corpus may still be opening (the status line shows progress then).
            return ["1 Timeline", "2 Article"].allSatisfy(text.contains) && lines.allSatisfy { $0.count <= 80 }
                && Dashboard.counts(on: text) != nil
        }
        #expect(Dashboard.counts(on: medium) != nil, "the status line still shows:\n\(medium)")
        try session.resize(width: 30, height: 8)
        try session.waitForScreen("the too-small message") { $0.contains("terminal too small") && $0.contains("40×10") }
        try session.resize(width: 120, height: 40)
        try session.waitForScreen("three panes again") { text in
            ["1 Timeline", "2 Article", "3 Stances"].allSatisfy(text.contains) && !text.contains("too small")
        }
    }

    @Test func cLocaleDrawsOnlyASCII() throws {
        let session = try Dashboard.start(locale: "C")
        defer { session.kill() }
        try session.send("j")
        try session.send("j")
        let screen = try session.waitForScreen("the three panes") { text in
            ["1 Timeline", "2 Article", "3 Stances"].allSatisfy(text.contains)
        }
        let foreign = screen.unicodeScalars.filter { !$0.isASCII }
        #expect(foreign.isEmpty, "non-ASCII on screen: \(String(String.UnicodeScalarView(foreign.prefix(20))))")
        #expect(screen.contains("+-") || screen.contains("-+"), "ASCII box corners")
    }

    /// Opens, from the timeline, the first article in which `/word` finds `atLeast` matches,
    /// leaving the search line open on it.
    private func openArticle(containing word: String, atLeast count: Int, in session: TmuxSession) throws {
        for _ in 0..<12 {
            // `/` searches the focused pane: the article's text once it has focus.
            try session.send("2")
            try session.send("/")
            try session.send(word, literal: true)
            let screen = try session.waitForScreen("the search feedback") { $0.contains("matches") || $0.contains("no match") }
            if let total = Dashboard.matchTotal(on: screen), total >= count { return }
            try session.send("Escape")
            try session.send("1")
            try session.send("j")
            usleep(150_000)
        }
        throw TmuxSession.Timeout(waitingFor: "an article with \(count) matches of \(word)", screen: try session.screen())
    }
}
