import Foundation

/// Where the data files come from: the built-in ones, with a user's folder of files layered on top
/// (`--data DIR`, else `$XDG_CONFIG_HOME/bilateral`, else `~/.config/bilateral`).
public struct DataFiles: Sendable {
    /// The folder the user's `actors.json`, `cues.json` and `eras.json` are read from; nil: built-in data only.
    public let folder: String?
    /// True when the folder was named by the user (`--data`), so it has to exist.
    public let folderRequired: Bool

    /// The largest user data file read; a bigger one is refused rather than read whole.
    static let maximumFileSize = 64 << 20

    public init(folder: String?, folderRequired: Bool = false) {
        self.folder = folder
        self.folderRequired = folderRequired
    }

    /// The built-in data alone.
    public static let builtin = DataFiles(folder: nil)

    /// The default folder of the user's data files, from the environment (XDG base directories).
    public static func userFolder(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/bilateral"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/bilateral"
    }

    /// The user's copy of `file`, when there is one.
    public func userPath(_ file: DataFile) -> String? {
        folder.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + file.fileName }
    }

    public func gazetteer() throws(DataFileError) -> Gazetteer {
        try decode(.actors) { data throws(ResourceError) in try Gazetteer(data: data) }.value
    }

    public func lexicon() throws(DataFileError) -> CueLexicon {
        try decode(.cues) { data throws(ResourceError) in try CueLexicon(data: data) }.value
    }

    public func eraLibrary() throws(DataFileError) -> EraLibrary {
        try decode(.eras) { data throws(ResourceError) in try EraLibrary(data: data) }.value
    }

    /// An extractor over the layered data, fingerprinted by the bytes it was built from (so the store
    /// re-extracts when a user file changes).
    public func extractor() throws(DataFileError) -> Extractor {
        try checkFolder()
        let actors = try decode(.actors) { data throws(ResourceError) in try Gazetteer(data: data) }
        let cues = try decode(.cues) { data throws(ResourceError) in try CueLexicon(data: data) }
        let eras = try decode(.eras) { data throws(ResourceError) in try EraLibrary(data: data) }
        return Extractor(gazetteer: actors.value, lexicon: cues.value, catalogue: eras.value,
                         dataFingerprint: ExtractorVersion.fingerprint(of: [actors.data, cues.data, eras.data]))
    }

    /// Fails when `--data` named a folder that is not there: a typo must not quietly mean "built-in data".
    func checkFolder() throws(DataFileError) {
        guard folderRequired, let folder else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unreadable(path: folder, reason: "no such data folder")
        }
    }

    // MARK: - Layering

    /// The file's layered bytes, decoded by its own parser; a decoding failure caused by the user's file is
    /// reported at the entry that caused it.
    private func decode<Value>(
        _ file: DataFile, _ parse: (Data) throws(ResourceError) -> Value
    ) throws(DataFileError) -> (value: Value, data: Data) {
        let builtin: Data
        do {
            builtin = try file.builtinData()
        } catch {
            throw .builtin(error)
        }
        guard let path = userPath(file), let user = try readUserFile(path) else {
            do { return (try parse(builtin), builtin) } catch { throw .builtin(error) }
        }
        let merged = try layer(user, at: path, over: builtin)
        do {
            return (try parse(merged.data), merged.data)
        } catch {
            throw located(error, of: merged.value, in: user, at: path)
        }
    }

    /// The user's file, or nil when there is none; read through the loader's safe primitive (regular files
    /// only, size cap), so a FIFO or a device named `actors.json` cannot block.
    private func readUserFile(_ path: String) throws(DataFileError) -> Data? {
        switch FileBytes.read(path, limit: Self.maximumFileSize) {
        case .success(let bytes): return Data(bytes)
        case .failure(.vanished): return nil
        case .failure(let problem): throw .unreadable(path: path, reason: problem.description)
        }
    }

    private func layer(_ user: Data, at path: String, over builtin: Data) throws(DataFileError) -> (data: Data, value: Any) {
        let userValue: Any
        do {
            userValue = try JSONSerialization.jsonObject(with: user, options: [.fragmentsAllowed])
        } catch {
            let (position, reason) = FilePosition.of(jsonError: error, in: user)
            throw .malformed(path: path, line: position.line, column: position.column, reason: reason)
        }
        guard var userObject = userValue as? [String: Any] else {
            throw .malformed(path: path, line: 1, column: 1, reason: "expected a JSON object, as in the built-in file")
        }
        // An era file may hold one relationship alone, as the era catalogue's reader allows: it joins the list.
        if path.hasSuffix("/" + DataFile.eras.fileName), userObject["relationships"] == nil, userObject["eras"] != nil {
            userObject = ["relationships": [userObject]]
        }
        do {
            let base = try JSONSerialization.jsonObject(with: builtin)
            let merged = DataLayering.merge(base, userObject)
            return (try JSONSerialization.data(withJSONObject: merged, options: [.sortedKeys]), merged)
        } catch {
            throw .builtin(.malformed(name: path, reason: String(describing: error)))
        }
    }

    /// A decoding failure of the layered file, placed at the user's entry its coding path leads to.
    private func located(_ error: ResourceError, of merged: Any, in user: Data, at path: String) -> DataFileError {
        guard case .malformed(_, let reason) = error else { return .builtin(error) }
        let short = Self.shortReason(reason)
        var position = FilePosition(line: 1, column: 1)
        if let entry = Self.entry(atCodingPath: short.path, in: merged) as? [String: Any],
           let id = DataLayering.identityKeys.lazy.compactMap({ entry[$0] as? String }).first,
           let found = FilePosition.of(first: "\"" + id + "\"", in: user) {
            position = found
        }
        let reasonText = short.path.isEmpty ? short.reason : "\(short.path): \(short.reason)"
        return .malformed(path: path, line: position.line, column: position.column, reason: reasonText)
    }

    /// "DecodingError.keyNotFound: Key 'kind' not found … Path: actors[1]. Debug description: …" as its path
    /// ("actors[1]") and its first sentence.
    static func shortReason(_ reason: String) -> (path: String, reason: String) {
        var text = reason
        if let debug = text.range(of: " Debug description: ") {
            // "Data was corrupted" says nothing: the debug description says what was wrong.
            let detail = text[debug.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            text = String(text[..<debug.lowerBound])
            if text.contains("Data was corrupted"), let pathStart = text.range(of: " Path: ") {
                text = "DecodingError: " + detail + "." + text[pathStart.lowerBound...]
            }
        }
        var path = ""
        if let pathRange = text.range(of: " Path: ") {
            path = String(text[pathRange.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            text = String(text[..<pathRange.lowerBound])
        }
        if let colon = text.range(of: ": "), text.hasPrefix("DecodingError") { text = String(text[colon.upperBound...]) }
        if text.hasSuffix(".") { text.removeLast() }
        return (path, text)
    }

    /// The entry a coding path such as "actors[12].roles[0]" starts in: the top-level list's element.
    static func entry(atCodingPath path: String, in value: Any) -> Any? {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]"),
              let index = Int(path[path.index(after: open)..<close]),
              let list = (value as? [String: Any])?[String(path[..<open])] as? [Any],
              list.indices.contains(index) else { return nil }
        return list[index]
    }
}
