import BilateralCore
import Foundation

/// Main-text extraction against the field on ../shared/html-bench (91 saved news pages with
/// their true article bodies): loads the pages as the corpus loader does, writes each page's
/// main text (what `export --with-text` gives as "text") and scores it with the set's own
/// `score.py`. BILATERAL_HTML_BENCH=dir names another copy; BILATERAL_HTML_BENCH_DETAIL=file
/// keeps the per-page figures.
enum HTMLBench {
    /// trafilatura 2.x scores about 0.96 on these pages, readability 0.92–0.95.
    static let targetF1 = 0.96

    static func run() throws {
        guard let directory = benchDirectory() else {
            print("html-bench: SKIP (no ../shared/html-bench; set BILATERAL_HTML_BENCH)")
            return
        }
        let pages = URL(fileURLWithPath: directory).appendingPathComponent("pages").path
        var corpus = Corpus()
        var cpu = 0.0
        let seconds = try ResourceUsage.time {
            cpu = try ResourceUsage.cpuTime { corpus = try CorpusLoader().load(paths: [pages]) }
        }
        var predictions: [String: String] = [:]
        for article in corpus.articles {
            predictions[article.id.replacingOccurrences(of: ".html.gz", with: "")] = article.mainText
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("html-bench-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try JSONSerialization.data(withJSONObject: predictions, options: [.sortedKeys]).write(to: scratch)
        var arguments = [URL(fileURLWithPath: directory).appendingPathComponent("score.py").path, scratch.path,
                         URL(fileURLWithPath: directory).appendingPathComponent("truth.json").path]
        if let detail = ProcessInfo.processInfo.environment["BILATERAL_HTML_BENCH_DETAIL"], !detail.isEmpty {
            arguments += ["--detail", detail]
        }
        let output = try python(arguments)
        guard let summary = output.split(separator: "\n").last(where: { $0.hasPrefix("html-bench:") }),
              let f1 = summary.split(separator: " ").first(where: { $0.hasPrefix("F1=") }).flatMap({ Double($0.dropFirst(3)) })
        else { throw BenchError("score.py printed no summary line:\n\(output)") }
        print(summary)
        let count = max(1, corpus.articles.count)
        print(String(format: "html-bench F1: %.3f (target >= %.2f: %@); %d pages, %d warnings",
                     f1, targetF1, f1 >= targetF1 ? "PASS" : "MISS", corpus.articles.count, corpus.warnings.count))
        print(String(format: "html-bench time: %.1f ms per page wall, %.1f ms CPU (trafilatura ~21 ms, readability ~25 ms)",
                     seconds * 1000 / Double(count), cpu * 1000 / Double(count)))
    }

    /// The bench's folder: BILATERAL_HTML_BENCH, else `../shared/html-bench` beside the repository.
    static func benchDirectory() -> String? {
        var candidates: [String] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["BILATERAL_HTML_BENCH"] { candidates.append(fromEnvironment) }
        candidates.append("../shared/html-bench")
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.deletingLastPathComponent().appendingPathComponent("shared/html-bench").path)
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/score.py") }
    }

    private static func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("score.py exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }
}
