import Foundation

/// The inputs mutation starts from: the seeds and the test fixtures (text, Markdown, pages and feeds).
enum FuzzCorpus {
    /// `seeds/` and `Tests/BilateralCoreTests/Fixtures/`, found from the working directory or this source file.
    static func defaultPaths() -> [String] {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [root.appendingPathComponent("seeds").path, root.appendingPathComponent("Tests/BilateralCoreTests/Fixtures").path]
    }

    /// The kinds of file read, by their last extension.
    static let kinds: Set<String> = ["txt", "md", "html", "htm", "xml", "rss", "atom", "jsonl", "ndjson", "csv", "tsv"]

    /// The kind of `path` (its extension, lower-cased), or nil for a file the loader does not read.
    static func kind(of path: String) -> String? {
        let kind = (path as NSString).pathExtension.lowercased()
        return kinds.contains(kind) ? kind : nil
    }

    /// Every article file under `paths` with its kind, as bytes, at most `Mutator.maxSize` each.
    static func load(_ paths: [String]) -> [(kind: String, bytes: [UInt8])] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            for name in names.sorted() where kind(of: name) != nil {
                files.append(path + "/" + name)
            }
        }
        return files.compactMap { file in
            guard let kind = kind(of: file), let data = FileManager.default.contents(atPath: file) else { return nil }
            return (kind, Array(data.prefix(Mutator.maxSize)))
        }
    }
}
