import Foundation

/// Every relationship an era source knows: the built-in catalogue (`Resources/eras.json`) or a user's era file.
///
/// The format is `{"relationships": [{"pair": ["RUS", "JPN"], "eras": […], "landmarks": […]}, …]}`;
/// a file holding one relationship's object alone (`{"pair": …, "eras": …}`) is read as a list of one.
public struct EraLibrary: Sendable, Equatable {
    public let relationships: [EraCatalogue]
    /// Every relationship's landmarks in one catalogue, to date undated articles before the pair is known.
    public let landmarks: EraCatalogue

    private struct File: Decodable {
        var relationships: [EraCatalogue.File]
    }

    public init(relationships: [EraCatalogue]) {
        self.relationships = relationships
        self.landmarks = EraCatalogue(eras: [], landmarks: relationships.flatMap(\.landmarks))
    }

    /// Decodes the catalogue format (a list of relationships, or one alone).
    /// - Throws: `ResourceError.malformed` naming the reason.
    public init(data: Data, name: String = "eras.json") throws(ResourceError) {
        do {
            if let file = try? JSONDecoder().decode(File.self, from: data) {
                self.init(relationships: file.relationships.map(EraCatalogue.init))
            } else {
                self.init(relationships: [EraCatalogue(try JSONDecoder().decode(EraCatalogue.File.self, from: data))])
            }
        } catch {
            throw .malformed(name: name, reason: String(describing: error))
        }
    }

    /// The built-in catalogue.
    public static func bundled() throws(ResourceError) -> EraLibrary {
        try EraLibrary(data: DataFile.eras.builtinData(), name: "eras.json")
    }

    /// The relationship about `pair` (in either order), if the library has one.
    public func relationship(for pair: [String]) -> EraCatalogue? {
        relationships.first { $0.pair != nil && $0.isAbout(pair) } ?? relationships.first { $0.pair == nil }
    }
}

/// Where a corpus's eras may come from, in the order they are asked.
public struct EraSources: Sendable, Equatable {
    /// The user's era file (`--eras FILE`, or `eras.json`/`eras.yaml` beside the articles).
    public var file: EraLibrary?
    public var catalogue: EraLibrary

    public init(file: EraLibrary? = nil, catalogue: EraLibrary) {
        self.file = file
        self.catalogue = catalogue
    }

    /// The built-in catalogue alone.
    public static var builtIn: EraSources {
        EraSources(catalogue: (try? EraLibrary.bundled()) ?? EraLibrary(relationships: []))
    }

    /// The eras of `pair` from the first source that covers it, marked with that source; nil when none does.
    public func eras(for pair: [String]) -> [Era]? {
        if let chosen = file?.relationship(for: pair) { return chosen.marked(.file).eras }
        if let chosen = catalogue.relationship(for: pair) { return chosen.marked(.catalogue).eras }
        return nil
    }
}

extension EraLibrary {
    /// The relationship whose eras include every id in `eraIDs` (a gold file's eras name the relationship it was annotated for).
    public func relationship(holding eraIDs: Set<String>) -> EraCatalogue? {
        guard !eraIDs.isEmpty else { return nil }
        return relationships.first { eraIDs.isSubset(of: Set($0.eras.map(\.id))) }
    }
}
