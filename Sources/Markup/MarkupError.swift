/// Why a document could not be read.
public enum MarkupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The parser produced no document at all.
    case unparsable(String)
    /// XML that is not well formed: what the parser said first, and where.
    case malformed(line: Int, reason: String)
    /// A compressed file that is broken.
    case badCompression(String)
    /// A compressed file that unpacks past the limit the caller set.
    case tooLarge(limit: Int)
    /// The input is larger than the parser accepts in one piece.
    case inputTooLarge

    public var description: String {
        switch self {
        case .unparsable(let reason): return reason
        case .malformed(let line, let reason): return "malformed XML at line \(line): \(reason)"
        case .badCompression(let reason): return "broken gzip data: \(reason)"
        case .tooLarge(let limit): return "unpacks to more than \(limit / 1_048_576) MB"
        case .inputTooLarge: return "too large to parse"
        }
    }
}
