import BilateralCore
import BilateralTUI
import Foundation
import TerminalUI

/// Keystroke → filtered frame: `update` plus rendering into a 120×40 grid, no terminal,
/// on a synthetic corpus (10,000 articles, or 100,000 for `keystroke-100k`), for queries
/// typed one character at a time. The model is built in memory once, with no store.
enum KeystrokeBench {
    /// The target every keystroke's p99 is measured against.
    static let targetMilliseconds = 16.0

    static let queries = [
        "russia", "actor:JPN", "pol:- japan", "year:2016..2018 sanctions", "era:rupture-2023 !treaty",
        "abe putin", "holder:RUS target:JPN", "score:<-3 kuril", "'sanctions | treaty", "pair:RUS-JPN ^the",
    ]

    static func run() throws {
        try run(count: ThroughputBench.articleCount)
    }

    /// 100,000 articles unless BILATERAL_BENCH_ARTICLES says otherwise; BILATERAL_BENCH_KEEP keeps
    /// (and reuses) the written corpus, since writing and extracting it takes a minute or two of CPU.
    static func runLarge() throws {
        try run(count: ProcessInfo.processInfo.environment["BILATERAL_BENCH_ARTICLES"].flatMap(Int.init) ?? 100_000)
    }

    static func run(count: Int) throws {
        guard let seeds = ThroughputBench.seedsDirectory() else { throw BenchError("no seeds/ directory found (set BILATERAL_SEEDS)") }
        let (directory, keep) = ThroughputBench.corpusDirectory()
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        if !FileManager.default.fileExists(atPath: directory.path) {
            _ = try SyntheticCorpus(articleCount: count, seedsDirectory: seeds).write(into: directory)
        }
        print("load average before building: \(ResourceUsage.loadAverage); \(ProcessInfo.processInfo.activeProcessorCount) cores")
        var model = CorpusModel()
        let buildSeconds = try ResourceUsage.time {
            model = Extractor().analyse(try CorpusLoader().load(paths: [directory.path]))
        }
        print(String(format: "model: %d articles, %d events, %d stances (built in %.1f s)",
                     model.articles.count, model.events.count, model.stances.count, buildSeconds))
        print("load average after building: \(ResourceUsage.loadAverage)")

        var indexSeconds = 0.0, textSeconds = 0.0
        var index: FilterIndex?
        let indexCPU = ResourceUsage.cpuTime { indexSeconds = ResourceUsage.time { index = FilterIndex(model: model) } }
        print(String(format: "filter index without the text (actors, dates, timeline order): %.0f ms (CPU %.0f ms)", indexSeconds * 1000, indexCPU * 1000))
        let textCPU = ResourceUsage.cpuTime { textSeconds = ResourceUsage.time { _ = index?.isTextReady(waiting: true) } }
        print(String(format: "  its folded text (byte-pair bitmaps, Bloom filters; built in the background while the dashboard is in use): %.0f ms (CPU %.0f ms)",
                     textSeconds * 1000, textCPU * 1000))

        var grid = Grid(width: 120, height: 40)
        var state = AppState(model: model, width: 120, height: 40, corpusName: "synthetic")
        var startSeconds = 0.0
        let startCPU = ResourceUsage.processCPUTime {
            startSeconds = ResourceUsage.time {
                state = AppState(model: model, width: 120, height: 40, corpusName: "synthetic")
                // As the dashboard's background build does, so that `O` is ready on the opened corpus.
                state.workOutOverview()
                DashboardView.render(state, into: &grid)
            }
        }
        print(String(format: "whole state, built in the background by the dashboard from 5,000 articles (indexes, timeline, overview, render; the text not needed): %.1f ms (CPU %.1f ms)",
                     startSeconds * 1000, startCPU * 1000))
        // What `bilateral browse` draws first at this size: the timeline's opening articles, while the whole state is built.
        var provisionalGrid = Grid(width: 120, height: 40)
        var provisionalSeconds = 0.0
        let provisionalCPU = ResourceUsage.processCPUTime {
            provisionalSeconds = ResourceUsage.time {
                var provisional = AppState(model: TimelineSample.opening(of: model, count: 2_000), width: 120, height: 40, corpusName: "synthetic")
                provisional.indexing = model.articles.count
                DashboardView.render(provisional, into: &provisionalGrid)
            }
        }
        print(String(format: "first frame, from the timeline's opening 2,000 articles: %.1f ms (CPU %.1f ms; target <= 300 ms: %@)",
                     provisionalSeconds * 1000, provisionalCPU * 1000, provisionalSeconds <= 0.3 ? "PASS" : "MISS"))
        // The dashboard folds the text in the background after its first frame; typing starts once it is ready.
        _ = FilterIndex.cached(for: state.model).isTextReady(waiting: true)

        // Each query is typed once: the core caches text results as a word grows, as it would live.
        var typing: [Double] = []
        var updating: [Double] = []
        var drawing: [Double] = []
        var typed: [String] = []
        var computing: [Double] = []
        // Which kind of term the key edits: free text, or a field (actor:, holder:, era: …).
        var typingText: [Double] = []
        var typingField: [Double] = []
        func keystroke(_ key: Key) {
            var updateSeconds = 0.0
            var total = 0.0
            computing.append(ResourceUsage.processCPUTime {
                total = ResourceUsage.time {
                    updateSeconds = ResourceUsage.time { update(&state, .key(key)) }
                    DashboardView.render(state, into: &grid)
                }
            })
            typing.append(total)
            let term = state.filter.text.split(separator: " ").last.map(String.init) ?? ""
            if term.contains(":") { typingField.append(total) } else { typingText.append(total) }
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
        report("filter keystroke", typing, target: true)
        report("  typing a text term", typingText, target: true)
        report("  typing a field term (actor:, holder:, year: …)", typingField, target: true)
        report("  of which update (filter, timeline, panes' state)", updating)
        report("  of which drawing the frame", drawing)
        // Wall time above counts the moments other processes hold the cores; this does not (it sums every thread's).
        report("filter keystroke, CPU time of every thread", computing)
        let slowest = computing.indices.sorted { computing[$0] > computing[$1] }.prefix(5)
        print("  slowest by CPU time: " + slowest.map {
            String(format: "\"%@\" %.1f ms (wall %.1f, update %.1f)", typed[$0], computing[$0] * 1000, typing[$0] * 1000, updating[$0] * 1000)
        }.joined(separator: ", "))

        // The dashboard works queries out off its update thread (`FilterWorker`): what that thread
        // spends per key is the longer of its two turns, taking the key and taking the result.
        // The text caches are warm from the typing above, which does not change these turns.
        state.evaluatesInBackground = true
        var updateThread: [Double] = []
        for query in queries {
            update(&state, .key(.character("f")))
            for key in query.map(Key.character) + [.ctrl("u")] {
                var job: FilterJob?
                let taking = ResourceUsage.time {
                    update(&state, .key(key))
                    DashboardView.render(state, into: &grid)
                    job = FilterJob(state)
                }
                let outcome = job?.run()
                let showing = ResourceUsage.time {
                    if let outcome { update(&state, .filterEvaluated(outcome)) }
                    DashboardView.render(state, into: &grid)
                }
                updateThread.append(max(taking, showing))
            }
            update(&state, .key(.enter))
        }
        state.evaluatesInBackground = false
        report("filter keystroke, update thread's longest turn with queries worked out in the background", updateThread, target: true)

        var moving: [Double] = []
        for key in Array(repeating: Key.character("j"), count: 200) + [.pageDown, .pageDown, .character("G"), .character("g")] {
            moving.append(ResourceUsage.time {
                update(&state, .key(key))
                DashboardView.render(state, into: &grid)
            })
        }
        report("timeline move", moving, target: true)

        update(&state, .key(.character("2")))
        var scrolling: [Double] = []
        for key in Array(repeating: Key.character("j"), count: 100) + [.ctrl("d"), .character("G"), .character("g")] {
            scrolling.append(ResourceUsage.time {
                update(&state, .key(key))
                DashboardView.render(state, into: &grid)
            })
        }
        report("article scroll", scrolling, target: true)
        print("load average at the end: \(ResourceUsage.loadAverage)")
    }

    /// Prints p50, p99 and the worst of `samples` (seconds) in milliseconds; with `target`,
    /// p99 beside the 16 ms target and PASS or MISS.
    static func report(_ label: String, _ samples: [Double], target: Bool = false) {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return }
        func percentile(_ p: Double) -> Double {
            sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded(.up)))] * 1000
        }
        let p99 = percentile(0.99)
        let verdict = target ? String(format: " (target p99 <= %.0f ms: %@)", targetMilliseconds, p99 <= targetMilliseconds ? "PASS" : "MISS") : ""
        print(String(format: "%@: n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms%@",
                     label, sorted.count, percentile(0.5), p99, (sorted.last ?? 0) * 1000, verdict))
    }
}
