import BilateralCore
import Foundation

/// `store-memory`: where the memory of a warm-opened model goes. Opens the kept corpus through its kept store
/// (as `store-warm`), then takes the model apart piece by piece and reports the heap each piece held, per
/// article, beside the file bytes per article. Pieces share text (events and stances quote the article's text),
/// so they are dropped quoting ones first: each figure is what dropping that piece frees given the ones before.
/// It also reads every body back once to say what holding them would cost.
enum MemoryBench {
    static func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let directory = environment["BILATERAL_BENCH_KEEP"], let storePath = environment["BILATERAL_BENCH_STORE"],
              FileManager.default.fileExists(atPath: storePath) else {
            return print("skipped: needs BILATERAL_BENCH_KEEP (a corpus) and BILATERAL_BENCH_STORE (its store), as `store` leaves them")
        }
        let before = heapBytes()
        var opened: StoredCorpus.Opened?
        try autoreleasepool {
            let store = try CorpusStore(path: storePath, roots: [directory])
            opened = try StoredCorpus(store: store, extractor: Extractor()).open(roots: [directory])
        }
        guard var model = opened?.model, var keys = opened?.keys else { throw BenchError("open stopped") }
        opened = nil
        let count = max(1, model.articles.count)
        let fileBytes = try FileManager.default.contentsOfDirectory(atPath: directory).reduce(0) { total, name in
            total + ((try? FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? Int) ?? 0)
        }
        let peak = ResourceUsage.peakResidentBytes()
        print("with the model open: \(MemoryFigures.line)")
        let total = heapBytes() - before
        print("articles: \(model.articles.count), file \(fileBytes / count) B/article; peak RSS \(ResourceUsage.megabytes(peak)), "
              + "heap in use after open \(ResourceUsage.megabytes(total)) = \(total / count) B/article")
        let mentions = model.analyses.reduce(0) { $0 + $1.mentions.count }
        let evidence = model.stances.reduce(0) { $0 + $1.evidence.utf8.count }
        print(String(format: "per article: %.1f mentions, %.1f events, %.1f stances (evidence %d B)",
                     Double(mentions) / Double(count), Double(model.events.count) / Double(count),
                     Double(model.stances.count) / Double(count), evidence / count))
        // What the bodies would take if the model held them (as it did before they were read back on demand).
        let held = heapBytes()
        let withBodies = model.bodies.withBodies(model.articles)
        let sentences = withBodies.reduce(0) { $0 + $1.sentences.count }
        let paragraphs = withBodies.reduce(0) { $0 + $1.paragraphs.count }
        print(String(format: "bodies if held: %d B/article (%.1f sentences, %.1f paragraphs, text %d B)",
                     (heapBytes() - held) / count, Double(sentences) / Double(count), Double(paragraphs) / Double(count),
                     withBodies.reduce(0) { $0 + $1.lines.text.utf8.count } / count))
        withExtendedLifetime(withBodies) {}
        var last = heapBytes()
        func freed(_ label: String, _ drop: () -> Void) {
            drop()
            let now = heapBytes()
            print("  \(label): \((last - now) / count) B/article (\(ResourceUsage.megabytes(last - now)))")
            last = now
        }
        freed("store keys (hash and root numbers by marks key)") { keys = ArticleKeys(roots: []) }
        freed("duplicates and marks") {
            model.duplicates = Duplicates()
            model.marks = [:]
        }
        freed("stances") { model.stances = [] }
        freed("events") { model.events = [] }
        freed("analyses (mentions, counts)") { model.analyses = [] }
        freed("boilerplate ranges") { for index in model.articles.indices { model.articles[index].boilerplate = [] } }
        freed("the rest of the articles (ids, paths, titles, metadata)") { model.articles = [] }
        freed("actors, eras, warnings") { model = CorpusModel() }
        print("  left on the heap (shared strings, store, caches): \(ResourceUsage.megabytes(last - before))")
        print("  after dropping the model: \(MemoryFigures.line)")
        withExtendedLifetime(keys) {}
    }

    /// The bytes malloc has handed out and not had back (its arenas less what it holds free, plus the large blocks
    /// mapped apart), after `malloc_trim`: what the pieces of the model hold. Resident bytes would not tell: pages a
    /// few live objects keep stay resident when the rest of them is freed (glibc gives back only whole free pages).
    private static func heapBytes() -> Int {
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(nil, "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        guard let heap = MemoryFigures.mallocBytes() else { return 0 }
        return heap.system - heap.free + heap.mapped
    }

    private static func autoreleasepool(_ body: () throws -> Void) rethrows { try body() }
}
