/// One benchmark a developer can run on its own (`bilateral-bench NAME`) or with the rest (`all`).
struct BenchMode: Sendable {
    var name: String
    var summary: String
    /// Prints its own figures, one per line.
    var run: @Sendable () throws -> Void
}

/// Every benchmark mode; add a line here to register a new one.
enum BenchRegistry {
    static let modes: [BenchMode] = [
        BenchMode(name: "throughput", summary: "load + extract a synthetic corpus on one core", run: ThroughputBench.run),
        BenchMode(name: "load", summary: "loading alone (BILATERAL_BENCH_KEEP=dir reuses a kept corpus)", run: LoadBench.run),
        BenchMode(name: "keystroke", summary: "dashboard keystroke -> filtered frame on 10,000 articles", run: KeystrokeBench.run),
        BenchMode(name: "keystroke-100k", summary: "the keystroke bench at 100,000 articles (~360 MB written to a temporary directory; minutes)",
                  run: KeystrokeBench.runLarge),
        BenchMode(name: "html", summary: "main-text F1 and time per page on ../shared/html-bench (score.py)", run: HTMLBench.run),
        BenchMode(name: "store", summary: "corpus store: cold, warm and one-changed open, export vs wc -w (10,000 articles)", run: StoreBench.run),
        BenchMode(name: "store-100k", summary: "the store bench at 100,000 articles (~360 MB written to a temporary directory; minutes)",
                  run: StoreBench.runLarge),
        BenchMode(name: "store-cold", summary: "the cold open alone into a new store: CPU user/sys, bytes written (BILATERAL_BENCH_KEEP corpus)",
                  run: StoreColdBench.run),
        BenchMode(name: "store-warm", summary: "warm open of a kept corpus and store (BILATERAL_BENCH_KEEP, BILATERAL_BENCH_STORE), peak RSS",
                  run: StoreBench.runWarm),
        BenchMode(name: "store-memory", summary: "what each piece of a warm-opened model holds (BILATERAL_BENCH_KEEP, BILATERAL_BENCH_STORE)",
                  run: MemoryBench.run),
        BenchMode(name: "long-sentence", summary: "20 MB naming actors with no sentence end, vs the same with full stops", run: LongSentenceBench.run),
        BenchMode(name: "dedup", summary: "near-duplicate detection at open on 10,000 articles (upper bound: shared paragraphs)", run: DedupBench.run),
        BenchMode(name: "terminal-bytes", summary: "bytes the dashboard writes to a 120x40 pty", run: TerminalBytesBench.run),
    ]

    static func mode(named name: String) -> BenchMode? {
        modes.first { $0.name == name }
    }

    static var usage: String {
        var text = "usage: bilateral-bench [all | MODE...]\nmodes:"
        for mode in modes {
            text += "\n  \(mode.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(mode.summary)"
        }
        return text
    }
}
