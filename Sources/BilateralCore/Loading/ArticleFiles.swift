import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // A symbolic link back up the tree must not loop forever.
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let entries = entries(of: directory) else {
            warnings.append(LoadWarning(path: directory, reason: "directory cannot be read; skipped"))
            return
        }
        for (name, knownKind) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relativeName = relative.isEmpty ? name : relative + "/" + name
            let isArticleName = hasArticleExtension(name)
            // Only links and file systems that do not say need a stat(2): a large corpus is one call fewer per file.
            let kind: EntryKind
            if let knownKind { kind = knownKind } else {
                var status = stat()
                guard stat(full, &status) == 0 else { continue }
                kind = (status.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
            }
            if kind == .directory {
                if isArticleName {
                    warnings.append(LoadWarning(path: full, reason: "is a directory, not an article file; reading what is inside it"))
                }
                walk(directory: full, relative: relativeName, into: &files, warnings: &warnings, visited: &visited)
            } else if isArticleName {
                files.append(relativeName)
            }
        }
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

    /// True for names ending in `.txt` or `.md` in any case; other names go through Foundation's rules.
    private static func hasArticleExtension(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".md") { return true }
        return extensions.contains((name as NSString).pathExtension.lowercased())
    }

    /// The bytes of the file at `path`, or nil when it cannot be opened or read (a directory, say).
    ///
    /// Read straight into the array: going through `Data` costs a second copy of every file.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        let known = fstat(descriptor, &status) == 0
        let size = known ? max(0, Int(status.st_size)) : 0
        let isRegular = known && (status.st_mode & S_IFMT) == S_IFREG
        // One byte more than the size, so the read that finds the end needs no larger buffer.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(65536, bytes.count))) }
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                var got: Int
                repeat { got = read(descriptor, base + filled, buffer.count - filled) } while got < 0 && errno == EINTR
                return got
            }
            if got < 0 { return nil }
            if got == 0 { break }
            let asked = bytes.count - filled
            filled += got
            // A regular file that gave less than asked, its whole stat size in, is at its end: no read(2) just to see 0.
            if isRegular, got < asked, filled >= size { break }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
