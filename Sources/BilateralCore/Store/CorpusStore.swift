import Foundation
import GRDB

/// One corpus's SQLite store: the extraction results of its files and the user's marks on them.
///
/// WAL mode, so readers never wait for the writer; a writer waits its turn (busy timeout) rather than failing,
/// so dashboards, exports and served sessions on one corpus share the file. Each batch of extracted files is
/// one transaction: a process killed mid-extraction leaves every finished batch for the next open.
public final class CorpusStore: Sendable {
    /// The store's file, or nil for a store in memory.
    public let path: String?
    let database: any DatabaseWriter

    /// Opens (creating when missing) the store at `path` for the corpus made of `roots`.
    /// - Throws: `StoreError.unusable` when the file is not a bilateral store (nothing is changed then).
    public init(path: String, roots: [String]) throws(StoreError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Self.checkOwnership(pool)
            try StoreSchema.migrator.migrate(pool)
            try pool.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO bilateral_meta (key, value) VALUES ('roots', ?)",
                               arguments: [roots.joined(separator: "\n")])
            }
            database = pool
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw .unusable(path: path, reason: Self.describe(error))
        } catch {
            throw .unusable(path: path, reason: "\(error)")
        }
    }

    /// A store that lives in memory only, for a corpus whose store file cannot be used.
    public init(inMemoryFor roots: [String]) {
        path = nil
        // An in-memory queue fails only when SQLite itself cannot allocate; nothing would work then anyway.
        guard let queue = try? DatabaseQueue(), (try? StoreSchema.migrator.migrate(queue)) != nil else {
            fatalError("SQLite cannot open an in-memory database")
        }
        database = queue
    }

    /// Refuses another program's database: one with tables but no `bilateral_meta` of ours.
    private static func checkOwnership(_ database: some DatabaseReader) throws {
        let path = database.path
        try database.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            guard !tables.isEmpty else { return }
            guard tables.contains("bilateral_meta"),
                  try String.fetchOne(db, sql: "SELECT value FROM bilateral_meta WHERE key = 'kind'") == StoreSchema.kind else {
                throw StoreError.unusable(path: path, reason: "a database of another program, not a bilateral store")
            }
        }
    }

    private static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: return "not a bilateral store (the file is not an SQLite database)"
        case .SQLITE_CORRUPT: return "the store file is damaged"
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY: return "the store cannot be opened for writing"
        default: return error.message ?? "\(error.resultCode)"
        }
    }

    /// What `store list` shows of one store.
    public struct Summary: Sendable {
        public var roots: [String]
        /// Files with stored extraction results.
        public var files: Int
        /// Articles and stances carrying the user's marks.
        public var markedArticles: Int
        public var correctedStances: Int
    }

    /// The summary of the store at `path`, read without changing it; nil when it is not a readable store.
    public static func summary(ofStoreAt path: String) -> Summary? {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        guard let pool = try? DatabasePool(path: path, configuration: configuration) else { return nil }
        return try? pool.read { db in
            Summary(
                roots: try String.fetchOne(db, sql: "SELECT value FROM bilateral_meta WHERE key = 'roots'")?
                    .split(separator: "\n").map(String.init) ?? [],
                files: try Int.fetchOne(db, sql: "SELECT count(*) FROM derived_file") ?? 0,
                markedArticles: try Int.fetchOne(db, sql: "SELECT count(*) FROM user_article") ?? 0,
                correctedStances: try Int.fetchOne(db, sql: "SELECT count(*) FROM user_stance") ?? 0)
        }
    }

    /// Runs `body` in one transaction, turning database failures into `StoreError.failed`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.write(body)
        } catch {
            throw .failed(path: path ?? ":memory:", reason: "write failed: \(error)")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw .failed(path: path ?? ":memory:", reason: "read failed: \(error)")
        }
    }
}
