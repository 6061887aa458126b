import BilateralCore
import Foundation

/// The near-duplicate step alone, on the 10,000-article synthetic corpus (the `load` mode's): it runs at every
/// open after the per-article results are read, so its cost adds to a warm open. The synthetic articles
/// recombine a few hundred seed paragraphs, so many pairs share paragraphs: more LSH candidates than a real
/// corpus would give, which makes the figure an upper bound.
enum DedupBench {
    /// A tenth of the warm-open target (0.3 s at 10,000 articles).
    static let target = 0.03

    static func run() throws {
        let (directory, keep) = ThroughputBench.corpusDirectory()
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        if !FileManager.default.fileExists(atPath: directory.path) {
            guard let seeds = ThroughputBench.seedsDirectory() else { throw BenchError("no seeds/ directory found") }
            _ = try SyntheticCorpus(articleCount: ThroughputBench.articleCount, seedsDirectory: seeds).write(into: directory)
        }
        let articles = try CorpusLoader().load(paths: [directory.path]).articles
        var groups: [DuplicateGroup] = []
        var best = Double.infinity, cpu = 0.0
        // The best of three: the machine is shared.
        for _ in 0..<3 {
            var runCPU = 0.0
            let wall = ResourceUsage.time { runCPU = ResourceUsage.cpuTime { groups = DuplicateDetection.groups(of: articles) } }
            if wall < best { (best, cpu) = (wall, runCPU) }
        }
        // The signatures alone (one thread): what every article costs, candidates or not.
        var signed = 0
        let signing = ResourceUsage.cpuTime {
            for article in articles where MinHashSignature(shingles: WordShingles.hashes(of: article)) != nil { signed += 1 }
        }
        print(String(format: "dedup: shingles and signatures alone: %.1f ms CPU for %d articles", signing * 1000, signed))
        let copies = groups.reduce(0) { $0 + $1.copies.count }
        print(String(format: "dedup: %d articles: %.1f ms wall, %.1f ms CPU; %d groups, %d copies  (target <= %.0f ms) %@",
                     articles.count, best * 1000, cpu * 1000, groups.count, copies, target * 1000, best <= target ? "PASS" : "MISS"))
    }
}
