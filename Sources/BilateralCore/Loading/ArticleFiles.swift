import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The article files a corpus path names: itself, or the text, page and feed files under it.
enum ArticleFiles {
    static let extensions: Set<String> = ["txt", "md", "html", "htm", "xhtml", "xml", "rss", "atom", "jsonl", "ndjson", "csv", "tsv"]

    /// How many directories deep a walk goes; deeper ones are reported and not read (the limit keeps
    /// paths well under PATH_MAX and the walk's recursion shallow).
    public static let depthLimit = 128

    /// The files under `path` in file-name order, each as `path` joined with its relative path.
    static func list(_ path: String) -> (files: [String], warnings: [LoadWarning]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], [LoadWarning(path: path, reason: "no such file or directory")])
        }
        guard isDirectory.boolValue else { return ([path], []) }
        var walk = Walk()
        walk.walk(directory: path, relative: "", depth: 0)
        let base = path.hasSuffix("/") ? path : path + "/"
        return (walk.files.sorted().map { base + $0 }, walk.warnings)
    }

    /// One walk's findings, and the directories it has seen.
    private struct Walk {
        var files: [String] = []
        var warnings: [LoadWarning] = []
        /// Every directory read so far (a second link to one adds nothing).
        var visited: Set<String> = []
        /// The directories from the top down to the one being read: a link to one of them is a loop.
        var ancestors: [String] = []

        mutating func walk(directory: String, relative: String, depth: Int) {
            let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
            if ancestors.contains(real) {
                warnings.append(LoadWarning(path: directory, reason: "symbolic link loops back to \(real); not followed"))
                return
            }
            guard visited.insert(real).inserted else { return }
            guard depth < ArticleFiles.depthLimit else {
                warnings.append(LoadWarning(path: directory, reason: "more than \(ArticleFiles.depthLimit) directories deep; not read"))
                return
            }
            guard let entries = ArticleFiles.entries(of: directory) else {
                warnings.append(LoadWarning(path: directory, reason: "directory cannot be read; skipped"))
                return
            }
            ancestors.append(real)
            defer { ancestors.removeLast() }
            for (name, knownKind) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
                let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                let relativeName = relative.isEmpty ? name : relative + "/" + name
                let isArticleName = ArticleFiles.hasArticleExtension(name)
                // Only links and file systems that do not say need a stat(2): a large corpus is one call fewer per file.
                let kind: EntryKind
                if let knownKind { kind = knownKind } else {
                    var status = stat()
                    guard stat(full, &status) == 0 else {
                        // A link to nothing or a loop of links: nothing to read, but the user meant something by it.
                        warnings.append(LoadWarning(path: full, reason: ArticleFiles.statProblem(full, errno).description + "; skipped"))
                        continue
                    }
                    kind = (status.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
                }
                if kind == .directory {
                    if isArticleName {
                        warnings.append(LoadWarning(path: full, reason: "is a directory, not an article file; reading what is inside it"))
                    }
                    walk(directory: full, relative: relativeName, depth: depth + 1)
                } else if isArticleName {
                    files.append(relativeName)
                }
            }
        }
    }

    /// Why stat(2) failed on a listed entry, telling a dangling link from a file that is gone.
    static func statProblem(_ path: String, _ code: Int32) -> FileReadProblem {
        var link = stat()
        if code == ENOENT, lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK { return .danglingLink }
        return FileReadProblem(errno: code)
    }

    private enum EntryKind {
        case directory, other
    }

    /// The names in `directory` with what readdir(3) tells of each: nil where it cannot tell (a link, an old file system).
    private static func entries(of directory: String) -> [(name: String, kind: EntryKind?)]? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        var entries: [(name: String, kind: EntryKind?)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let type = Int32(entry.pointee.d_type)
            let kind: EntryKind? = type == Int32(DT_DIR) ? .directory : type == Int32(DT_REG) ? .other : nil
            entries.append((name, kind))
        }
        return entries
    }

    /// True for names ending in `.txt`, `.md` or a page or feed suffix in any case; other names go through Foundation's rules.
    static func hasArticleExtension(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".md") || ArticleFormat.isMarkupName(lower) || ArticleFormat.isRecordsName(lower) { return true }
        return extensions.contains((name as NSString).pathExtension.lowercased())
    }
}
