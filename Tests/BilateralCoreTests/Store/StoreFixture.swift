import Foundation
@testable import BilateralCore

/// A temporary corpus folder and store file for one test, removed when it ends.
/// A model as `export --format json` writes it: what the store's suites compare a stored model with a fresh one by.
func storeJSON(_ model: CorpusModel) -> String { JSONExporter().export(model) }

final class StoreFixture {
    let directory: String
    let corpus: String
    let storePath: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-store-\(UUID().uuidString)").path
        corpus = directory + "/corpus"
        storePath = directory + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: corpus + "/" + name, atomically: false, encoding: .utf8)
    }

    /// Opens the corpus through a store at `storePath`.
    func open(extractor: Extractor = Extractor(), progress: [StoredCorpus.Progress]? = nil) throws -> (StoredCorpus.Opened, [StoredCorpus.Progress]) {
        let store = try CorpusStore(path: storePath, roots: [corpus])
        var seen: [StoredCorpus.Progress] = []
        let opened = try StoredCorpus(store: store, extractor: extractor).open(roots: [corpus]) { seen.append($0) }
        guard let opened else { throw CocoaError(.userCancelled) }
        return (opened, seen)
    }

    /// How many files the last open extracted.
    func extractedCount(extractor: Extractor = Extractor()) throws -> Int {
        try open(extractor: extractor).1.last?.extracted ?? -1
    }

    /// The model as extraction without a store makes it.
    func freshModel() throws -> CorpusModel {
        Extractor().analyse(try CorpusLoader().load(paths: [corpus]))
    }

    static let articles = [
        "a.txt": "---\ndate: 2016-05-06\n---\nJapan and Russia agreed to expand economic cooperation, Tokyo said.\n\nPutin praised Abe for the plan.\n",
        "b.md": "# Talks stall\n\n2018-11-22\n\nRussia criticised Japan over the new missile shield.\nChina welcomed the talks.\n",
        "c.txt": "Japan imposed sanctions on Russia in 2022.\nMoscow condemned the sanctions and suspended the peace-treaty talks.\n",
    ]

    func writeArticles() throws {
        for (name, text) in Self.articles { try write(name, text) }
    }

    /// `count` one-line articles, "00.txt" on, each of its own year from 1990: a corpus of many files for the
    /// opens that change one of them.
    func writeNumberedArticles(_ count: Int) throws {
        for number in 0..<count {
            try write(String(format: "%02d.txt", number), "Japan and Russia held talks on the islands in \(1990 + number).\n")
        }
    }
}
