import BilateralCore
import Foundation
import Testing
@testable import BilateralTUI
import TerminalUI

/// The dashboard on the real seeds, asserting only what extraction changes cannot move.
@Suite struct SeedsSmokeTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path

    @Test func opensOnTheSeedsAndSurvivesEveryKeyFamily() throws {
        let corpus = try CorpusLoader().load(paths: [Self.seeds])
        let model = Extractor().analyse(corpus)
        var state = AppState(model: model, width: 120, height: 40, corpusName: "seeds")
        let first = DashboardView.render(state)
        let screen = first.rows.joined(separator: "\n")
        for title in ["1 Timeline", "2 Article", "3 Stances"] { #expect(screen.contains(title)) }
        for era in model.eras { #expect(screen.contains(era.label)) }
        #expect(state.article.index != nil)

        let keys: [Key] = [
            .character("j"), .character("G"), .pageUp, .enter, .ctrl("d"), .character("/"), .character("a"),
            .enter, .character("n"), .tab, .character("j"), .enter, .character("z"), .character("b"),
            .character("e"), .character("-"), .character("f"), .character("x"), .backspace, .enter,
            .character("a"), .down, .enter, .character("?"), .escape, .escape, .character("3"), .character("G"),
        ]
        for key in keys {
            update(&state, .key(key))
            let grid = DashboardView.render(state)
            #expect(grid.width == 120 && grid.height == 40)
        }
        #expect(!state.shouldQuit)
    }

    @Test func timelineCacheMatchesTheCoreOnTheSeeds() throws {
        let model = Extractor().analyse(try CorpusLoader().load(paths: [Self.seeds]))
        let cache = TimelineCache(model: model, pair: ["RUS", "JPN"])
        for query in ["", "actor:CHN", "pol:-", "putin", "year:2016..2018", "era:rupture-2023 | sochi"] {
            let filtered = try Filter.parse(query).apply(to: model)
            let expected = Timeline(model: model, filtered: filtered, pair: ("RUS", "JPN"))
            let actual = cache.timeline(of: model, filtered: filtered)
            #expect(actual.sections.map(\.entries) == expected.sections.map(\.entries), "\(query)")
            let eras = zip(actual.sections, expected.sections).filter { $0.0.era != nil }
            #expect(eras.map(\.0.netScore) == eras.map(\.1.netScore), "\(query)")
        }
    }
}
