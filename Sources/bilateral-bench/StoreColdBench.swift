import BilateralCore
import Foundation

/// `store-cold`: the cold open alone (extract every file and store it into a new store), with what a loaded
/// machine does not move: CPU seconds split into user and system, the bytes the process wrote to disk, and the
/// store's size after. The corpus is BILATERAL_BENCH_KEEP's (written there when missing), so that a profiler or
/// `strace` sees the open and nothing else; the store is made afresh for every run.
enum StoreColdBench {
    static func run() throws {
        let (directory, keep) = ThroughputBench.corpusDirectory()
        let count = ThroughputBench.articleCount
        let storePath = ProcessInfo.processInfo.environment["BILATERAL_BENCH_STORE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-bench-cold-\(getpid()).sqlite").path
        let suffixes = ["", "-wal", "-shm", ".lock"]
        for suffix in suffixes { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        defer {
            if !keep { try? FileManager.default.removeItem(at: directory) }
        }
        if !FileManager.default.fileExists(atPath: directory.path) {
            guard let seeds = ThroughputBench.seedsDirectory() else { throw BenchError("no seeds/ directory found") }
            _ = try SyntheticCorpus(articleCount: count, seedsDirectory: seeds).write(into: directory)
        }
        let roots = [directory.path]
        let writtenBefore = writtenBytes()
        let before = usage()
        var articles = 0
        let wall = try ResourceUsage.time {
            let store = try CorpusStore(path: storePath, roots: roots)
            guard let opened = try StoredCorpus(store: store, extractor: Extractor()).open(roots: roots, progress: { _ in }) else {
                throw BenchError("open stopped")
            }
            articles = opened.model.articles.count
        }
        let after = usage()
        let written = writtenBytes() - writtenBefore
        let (user, system) = (after.user - before.user, after.system - before.system)
        print(String(format: "cold open of %d articles: %.2f s wall, CPU %.2f s (user %.2f, sys %.2f), CPU / wall %.2f",
                     articles, wall, user + system, user, system, (user + system) / wall))
        let sizes = suffixes.prefix(2).map { suffix in
            (try? FileManager.default.attributesOfItem(atPath: storePath + suffix)[.size] as? Int).flatMap { $0 } ?? 0
        }
        print(String(format: "written to disk: %@ (%.0f B per article); store %@, its WAL %@",
                     ResourceUsage.megabytes(written), Double(written) / Double(max(articles, 1)),
                     ResourceUsage.megabytes(sizes[0]), ResourceUsage.megabytes(sizes[1])))
        print("load average: \(ResourceUsage.loadAverage)")
    }

    /// User and system CPU seconds of this process so far.
    private static func usage() -> (user: Double, system: Double) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return (seconds(usage.ru_utime), seconds(usage.ru_stime))
    }

    /// `write_bytes` of /proc/self/io: what this process caused to be written to storage (0 where it cannot be read).
    private static func writtenBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("write_bytes:") {
            return Int(line.split(separator: " ").last ?? "") ?? 0
        }
        return 0
    }
}
