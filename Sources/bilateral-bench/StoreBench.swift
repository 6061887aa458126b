import BilateralCore
import Foundation

/// The corpus store at scale: cold open (extract everything on all cores and store it), warm open (read it
/// all back), one file changed, and export, each beside its target. `BILATERAL_BENCH_ARTICLES` sets the size
/// (10,000 by default; 100,000 writes ~360 MB to a temporary directory, removed after, and takes minutes).
/// `BILATERAL_BENCH_STORE` names a store file to use and keep (with `BILATERAL_BENCH_KEEP`, a second run is warm
/// throughout: a way to profile the warm open alone).
enum StoreBench {
    static func run() throws {
        try run(count: ThroughputBench.articleCount)
    }

    /// At 100,000 articles unless BILATERAL_BENCH_ARTICLES says otherwise: the issue's second size.
    static func runLarge() throws {
        try run(count: ProcessInfo.processInfo.environment["BILATERAL_BENCH_ARTICLES"].flatMap(Int.init) ?? 100_000)
    }

    static func run(count: Int) throws {
        let (directory, keep) = ThroughputBench.corpusDirectory()
        let keptStore = ProcessInfo.processInfo.environment["BILATERAL_BENCH_STORE"].flatMap { $0.isEmpty ? nil : $0 }
        let storePath = keptStore
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-bench-store-\(getpid()).sqlite").path
        defer {
            if !keep { try? FileManager.default.removeItem(at: directory) }
            if keptStore == nil {
                for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
            }
        }
        if !FileManager.default.fileExists(atPath: directory.path) {
            guard let seeds = ThroughputBench.seedsDirectory() else { throw BenchError("no seeds/ directory found") }
            _ = try SyntheticCorpus(articleCount: count, seedsDirectory: seeds).write(into: directory)
        }
        let roots = [directory.path]
        let bytes = try corpusBytes(directory.path)
        // A kept directory made by hand (or emptied) would otherwise be timed as a corpus of nothing, all PASS.
        guard bytes > 0 else {
            throw BenchError("\(directory.path) exists but holds no articles: remove it, and the bench writes the corpus there")
        }
        let large = count >= 50_000
        print("corpus: \(count) articles, \(ResourceUsage.megabytes(bytes)), \(ProcessInfo.processInfo.activeProcessorCount) cores")

        func openCorpus() throws -> (StoredCorpus.Opened, extracted: Int) {
            let store = try CorpusStore(path: storePath, roots: roots)
            var extracted = 0
            guard let opened = try StoredCorpus(store: store, extractor: Extractor()).open(roots: roots, progress: { extracted = $0.extracted }) else {
                throw BenchError("open stopped")
            }
            return (opened, extracted)
        }

        // Each figure is wall time beside its target; the CPU seconds beside it tell a busy machine from slow code.
        func timed<T>(_ body: () throws -> T) throws -> (value: T, wall: Double, cpu: Double) {
            var value: T?
            var cpu = 0.0
            let wall = try ResourceUsage.time { cpu = try ResourceUsage.processCPUTime { value = try body() } }
            guard let value else { throw BenchError("nothing measured") }
            return (value, wall, cpu)
        }
        let cold = try timed(openCorpus)
        report("cold open (extract and store all)", cold.wall, target: large ? nil : 2.0, unit: "s", cpu: cold.cpu)
        report("cold open CPU / wall", cold.cpu / cold.wall, target: 1.8, unit: "", higherIsBetter: true)
        let articles = cold.value.0.model.articles.count

        let warm = try timed(openCorpus)
        report("warm open (all stored), \(warm.value.extracted) extracted", warm.wall, target: large ? 2.0 : 0.3, unit: "s", cpu: warm.cpu)
        // Peak RSS in a process of its own that opens warm, as a new dashboard would: this one has been through the cold open.
        try warmOpenInAnotherProcess(directory: directory.path, storePath: storePath)

        let changed = directory.appendingPathComponent(String(format: "%05d_synthetic.txt", count / 2)).path
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: changed))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nJapan and Russia resumed talks on the islands.\n".utf8))
        try handle.close()
        let oneChanged = try timed(openCorpus)
        report("open with one file changed, \(oneChanged.value.extracted) extracted, corpus step \(oneChanged.value.0.corpusStep)",
               oneChanged.wall, target: large ? 2.0 : 0.3,
               unit: "s", cpu: oneChanged.cpu)

        // As `bilateral export` writes: streamed through a buffer to the descriptor.
        let model = oneChanged.value.0.model
        let null = Glibc.open("/dev/null", O_WRONLY)
        defer { close(null) }
        let export = try timed {
            var out = ExportWriter { chunk in Glibc.write(null, chunk.baseAddress, chunk.count) < 0 ? "write failed" : nil }
            JSONExporter().write(model, to: &out)
            try out.finish()
        }
        let words = try wordCountSeconds(directory.path)
        let openAndExport = oneChanged.wall + export.wall
        print(String(format: "export json: %.2f s to write (CPU %.2f s) (+ %.2f s warm open); wc -w on the same files: %.2f s",
                     export.wall, export.cpu, oneChanged.wall, words))
        report("export (warm open + JSON) ÷ wc -w", openAndExport / max(words, 0.001), target: 8, unit: "×")
        print("articles: \(articles)")
    }

    /// `store-warm`: opens the corpus in BILATERAL_BENCH_KEEP through the store in BILATERAL_BENCH_STORE (both left
    /// by an earlier run) and reports the wall and CPU time and the process's peak RSS beside the corpus's bytes.
    static func runWarm() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let directory = environment["BILATERAL_BENCH_KEEP"], let storePath = environment["BILATERAL_BENCH_STORE"],
              FileManager.default.fileExists(atPath: storePath) else {
            // Run alone (or by `all`) it has nothing to open: the store modes run it with both set.
            return print("skipped: needs BILATERAL_BENCH_KEEP (a corpus) and BILATERAL_BENCH_STORE (its store), as the store modes set them")
        }
        let bytes = try corpusBytes(directory)
        var extracted = 0
        var articles = 0
        var step = ""
        var cpu = 0.0
        var opened: StoredCorpus.Opened?
        let sampler = ResidentSampler()
        let wall = try ResourceUsage.time {
            cpu = try ResourceUsage.processCPUTime {
                let store = try CorpusStore(path: storePath, roots: [directory])
                opened = try StoredCorpus(store: store, extractor: Extractor()).open(roots: [directory]) { extracted = $0.extracted }
                articles = opened?.model.articles.count ?? 0
                step = opened.map { "\($0.corpusStep)" } ?? "stopped"
            }
        }
        let sampled = sampler.stop()
        print(String(format: "resident size peaked at %@, %.2f s into the %.2f s open", ResourceUsage.megabytes(sampled.bytes), sampled.at, wall))
        // Where the memory is with the model open, as a dashboard would hold it.
        print("memory with the model open: \(MemoryFigures.line)")
        withExtendedLifetime(opened) {}
        let large = articles >= 50_000
        report("warm open in a new process, \(articles) articles, \(extracted) extracted, corpus step \(step)", wall, target: large ? 2.0 : 0.3, unit: "s", cpu: cpu)
        report("peak RSS of that process (corpus \(ResourceUsage.megabytes(bytes)))", Double(ResourceUsage.peakResidentBytes()) / 1e6,
               target: large ? Double(bytes) / 1e6 : nil, unit: "MB")
    }

    private static func warmOpenInAnotherProcess(directory: String, storePath: String) throws {
        let process = Process()
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        process.executableURL = URL(fileURLWithPath: me)
        process.arguments = ["store-warm"]
        var environment = ProcessInfo.processInfo.environment
        environment["BILATERAL_BENCH_KEEP"] = directory
        environment["BILATERAL_BENCH_STORE"] = storePath
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The child's own lines, without its "== store-warm" heading.
        for line in text.split(separator: "\n") where !line.hasPrefix("==") { print(line) }
    }

    private static func report(
        _ label: String, _ value: Double, target: Double?, unit: String, higherIsBetter: Bool = false, cpu: Double? = nil
    ) {
        let figure = String(format: "%.2f%@", value, unit.isEmpty ? "" : " " + unit) + (cpu.map { String(format: " (CPU %.2f s)", $0) } ?? "")
        guard let target else {
            print("\(label): \(figure)")
            return
        }
        let pass = higherIsBetter ? value >= target : value <= target
        print("\(label): \(figure)  (target \(higherIsBetter ? "≥" : "≤") \(String(format: "%g", target))\(unit.isEmpty ? "" : " " + unit))  \(pass ? "PASS" : "MISS")")
    }

    private static func corpusBytes(_ directory: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: directory).reduce(0) { total, name in
            total + ((try? FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? Int) ?? 0)
        }
    }

    /// Wall seconds `wc -w` takes over every file of the corpus.
    private static func wordCountSeconds(_ directory: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "find \"$0\" -name '*.txt' -print0 | xargs -0 wc -w > /dev/null", directory]
        return try ResourceUsage.time {
            try process.run()
            process.waitUntilExit()
        }
    }
}
