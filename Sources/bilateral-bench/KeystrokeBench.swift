import BilateralCore
import BilateralTUI
import Foundation
import TerminalUI

/// Keystroke → filtered frame: `update` plus rendering into a 120×40 grid, no terminal,
/// on the 10,000-article synthetic corpus, for queries typed one character at a time.
enum KeystrokeBench {
    static let queries = [
        "russia", "actor:JPN", "pol:- japan", "year:2016..2018 sanctions", "era:rupture-2023 !treaty",
        "abe putin", "holder:RUS target:JPN", "score:<-3 kuril", "'sanctions | treaty", "pair:RUS-JPN ^the",
    ]

    static func run() throws {
        guard let seeds = ThroughputBench.seedsDirectory() else { throw BenchError("no seeds/ directory found (set BILATERAL_SEEDS)") }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("bilateral-keystroke-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = try SyntheticCorpus(articleCount: ThroughputBench.articleCount, seedsDirectory: seeds)
        _ = try corpus.write(into: directory)
        let model = Extractor().analyse(try CorpusLoader().load(paths: [directory.path]))
        print("model: \(model.articles.count) articles, \(model.events.count) events, \(model.stances.count) stances")

        var indexSeconds = 0.0
        let indexCPU = ResourceUsage.cpuTime { indexSeconds = ResourceUsage.time { _ = FilterIndex(model: model) } }
        print(String(format: "filter index (folded text, byte-pair bitmaps, Bloom filters): %.0f ms (CPU %.0f ms)", indexSeconds * 1000, indexCPU * 1000))

        var grid = Grid(width: 120, height: 40)
        var state = AppState(model: model, width: 120, height: 40, corpusName: "synthetic")
        let startSeconds = ResourceUsage.time {
            state = AppState(model: model, width: 120, height: 40, corpusName: "synthetic")
            DashboardView.render(state, into: &grid)
        }
        print(String(format: "first frame (indexes, timeline, render): %.1f ms", startSeconds * 1000))

        // Each query is typed once: the core caches text results as a word grows, as it would live.
        var typing: [Double] = []
        var updating: [Double] = []
        var drawing: [Double] = []
        var typed: [String] = []
        var computing: [Double] = []
        func keystroke(_ key: Key) {
            var updateSeconds = 0.0
            var total = 0.0
            computing.append(ResourceUsage.cpuTime {
                total = ResourceUsage.time {
                    updateSeconds = ResourceUsage.time { update(&state, .key(key)) }
                    DashboardView.render(state, into: &grid)
                }
            })
            typing.append(total)
            updating.append(updateSeconds)
            drawing.append(total - updateSeconds)
            typed.append(state.filter.text)
        }
        for query in queries {
            update(&state, .key(.character("f")))
            for character in query { keystroke(.character(character)) }
            keystroke(.ctrl("u"))
            update(&state, .key(.enter))
        }
        report("filter keystroke", typing)
        report("  of which update (filter, timeline, panes' state)", updating)
        report("  of which drawing the frame", drawing)
        // Wall time above counts the moments other processes hold the core; this does not.
        report("filter keystroke, CPU time of this thread", computing)
        let slowest = computing.indices.sorted { computing[$0] > computing[$1] }.prefix(5)
        print("  slowest by CPU time: " + slowest.map {
            String(format: "\"%@\" %.1f ms (wall %.1f, update %.1f)", typed[$0], computing[$0] * 1000, typing[$0] * 1000, updating[$0] * 1000)
        }.joined(separator: ", "))

        var moving: [Double] = []
        for key in Array(repeating: Key.character("j"), count: 200) + [.pageDown, .pageDown, .character("G"), .character("g")] {
            moving.append(ResourceUsage.time {
                update(&state, .key(key))
                DashboardView.render(state, into: &grid)
            })
        }
        report("timeline move", moving)

        update(&state, .key(.character("2")))
        var scrolling: [Double] = []
        for key in Array(repeating: Key.character("j"), count: 100) + [.ctrl("d"), .character("G"), .character("g")] {
            scrolling.append(ResourceUsage.time {
                update(&state, .key(key))
                DashboardView.render(state, into: &grid)
            })
        }
        report("article scroll", scrolling)
    }

    /// Prints p50, p99 and the worst of `samples` (seconds) in milliseconds.
    static func report(_ label: String, _ samples: [Double]) {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return }
        func percentile(_ p: Double) -> Double {
            sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded(.up)))] * 1000
        }
        print(String(format: "%@: n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms (target p99 <= 16 ms)",
                     label, sorted.count, percentile(0.5), percentile(0.99), (sorted.last ?? 0) * 1000))
    }
}
