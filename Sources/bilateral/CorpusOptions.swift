import ArgumentParser
import BilateralCore
import Foundation

/// The corpus paths every subcommand takes.
struct CorpusOptions: ParsableArguments {
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

    /// Loads and extracts the corpus, printing one warning line per skipped file.
    func loadModel() throws -> CorpusModel {
        let corpus: Corpus
        do {
            corpus = try CorpusLoader().load(paths: try resolvedPaths())
        } catch let error as LoadError {
            throw CommandFailure(error.description)
        }
        for warning in corpus.warnings {
            Diagnostics.warn(warning.description)
        }
        return Extractor().analyse(corpus)
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
