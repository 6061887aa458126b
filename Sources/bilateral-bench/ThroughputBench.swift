import BilateralCore
import Foundation

/// Load + extract throughput on one core, peak memory, and `wc -w` on the same files for scale.
enum ThroughputBench {
    /// 10,000 unless BILATERAL_BENCH_ARTICLES says otherwise (for a quick look).
    static var articleCount: Int {
        ProcessInfo.processInfo.environment["BILATERAL_BENCH_ARTICLES"].flatMap(Int.init) ?? 10_000
    }

    static func run() throws {
        guard let seeds = seedsDirectory() else { throw BenchError("no seeds/ directory found (set BILATERAL_SEEDS)") }
        let (directory, keep) = corpusDirectory()
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        let corpus = try SyntheticCorpus(articleCount: articleCount, seedsDirectory: seeds)
        let (paths, bytes) = try corpus.write(into: directory)
        print("corpus: \(paths.count) articles, \(ResourceUsage.megabytes(bytes)) in \(directory.path)")

        let baseline = ResourceUsage.peakResidentBytes()
        var model = CorpusModel()
        var loaded = Corpus()
        var loadCPU = 0.0, extractCPU = 0.0
        let loadSeconds = try ResourceUsage.time {
            loadCPU = try ResourceUsage.cpuTime { loaded = try CorpusLoader().load(paths: [directory.path]) }
        }
        let afterLoad = ResourceUsage.peakResidentBytes()
        let extractSeconds = ResourceUsage.time {
            extractCPU = ResourceUsage.cpuTime { model = Extractor().analyse(loaded) }
        }
        let seconds = loadSeconds + extractSeconds
        let cpu = loadCPU + extractCPU
        print(String(format: "load: %.2f s wall, %.2f s CPU (%.1f MB/s); extract: %.2f s wall, %.2f s CPU (%.1f MB/s)",
                     loadSeconds, loadCPU, Double(bytes) / 1e6 / loadCPU,
                     extractSeconds, extractCPU, Double(bytes) / 1e6 / extractCPU))
        print(String(format: "load+extract CPU: %.2f s, %.1f MB/s, %.0f articles/s",
                     cpu, Double(bytes) / 1e6 / cpu, Double(model.articles.count) / cpu))
        let peak = ResourceUsage.peakResidentBytes()
        let megabytesPerSecond = Double(bytes) / 1e6 / seconds
        print(String(format: "load+extract wall: %.2f s, %.1f MB/s, %.0f articles/s (target >= 20 MB/s)",
                     seconds, megabytesPerSecond, Double(model.articles.count) / seconds))
        print("extracted: \(model.events.count) events, \(model.stances.count) stances, \(model.actors.count) actors")
        let budget = 2 * bytes + 30_000_000
        print("peak RSS: \(ResourceUsage.megabytes(peak)) (before loading \(ResourceUsage.megabytes(baseline)), "
            + "after loading \(ResourceUsage.megabytes(afterLoad)); "
            + "target <= \(ResourceUsage.megabytes(budget)))")

        let wordCountSeconds = try timeWordCount(paths: paths, in: directory)
        print(String(format: "wc -w: %.2f s; load+extract takes %.1fx as long", wordCountSeconds, seconds / wordCountSeconds))
    }

    /// Times `wc -w` over the same files, fed through a file list so the argument list stays short.
    static func timeWordCount(paths: [String], in directory: URL) throws -> Double {
        let list = directory.appendingPathComponent("files0.list")
        try Data(paths.joined(separator: "\0").utf8).write(to: list)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["wc", "-w", "--files0-from=\(list.path)"]
        process.standardOutput = FileHandle.nullDevice
        return try ResourceUsage.time {
            try process.run()
            process.waitUntilExit()
        }
    }

    /// Where the corpus goes: BILATERAL_BENCH_KEEP names a directory to write it into and leave behind,
    /// so it can be profiled (`bilateral-bench load` reuses it); otherwise a temporary directory removed afterwards.
    static func corpusDirectory() -> (url: URL, keep: Bool) {
        if let path = ProcessInfo.processInfo.environment["BILATERAL_BENCH_KEEP"], !path.isEmpty {
            return (URL(fileURLWithPath: path), true)
        }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("bilateral-bench-\(ProcessInfo.processInfo.processIdentifier)")
        return (url, false)
    }

    static func seedsDirectory() -> String? {
        var candidates = ["seeds"]
        if let path = ProcessInfo.processInfo.environment["BILATERAL_SEEDS"] { candidates.insert(path, at: 0) }
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("seeds").path)
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}

/// A benchmark that could not run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
