import GRDB
import Synchronization

/// Reads the bodies of a store-opened model's articles back from their files' records, so that the model holds
/// only what lists, filters and scores need (about a third of what the articles' text, lines and sentences take).
///
/// A file's decoded articles are kept for the next few asks: the article pane asks again for the same article
/// as the selection moves over its stances, and a feed's items share one record.
///
/// A body is given back only from the record the model was opened from (same content hash, same extractor
/// version): another process may re-extract a changed file while this model is open, and the model's mentions
/// and highlights point into the text it was made from. Such an article stays without its body.
final class StoredArticleBodies: ArticleBodyReader {
    private let store: CorpusStore
    /// Per file (as the corpus names it), the content hash of the record its articles were decoded from.
    private let madeFrom: [String: UInt64]
    private let version: String
    /// Each root as the corpus names its files (`base`, ending in `/`) and as the store keys them.
    private let roots: [(given: String, base: String, absolute: String)]
    private let recent = Mutex<[(path: String, items: [Article])]>([])
    private static let recentFiles = 8

    init(store: CorpusStore, roots: [String], madeFrom: [String: UInt64], version: String) {
        self.store = store
        self.madeFrom = madeFrom
        self.version = version
        self.roots = roots.map { root in
            (root, root.hasSuffix("/") ? root : root + "/", StoreLocation.identity(of: [root]).first ?? root)
        }
    }

    func withBodies(_ articles: [Article]) -> [Article] {
        var files: [String: [Article]] = [:]
        var wanted: [String] = []
        for article in articles where files[article.path] == nil {
            if let known = cached(article.path) {
                files[article.path] = known
            } else {
                files[article.path] = []
                wanted.append(article.path)
            }
        }
        if !wanted.isEmpty {
            let read = (try? readFiles(wanted)) ?? [:]
            for path in wanted {
                let items = read[path] ?? []
                files[path] = items
                remember(path, items)
            }
        }
        return articles.map { article in
            files[article.path]?.first { $0.id == article.id } ?? article
        }
    }

    /// The store's keys for `path`: under each root that can hold it, first the one the listing would use.
    private func absolutePaths(of path: String) -> [String] {
        roots.compactMap { root in
            if path == root.given { return root.absolute }
            return path.hasPrefix(root.base) ? root.absolute + "/" + path.dropFirst(root.base.count) : nil
        }
    }

    /// The articles of each file in `paths` (as the corpus names them), decoded from their records.
    private func readFiles(_ paths: [String]) throws -> [String: [Article]] {
        let numbers = SharedStrings.LocalNumbers()
        return try store.read { db in
            var found: [String: [Article]] = [:]
            let statement = try db.cachedStatement(
                sql: "SELECT extracted, body, content_hash FROM derived_file WHERE path = ? AND extractor_version = ?")
            for path in paths {
                guard let expected = madeFrom[path] else { continue }
                for absolute in absolutePaths(of: path) {
                    guard let row = try Row.fetchOne(statement, arguments: [absolute, version]) else { continue }
                    guard Self.hashNumber(row[2]) == expected else { break }
                    let head = try row.withUnsafeData(atIndex: 0) { $0.map { [UInt8]($0) } }
                    let body = try row.withUnsafeData(atIndex: 1) { $0.map { [UInt8]($0) } }
                    if let head, let body,
                       let items = try? ExtractedArticleCodec.decode(all: head, body: body, path: path, numbers: numbers) {
                        found[path] = items.map(\.article)
                    }
                    break
                }
            }
            return found
        }
    }

    /// A content hash (`ContentHash`, hexadecimal) as a number, so the table of them stays small at 100k files.
    static func hashNumber(_ hex: String?) -> UInt64? {
        hex.flatMap { UInt64($0, radix: 16) }
    }

    private func cached(_ path: String) -> [Article]? {
        recent.withLock { files in files.first { $0.path == path }?.items }
    }

    private func remember(_ path: String, _ items: [Article]) {
        recent.withLock { files in
            files.removeAll { $0.path == path }
            files.append((path, items))
            if files.count > Self.recentFiles { files.removeFirst() }
        }
    }
}
