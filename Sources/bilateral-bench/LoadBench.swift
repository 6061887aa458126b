import BilateralCore
import Foundation

/// Loading alone, on a corpus left by `BILATERAL_BENCH_KEEP=dir bilateral-bench throughput`
/// (or written here when the directory is missing), so a profiler sees nothing but the loader.
/// BILATERAL_BENCH_LOAD_DUMP=file writes everything the loader found, to check a change alters nothing.
enum LoadBench {
    static func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (directory, keep) = ThroughputBench.corpusDirectory()
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        if !FileManager.default.fileExists(atPath: directory.path) {
            guard let seeds = ThroughputBench.seedsDirectory() else { throw BenchError("no seeds/ directory found") }
            let corpus = try SyntheticCorpus(articleCount: ThroughputBench.articleCount, seedsDirectory: seeds)
            _ = try corpus.write(into: directory)
        }
        let baseline = ResourceUsage.peakResidentBytes()
        var loaded = Corpus()
        var cpu = 0.0
        let seconds = try ResourceUsage.time {
            cpu = try ResourceUsage.cpuTime { loaded = try CorpusLoader().load(paths: [directory.path]) }
        }
        let bytes = loaded.articles.reduce(0) { $0 + $1.lines.text.utf8.count }
        print(String(format: "load: %d articles, %.1f MB of text: %.2f s wall, %.2f s CPU (%.1f MB/s)",
                     loaded.articles.count, Double(bytes) / 1e6, seconds, cpu, Double(bytes) / 1e6 / cpu))
        print("peak RSS: \(ResourceUsage.megabytes(ResourceUsage.peakResidentBytes())) "
            + "(before loading \(ResourceUsage.megabytes(baseline)))")
        if let dump = environment["BILATERAL_BENCH_LOAD_DUMP"], !dump.isEmpty {
            try Data(describe(loaded).utf8).write(to: URL(fileURLWithPath: dump))
        }
    }

    /// Every field of every article, one per line.
    static func describe(_ corpus: Corpus) -> String {
        var out = corpus.warnings.map { "warning \($0)\n" }.joined()
        for article in corpus.articles {
            out += "article \(article.id) \(article.path)\n title \(article.titleSource.rawValue): \(article.title)\n"
            out += " date \(article.dateSource.rawValue): \(String(describing: article.date))\n"
            out += " author \(article.author ?? "-") source \(article.source ?? "-") url \(article.url ?? "-")\n"
            out += " body \(article.bodyStart) metadata \(article.metadataLines) boilerplate \(article.boilerplate)\n"
            out += " paragraphs \(article.paragraphs.map { "\($0.lines.first)-\($0.lines.last)\($0.isBoilerplate ? "b" : "")" })\n"
            for line in article.lines.indices { out += " | \(article.lines.line(line))\n" }
            for sentence in article.sentences {
                out += " s \(sentence.start.line):\(sentence.start.column)-\(sentence.end.line):\(sentence.end.column)"
                    + " p\(sentence.paragraph)\(sentence.isBoilerplate ? " b" : "") \(sentence.text)\n"
            }
        }
        return out
    }
}
