/// A user's data file that cannot be used: one line naming the file, the place in it and the reason.
public enum DataFileError: Error, Equatable, CustomStringConvertible {
    /// The file (or the folder given with `--data`) exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid JSON, or its entries are not what the data file holds.
    case malformed(path: String, line: Int, column: Int, reason: String)
    /// The built-in data itself does not decode: a broken build, reported rather than run with no data.
    case builtin(ResourceError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .malformed(let path, let line, let column, let reason): return "\(path):\(line):\(column): \(reason)"
        case .builtin(let error): return "built-in data: \(error.description)"
        }
    }
}
