import Foundation

/// One of the program's data files: the actor catalogue, the cue lexicon, the era catalogue.
public enum DataFile: String, CaseIterable, Sendable {
    case actors, cues, eras

    /// The file's name, in the source tree and in a user's data folder.
    public var fileName: String { rawValue + ".json" }

    /// The file named `name`, with or without its `.json` ending.
    public init?(named name: String) {
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        self.init(rawValue: stem)
    }

    /// The built-in text of the file, compiled into the binary from `Sources/BilateralCore/Resources` by the
    /// EmbedData build plugin, so a copied binary needs no folder beside it.
    /// - Throws: `ResourceError.missing` when the build embedded no such file (a packaging mistake, never silent).
    public func builtinData() throws(ResourceError) -> Data {
        guard let text = EmbeddedDataFiles.texts[fileName] else { throw .missing(name: fileName) }
        return Data(text.utf8)
    }
}
