import Foundation

/// Where a corpus's store lives: one SQLite file per corpus, named after the corpus's identity (the set of its
/// root paths, made absolute), under `$XDG_DATA_HOME/bilateral/` (default `~/.local/share/bilateral/`).
public enum StoreLocation {
    /// The folder that holds the stores.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/bilateral" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/bilateral"
    }

    /// The corpus's roots as the store knows them: absolute, standardised, each once, sorted.
    public static func identity(of roots: [String]) -> [String] {
        let working = FileManager.default.currentDirectoryPath
        let absolute = roots.map { root in
            URL(fileURLWithPath: root.hasPrefix("/") ? root : working + "/" + root).standardizedFileURL.path
        }
        return Array(Set(absolute)).sorted()
    }

    /// The store file of the corpus made of `roots`, in `directory`.
    public static func path(for roots: [String], in directory: String = directory()) -> String {
        let identity = identity(of: roots)
        let name = identity.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "corpus"
        let safe = String(name.unicodeScalars.map { scalar in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" ? Character(scalar) : "_"
        }.prefix(40))
        return directory + "/" + (safe.isEmpty ? "corpus" : safe) + "-" + ContentHash.of(identity.joined(separator: "\u{0}")) + ".sqlite"
    }

    /// Every store file in `directory`, sorted.
    public static func stores(in directory: String = directory()) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".sqlite") }.sorted().map { directory + "/" + $0 }
    }
}
