/// Why a store could not be used; the corpus then opens without it (in memory), and nothing is deleted.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not a bilateral store: not SQLite at all, damaged, or another program's database.
    case unusable(path: String, reason: String)
    /// A read or write failed on a store that opened.
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unusable(let path, let reason): return "\(path): \(reason); the corpus opens without its store"
        case .failed(let path, let reason): return "\(path): store \(reason)"
        }
    }
}
