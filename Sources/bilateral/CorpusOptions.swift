import ArgumentParser
import BilateralCore
import Foundation

/// The corpus paths every subcommand takes, and the relationship to look at.
struct CorpusOptions: ParsableArguments {
    @Option(help: "The corpus store to use (default: one per corpus under $XDG_DATA_HOME/bilateral/).")
    var store: String?

    @Flag(help: "Extract everything again in memory, without reading or writing a store.")
    var noStore = false

    @Option(help: "The relationship to look at, as ids or names: IND-CHN, india-china (default: the pair with the most stances).")
    var pair: String?

    @Option(help: "An era file (JSON or YAML, the format of the built-in catalogue); default: eras.json or eras.yaml beside the articles.")
    var eras: String?

    @Flag(help: "Count near-duplicate articles (the same story syndicated or saved twice) each on its own instead of once.")
    var keepDuplicates = false

    @Argument(help: "Article files or directories (default: the repository's seeds/).")
    var paths: [String] = []

    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A folder of actors.json, cues.json, eras.json laid over the built-in data (default: $XDG_CONFIG_HOME/bilateral).",
        valueName: "dir"))
    var dataFolder: String?

    @Option(help: ArgumentHelp(
        "Which column of CSV and JSON Lines records holds which part, e.g. title=headline,text=body (parts: id, title, date, url, text, author, source, summary; default: their common names).",
        valueName: "part=column,..."))
    var columns: String?

    /// The `--columns` mapping (checked in `validate`).
    var recordColumns: RecordColumns {
        columns.flatMap { try? RecordColumns(parsing: $0) } ?? RecordColumns()
    }

    /// The loader every file of the corpus is read with.
    var loader: CorpusLoader { CorpusLoader(columns: recordColumns) }

    /// The data files: the built-in ones with the user's folder on top.
    var dataFiles: DataFiles {
        if let dataFolder { return DataFiles(folder: dataFolder, folderRequired: true) }
        return DataFiles(folder: DataFiles.userFolder(environment: ProcessInfo.processInfo.environment))
    }

    /// The extractor over the layered data; a bad user file is one line and exit 1.
    func extractor() throws -> Extractor {
        do {
            var extractor = try dataFiles.extractor()
            extractor.detectsDuplicates = !keepDuplicates
            return extractor
        } catch {
            throw CommandFailure(String(describing: error))
        }
    }

    /// A `--pair` naming no known actor stops here, before the terminal or the corpus is touched.
    func validate() throws {
        if let columns {
            do {
                _ = try RecordColumns(parsing: columns)
            } catch {
                throw ValidationError("--columns: \(error.description)")
            }
        }
        // Only a --pair needs the gazetteer read: every other start stays as quick as before.
        if pair != nil { _ = try Self.resolve(pair: pair, gazetteer: (try? dataFiles.gazetteer()) ?? (try? Gazetteer.bundled()) ?? Gazetteer(entries: [])) }
    }

    /// The gazetteer with the user's actors laid over the built-in ones; a bad user file is one line and exit 1.
    func gazetteer() throws -> Gazetteer {
        do {
            return try dataFiles.gazetteer()
        } catch {
            throw CommandFailure(String(describing: error))
        }
    }

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
        // The data first: a malformed user file stops before any article is read.
        let extractor = try extractor()
        let opened: StoredCorpus.Opened?
        do {
            var stored = StoredCorpus(store: try openStore(), extractor: extractor)
            stored.loader = loader
            opened = try stored.open(roots: roots, progress: progress)
        } catch let error as LoadError {
            throw CommandFailure(error.description)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        guard let opened else { throw CommandFailure("stopped") }
        for warning in opened.model.warnings {
            Diagnostics.warn(warning.description)
        }
        // The store assembled the model on the inferred pair with the catalogue's eras, before it attached the
        // user's verdicts; --pair, an era file or a rejected stance (which no longer counts toward the pair or
        // detected eras) focuses it again: a pure step over the same per-article results. (Copies' stances
        // were already left out when the store assembled the model.)
        let requested = pair == nil ? nil : try requestedPair(gazetteer: extractor.gazetteer)
        let file = try eraFile()
        var focused = opened
        if requested != nil || file != nil || focused.model.stances.contains(where: { $0.verdict == .rejected }) {
            RelationshipFocus.apply(to: &focused.model, pair: requested, sources: EraSources(file: file, catalogue: extractor.catalogue))
        }
        return focused
    }

    /// Where the dashboard's pair picker finds eras for another pair.
    func eraSources() throws -> EraSources {
        EraSources(file: try eraFile(), catalogue: (try? dataFiles.eraLibrary()) ?? Self.catalogue)
    }

    /// The built-in era catalogue, read alone (a whole extractor would also build its mention index).
    static var catalogue: EraLibrary { (try? EraLibrary.bundled()) ?? EraLibrary(relationships: []) }

    /// The `--pair` ids; a pair naming no known actor is a usage error (exit 64) listing the closest ids.
    func requestedPair(gazetteer: Gazetteer) throws -> [String]? {
        try Self.resolve(pair: pair, gazetteer: gazetteer)
    }

    static func resolve(pair: String?, gazetteer: Gazetteer) throws -> [String]? {
        guard let pair else { return nil }
        do {
            return try PairName(gazetteer: gazetteer).resolve(pair)
        } catch {
            throw Diagnostics.fail(error.description, status: 64)
        }
    }

    /// The user's era file: `--eras`, else one beside the articles; a malformed one stops the run.
    func eraFile() throws -> EraLibrary? {
        var directories: [String] = []
        for path in try resolvedPaths() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            directories.append(isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent)
        }
        guard let path = eras ?? EraFile.find(in: directories) else { return nil }
        do {
            return try EraFile.load(path: path)
        } catch {
            throw CommandFailure(error.description)
        }
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
