import Foundation
import GRDB

/// The derived part of the store: what extraction made of each file, rebuilt whenever it is missing or stale.
extension CorpusStore {
    /// What the store knows of one file, without its extraction record.
    struct FileRow: Sendable {
        var facts: FileFacts
        var contentHash: String
        var version: String
    }

    /// One file's record to store.
    struct FileRecord: Sendable {
        var path: String
        var facts: FileFacts
        var contentHash: String
        var version: String
        /// The heads and bodies of its articles (`ExtractedArticleCodec.Record`); nil when the file did not load
        /// (binary, empty).
        var extracted: ExtractedArticleCodec.Record?
        var warnings: [String]
    }

    /// Every file the store holds, by absolute path.
    func fileRows() throws(StoreError) -> [String: FileRow] {
        try read { db in
            var rows: [String: FileRow] = [:]
            rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM derived_file") ?? 0)
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, size, modified, content_hash, extractor_version FROM derived_file")
            // Nearly every row has the same version: one copy shared, not a string of its own per file.
            var lastVersion = ""
            while let row = try cursor.next() {
                let version: String = row[4]
                if version != lastVersion { lastVersion = version }
                rows[row[0]] = FileRow(facts: FileFacts(size: row[1], modified: row[2]), contentHash: row[3], version: lastVersion)
            }
            return rows
        }
    }

    /// The rows of the files at `paths` (absolute) that the store holds, looked up one by one: for a few files,
    /// where `fileRows()` would read every row.
    func fileRows(paths: [String]) throws(StoreError) -> [String: FileRow] {
        guard !paths.isEmpty else { return [:] }
        return try read { db in
            var rows: [String: FileRow] = [:]
            let statement = try db.cachedStatement(
                sql: "SELECT size, modified, content_hash, extractor_version FROM derived_file WHERE path = ?")
            for path in paths {
                guard let row = try Row.fetchOne(statement, arguments: [path]) else { continue }
                rows[path] = FileRow(facts: FileFacts(size: row[0], modified: row[1]), contentHash: row[2], version: row[3])
            }
            return rows
        }
    }

    /// Stores `records` in one transaction, replacing what was stored for their files.
    ///
    /// A file stored before keeps its row, and so its place in the table (an update, not a delete and an insert at
    /// the end): a warm open reads the rows in table order, and rows out of the corpus's order are put in order
    /// there by copying the model's arrays while the originals are still held (about 35 MB more at 100k articles).
    /// - Parameter movingToTheEnd: each file's row deleted and appended instead, for an open that stores every file
    ///   again in corpus order (a new extractor version): the table is then in corpus order whatever it was before.
    func save(_ records: [FileRecord], movingToTheEnd: Bool = false) throws(StoreError) {
        guard !records.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(sql: movingToTheEnd ? """
                INSERT OR REPLACE INTO derived_file (path, size, modified, content_hash, extractor_version, extracted, body, warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """ : """
                INSERT INTO derived_file (path, size, modified, content_hash, extractor_version, extracted, body, warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (path) DO UPDATE SET
                    size = excluded.size, modified = excluded.modified, content_hash = excluded.content_hash,
                    extractor_version = excluded.extractor_version, extracted = excluded.extracted, body = excluded.body,
                    warnings = excluded.warnings
                """)
            for record in records {
                try statement.execute(arguments: [
                    record.path, record.facts.size, record.facts.modified, record.contentHash, record.version,
                    record.extracted.map { Data($0.head) }, record.extracted.map { Data($0.body) },
                    record.warnings.joined(separator: "\n"),
                ])
            }
        }
    }

    /// Records, in one transaction, that files' times (not their contents) changed.
    func touch(_ files: [(path: String, facts: FileFacts)]) throws(StoreError) {
        guard !files.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(sql: "UPDATE derived_file SET size = ?, modified = ? WHERE path = ?")
            for file in files { try statement.execute(arguments: [file.facts.size, file.facts.modified, file.path]) }
        }
    }

    /// Drops the derived rows of files no longer in the corpus.
    func forget(_ paths: [String]) throws(StoreError) {
        guard !paths.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(sql: "DELETE FROM derived_file WHERE path = ?")
            for path in paths { try statement.execute(arguments: [path]) }
        }
    }

    /// One stored file's record as read back: its articles' heads (not their bodies) and the warning reasons.
    struct StoredRecord: Sendable {
        var path: String
        var extracted: [UInt8]?
        var warnings: [String]
        /// The hash of the bytes and the extractor version the record was made from.
        var contentHash: String
        var version: String
    }

    /// Every stored record whose path is `wanted`, in one pass over the table (no lookup per file), handed to
    /// `body` `size` at a time so that only one batch of record bytes is held at once. The bodies are not read:
    /// they sit in a column of their own, which SQLite keeps in overflow pages this query never touches.
    func eachRecordBatch(size: Int, wanted: (String) -> Bool = { _ in true }, _ body: ([StoredRecord]) -> Void) throws(StoreError) {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, extracted, warnings, content_hash, extractor_version FROM derived_file")
            var batch: [StoredRecord] = []
            batch.reserveCapacity(size)
            while let row = try cursor.next() {
                let path: String = row[0]
                guard wanted(path) else { continue }
                let warnings: String = row[2]
                batch.append(StoredRecord(
                    path: path, extracted: try row.withUnsafeData(atIndex: 1) { $0.map { [UInt8]($0) } },
                    warnings: warnings.isEmpty ? [] : warnings.split(separator: "\n").map(String.init),
                    contentHash: row[3], version: row[4]))
                if batch.count == size {
                    body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { body(batch) }
        }
    }

    /// Empties the derived tables; the user's own are left as they are.
    public func clearDerived() throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM derived_file; DELETE FROM derived_snapshot; DELETE FROM derived_duplicate; DELETE FROM derived_duplicate_keys") }
    }

    /// How many files the derived tables hold.
    public func fileCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM derived_file") ?? 0 }
    }
}
