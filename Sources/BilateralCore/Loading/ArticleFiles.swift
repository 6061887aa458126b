import Foundation

/// The article files a corpus path names: itself, or the `*.txt` and `*.md` files under it.
enum ArticleFiles {
    static let extensions: Set<String> = ["txt", "md"]

    /// The files under `path` in file-name order, each as `path` joined with its relative path.
    static func list(_ path: String) -> (files: [String], warnings: [LoadWarning]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], [LoadWarning(path: path, reason: "no such file or directory")])
        }
        guard isDirectory.boolValue else { return ([path], []) }
        var files: [String] = []
        var warnings: [LoadWarning] = []
        var visited: Set<String> = []
        walk(directory: path, relative: "", into: &files, warnings: &warnings, visited: &visited)
        let base = path.hasSuffix("/") ? path : path + "/"
        return (files.sorted().map { base + $0 }, warnings)
    }

    private static func walk(
        directory: String, relative: String, into files: inout [String], warnings: inout [LoadWarning],
        visited: inout Set<String>
    ) {
        let fileManager = FileManager.default
        // A symbolic link back up the tree must not loop forever.
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let entries: [String]
        do {
            entries = try fileManager.contentsOfDirectory(atPath: directory)
        } catch {
            warnings.append(LoadWarning(path: directory, reason: "directory cannot be read; skipped"))
            return
        }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relativeName = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            let isArticleName = extensions.contains((name as NSString).pathExtension.lowercased())
            if isDirectory.boolValue {
                if isArticleName {
                    warnings.append(LoadWarning(path: full, reason: "is a directory, not an article file; reading what is inside it"))
                }
                walk(directory: full, relative: relativeName, into: &files, warnings: &warnings, visited: &visited)
            } else if isArticleName {
                files.append(relativeName)
            }
        }
    }
}
