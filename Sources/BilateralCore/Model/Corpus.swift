/// The articles that loaded, and what went wrong with the files that did not.
public struct Corpus: Sendable, Equatable {
    public var articles: [Article]
    public var warnings: [LoadWarning]

    public init(articles: [Article] = [], warnings: [LoadWarning] = []) {
        self.articles = articles
        self.warnings = warnings
    }
}

/// A problem with one file that did not stop the rest of the corpus from loading.
public struct LoadWarning: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The one line a front end prints: `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

/// A failure that stops loading the corpus as a whole.
public enum LoadError: Error, Equatable, CustomStringConvertible {
    case pathNotFound(String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .pathNotFound(let path): return "\(path): no such file or directory"
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        }
    }
}
