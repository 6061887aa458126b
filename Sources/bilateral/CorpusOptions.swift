import ArgumentParser
import BilateralCore
import Foundation

/// The corpus paths every subcommand takes.
struct CorpusOptions: ParsableArguments {
    @Option(help: "The corpus store to use (default: one per corpus under $XDG_DATA_HOME/bilateral/).")
    var store: String?

    @Flag(help: "Extract everything again in memory, without reading or writing a store.")
    var noStore = false

    @Argument(help: "Article files or directories (default: the repository's seeds/).")
    var paths: [String] = []

    /// The paths to load: those given, else the seeds directory.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let seeds = DefaultCorpus.seedsDirectory() else {
            throw CommandFailure("no corpus given and no seeds/ directory found; pass a path")
        }
        return [seeds]
    }

    /// The store file this corpus uses.
    func storePath() throws -> String {
        try store ?? StoreLocation.path(for: resolvedPaths())
    }

    /// The corpus's store; one warning line and a store in memory when its file cannot be used.
    func openStore() throws -> CorpusStore {
        let roots = try resolvedPaths()
        if noStore { return CorpusStore(inMemoryFor: roots) }
        do {
            return try CorpusStore(path: try storePath(), roots: StoreLocation.identity(of: roots))
        } catch let error as StoreError {
            Diagnostics.warn(error.description)
            return CorpusStore(inMemoryFor: roots)
        }
    }

    /// Loads and extracts the corpus through its store, printing one warning line per skipped file.
    func loadModel(progress: (StoredCorpus.Progress) -> Void = { _ in }) throws -> CorpusModel {
        try open(progress: progress).model
    }

    /// Opens the corpus through its store: the model with the user's marks, and the store to save new ones in.
    func open(progress: (StoredCorpus.Progress) -> Void = { _ in }) throws -> StoredCorpus.Opened {
        let roots = try resolvedPaths()
        let opened: StoredCorpus.Opened?
        do {
            opened = try StoredCorpus(store: try openStore(), extractor: Extractor()).open(roots: roots, progress: progress)
        } catch let error as LoadError {
            throw CommandFailure(error.description)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        guard let opened else { throw CommandFailure("stopped") }
        for warning in opened.model.warnings {
            Diagnostics.warn(warning.description)
        }
        return opened
    }
}

/// Where the default corpus lives when no path is given.
enum DefaultCorpus {
    static func seedsDirectory() -> String? {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["BILATERAL_SEEDS"] {
            candidates.append(fromEnvironment)
        }
        candidates.append("seeds")
        // The executable sits in .build/<config>/ of the repository.
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("seeds").path)
            directory = directory.deletingLastPathComponent()
        }
        // The source tree the binary was built from.
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("seeds").path)
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
