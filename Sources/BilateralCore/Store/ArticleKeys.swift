/// The store keys of a store-opened model's articles, by `Article.marksKey`, held compactly: each key is made when
/// asked for (a mark or verdict saved) from the article's file, its root and its content hash as a number, rather
/// than held as an absolute path and a hexadecimal hash per article (about 440 bytes an article at 100k).
public struct ArticleKeys: Sendable {
    /// What one article's key is made from.
    struct Entry: Sendable {
        /// The file's content hash (`ContentHash`), nil when unknown.
        var contentHash: UInt64?
        /// The root the file was listed under (its index in `roots`).
        var root: Int32
        /// The UTF-8 length of the file's path within the marks key (the rest is `#` and the record's part).
        var pathLength: Int32
    }

    /// Each root as given, with a trailing slash, and as the store keys its files (absolute).
    private let roots: [(given: String, base: String, absolute: String)]
    private var entries: [String: Entry] = [:]

    public init(roots: [String]) {
        self.roots = roots.map { root in
            (root, root.hasSuffix("/") ? root : root + "/", StoreLocation.identity(of: [root]).first ?? root)
        }
    }

    mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

    mutating func add(_ article: Article, root: Int, contentHash: String) {
        add(article, root: root, contentHash: contentHash.isEmpty ? nil : UInt64(contentHash, radix: 16))
    }

    /// As `add(_:root:contentHash:)`, the hash as a number (nil when unknown).
    mutating func add(_ article: Article, root: Int, contentHash: UInt64?) {
        entries[article.marksKey] = Entry(contentHash: contentHash, root: Int32(root), pathLength: Int32(article.path.utf8.count))
    }

    public var count: Int { entries.count }

    /// The key of the article whose `marksKey` is `marksKey`.
    public subscript(marksKey: String) -> ArticleKey? {
        guard let entry = entries[marksKey], roots.indices.contains(Int(entry.root)) else { return nil }
        let utf8 = marksKey.utf8
        let pathEnd = utf8.index(utf8.startIndex, offsetBy: Int(entry.pathLength))
        let path = String(marksKey[..<pathEnd])
        let root = roots[Int(entry.root)]
        // As `StoredCorpus.open` lists the file: under its root, or the root itself when it is a file.
        let absolute = path.hasPrefix(root.base) ? root.absolute + "/" + path.dropFirst(root.base.count) : root.absolute
        var key = ArticleKey(path: absolute, contentHash: entry.contentHash.map(Self.hex) ?? "")
        if pathEnd != utf8.endIndex { key.record = String(marksKey[utf8.index(after: pathEnd)...]) }
        return key
    }

    /// A content hash written as `ContentHash` writes it: sixteen lower-case hexadecimal digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
