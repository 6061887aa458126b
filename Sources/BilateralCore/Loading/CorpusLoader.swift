import Foundation

/// Reads files and directories into a `Corpus`.
///
/// Placeholder: a plain reader until the full loader lands (decoding repair, front matter,
/// boilerplate, datelines, sentence splitting).
public struct CorpusLoader: Sendable {
    public init() {}

    /// Loads every `*.txt` and `*.md` file under `paths`, in file-name order.
    /// - Throws: `LoadError.pathNotFound` when a path does not exist.
    public func load(paths: [String]) throws(LoadError) -> Corpus {
        var corpus = Corpus()
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else { throw .pathNotFound(path) }
            let url = URL(fileURLWithPath: path)
            let files: [URL]
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                files = (FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
                    .filter { ["txt", "md"].contains($0.pathExtension) }
                    .sorted { $0.lastPathComponent < $1.lastPathComponent }
            } else {
                files = [url]
            }
            for file in files {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                    corpus.warnings.append(LoadWarning(path: file.path, reason: "cannot be read"))
                    continue
                }
                let lines = text.components(separatedBy: "\n")
                corpus.articles.append(Article(
                    id: file.lastPathComponent, path: file.relativePath, title: lines.first ?? "", lines: lines))
            }
        }
        return corpus
    }
}
