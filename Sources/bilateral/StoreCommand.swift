import ArgumentParser
import BilateralCore
import Foundation

/// `bilateral store list|path|clear`: show and manage the corpus stores.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Show and manage the corpus stores (extraction results, and your marks, notes and corrections).",
        subcommands: [List.self, ShowPath.self, Clear.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every store: its file, size and corpus paths.")

        func run() throws {
            for path in StoreLocation.stores() {
                let size = FileFacts.size(of: path).map { "\(($0 + 1023) / 1024) KiB" } ?? "?"
                guard let summary = CorpusStore.summary(ofStoreAt: path) else {
                    print("\(path)\t\(size)\t(not a readable store)")
                    continue
                }
                print("\(path)\t\(size)\t\(summary.files) files\t\(summary.markedArticles) marked articles\t"
                    + "\(summary.correctedStances) corrected stances\t\(summary.roots.joined(separator: " "))")
            }
        }
    }

    struct ShowPath: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "path", abstract: "Print the store file of a corpus.")

        @OptionGroup var corpus: CorpusOptions

        func run() throws {
            try reportingFailures { print(try corpus.storePath()) }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drop a corpus's stored extraction results (rebuilt at the next open); your marks, notes and corrections stay.")

        @OptionGroup var corpus: CorpusOptions

        func run() throws {
            try reportingFailures {
                let path = try corpus.storePath()
                guard FileManager.default.fileExists(atPath: path) else {
                    print("\(path): no store yet")
                    return
                }
                do {
                    let store = try CorpusStore(path: path, roots: StoreLocation.identity(of: try corpus.resolvedPaths()))
                    let count = try store.fileCount()
                    try store.clearDerived()
                    print("\(path): cleared the results of \(count) file\(count == 1 ? "" : "s"); your marks, notes and corrections are kept")
                } catch let error as StoreError {
                    throw CommandFailure(error.description)
                }
            }
        }
    }
}
