import Foundation
import PackagePlugin

/// Hashes, at build time, the source files whose code decides what the corpus store keeps, into a Swift file
/// the extractor version is made from (`ExtractorVersion`). A rebuild that changes none of them keeps the
/// version, so the store keeps its records; a change to any of them (or a file added or removed) makes a new
/// version, so every record is extracted again. The build reruns the tool whenever one of the inputs changes.
@main
struct ExtractionSourceDigest: BuildToolPlugin {
    /// BilateralCore's folders whose code makes the stored records or the corpus-level results kept beside
    /// them: loading (an article's text and lines), extraction (mentions, events, stances), the model types
    /// they fill, the data files' parsers, the duplicate step (its memo and groups are stored) and the pair
    /// guess (stored in the corpus snapshot). Query, Export and most of Store only read what is stored.
    static let folders = ["Loading", "Extraction", "Model", "DataFiles", "Duplicates", "Relationship"]
    /// The store's files that lay a record out in bytes and keep the corpus-level results.
    static let storeFiles = [
        "ExtractedArticleCodec.swift", "BinaryReader.swift", "BinaryWriter.swift", "CorpusSnapshot.swift",
        "ExtractorVersion.swift",
    ]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let root = target.directoryURL
        var inputs = Self.folders.flatMap { swiftFiles(under: root.appending(path: $0)) }
        inputs += Self.storeFiles.map { root.appending(path: "Store").appending(path: $0) }
        // HTML pages are read through the Markup target: its code decides an HTML article's text too.
        for markup in try context.package.targets(named: ["Markup"]) {
            inputs += swiftFiles(under: markup.directoryURL)
        }
        let base = root.deletingLastPathComponent().path
        let sorted = inputs.sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "ExtractionSources.swift")
        return [
            .buildCommand(
                displayName: "Hashing \(sorted.count) extraction sources of \(target.name)",
                executable: try context.tool(named: "source-digest").url,
                arguments: [output.path, base] + sorted.map(\.path),
                inputFiles: sorted,
                outputFiles: [output]
            ),
        ]
    }

    /// Every `.swift` file below `folder`, at any depth.
    private func swiftFiles(under folder: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walk.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }
}
