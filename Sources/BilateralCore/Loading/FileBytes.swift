#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the bytes of one input file, and only of a regular file of bounded size.
///
/// Every format the loader reads (text, Markdown, HTML, records) goes through `read`: a FIFO named
/// `*.txt` must not block the loader forever, and a link to `/dev/zero` must not be read until
/// memory runs out.
public enum FileBytes {
    /// The largest file read, in bytes (64 MiB); a larger one is skipped with a warning.
    public static let sizeLimit = 64 * 1024 * 1024

    /// The bytes of the regular file at `path`, or why they cannot be had.
    ///
    /// The path is checked with stat(2) before it is opened (opening a device can have side effects),
    /// then opened with `O_NONBLOCK` (a FIFO then opens at once) and checked again on the descriptor,
    /// which is what is read (the path may have changed in between).
    /// - Parameter limit: the largest size read; a file that grows past it while being read is refused too.
    public static func read(_ path: String, limit: Int = sizeLimit) -> Result<[UInt8], FileReadProblem> {
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(ArticleFiles.statProblem(path, errno)) }
        if let problem = FileReadProblem(status: status, limit: limit) { return .failure(problem) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(FileReadProblem(errno: errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { return .failure(FileReadProblem(errno: errno)) }
        if let problem = FileReadProblem(status: status, limit: limit) { return .failure(problem) }
        return readAll(descriptor, expected: max(0, Int(status.st_size)), limit: limit)
    }

    /// Reads `descriptor` to its end, refusing more than `limit` bytes.
    ///
    /// Read straight into the array: going through `Data` costs a second copy of every file.
    private static func readAll(_ descriptor: Int32, expected size: Int, limit: Int) -> Result<[UInt8], FileReadProblem> {
        // One byte more than the size, so the read that finds the end needs no larger buffer.
        var bytes = [UInt8](repeating: 0, count: min(size, limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                // Never room for more than one byte past the limit: that byte is enough to refuse the file.
                bytes.append(contentsOf: repeatElement(0, count: min(max(65536, bytes.count), limit + 1 - filled)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                var got: Int
                repeat { got = systemRead(descriptor, base + filled, buffer.count - filled) } while got < 0 && errno == EINTR
                return got
            }
            if got < 0 { return .failure(FileReadProblem(errno: errno)) }
            if got == 0 { break }
            let asked = bytes.count - filled
            filled += got
            if filled > limit { return .failure(.tooLarge(limit: limit)) }
            // A file that gave less than asked, its whole stat size in, is at its end: no read(2) just to see 0.
            if got < asked, filled >= size { break }
        }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }
}

/// read(2), out of reach of `FileBytes.read`'s own name.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Why `FileBytes.read` gave no bytes; `reason` is the text of the warning.
public enum FileReadProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Listed a moment ago, gone when opened.
    case vanished
    case permissionDenied
    case directory
    /// A FIFO, a socket or a device: reading it may block forever or never end.
    case notRegularFile(kind: String)
    case tooLarge(limit: Int)
    case danglingLink
    case linkLoop
    case pathTooLong
    case unreadable(reason: String)

    init(errno code: Int32) {
        switch code {
        case ENOENT, ENOTDIR: self = .vanished
        case EACCES, EPERM: self = .permissionDenied
        case ELOOP: self = .linkLoop
        case ENAMETOOLONG: self = .pathTooLong
        case EISDIR: self = .directory
        default: self = .unreadable(reason: String(cString: strerror(code)))
        }
    }

    /// The problem a stat result shows before any byte is read, nil for a regular file within `limit`.
    init?(status: stat, limit: Int) {
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            guard Int(status.st_size) <= limit else {
                self = .tooLarge(limit: limit)
                return
            }
            return nil
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .notRegularFile(kind: "a named pipe (FIFO)")
        case S_IFCHR: self = .notRegularFile(kind: "a character device")
        case S_IFBLK: self = .notRegularFile(kind: "a block device")
        case S_IFSOCK: self = .notRegularFile(kind: "a socket")
        default: self = .notRegularFile(kind: "an unknown kind of file")
        }
    }

    /// What went wrong, as the warning says it (the caller adds "; skipped").
    public var description: String {
        switch self {
        case .vanished: return "no longer exists (removed while loading)"
        case .permissionDenied: return "permission denied"
        case .directory: return "is a directory"
        case .notRegularFile(let kind): return "is \(kind), not a regular file"
        case .tooLarge(let limit): return "larger than the \(limit / (1024 * 1024)) MiB limit"
        case .danglingLink: return "symbolic link to nothing (dangling)"
        case .linkLoop: return "symbolic link loop"
        case .pathTooLong: return "path too long"
        case .unreadable(let reason): return "cannot be read (\(reason))"
        }
    }
}
