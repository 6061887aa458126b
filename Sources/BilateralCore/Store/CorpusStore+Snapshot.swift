import Foundation
import GRDB

/// Corpus-level results kept between opens (derived: `clear` empties them, and losing one costs only time).
extension CorpusStore {
    /// The duplicate step's memo as stored (its settings, every article's band keys, and the pairs each identity
    /// owns); nil when there is none or its keys cannot be read (the next run then measures again and writes
    /// every row).
    /// - Parameter pairsOnDemand: read the pairs only when asked for, one owner's row at a time (a replay asks
    ///   about a few), rather than all of them now.
    func duplicateMemo(pairsOnDemand: Bool = false) -> DuplicateMemo? {
        let memo = try? read { db -> DuplicateMemo? in
            guard let settings = try Row.fetchOne(db, sql: "SELECT value FROM derived_snapshot WHERE name = 'duplicate-settings'")
                .flatMap({ row in try row.withUnsafeData(atIndex: 0) { $0.map { [UInt8]($0) } } }),
                var memo = DuplicateMemo(settingsBytes: settings) else { return nil }
            memo.reserveKeyChunks(bytes: try Int.fetchOne(db, sql: "SELECT sum(length(entries)) FROM derived_duplicate_keys") ?? 0)
            let chunks = try Row.fetchCursor(db, sql: "SELECT entries FROM derived_duplicate_keys")
            while let row = try chunks.next() {
                let bytes = try row.withUnsafeData(atIndex: 0) { $0.map { [UInt8]($0) } } ?? []
                guard memo.addKeyChunk(bytes) else { return nil }
            }
            return memo
        }.flatMap { $0 }
        guard var memo else { return nil }
        let stored = DuplicateMemo.StoredPairs(
            row: { [self] owner in try? read { db in try Self.pairRow(of: owner, in: db) } },
            all: { [self] in try? read { db in try Self.pairRows(in: db) } })
        memo.storedPairs = stored
        if !pairsOnDemand { memo.readAllPairs() }
        return memo
    }

    private static func pairRow(of owner: UInt64, in db: Database) throws -> [UInt8]? {
        let statement = try db.cachedStatement(sql: "SELECT entry FROM derived_duplicate WHERE identity = ?")
        return try Row.fetchOne(statement, arguments: [Int64(bitPattern: owner)])
            .flatMap { row in try row.withUnsafeData(atIndex: 0) { $0.map { [UInt8]($0) } } }
    }

    private static func pairRows(in db: Database) throws -> [(owner: UInt64, bytes: [UInt8])] {
        var rows: [(owner: UInt64, bytes: [UInt8])] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT identity, entry FROM derived_duplicate")
        while let row = try cursor.next() {
            let bytes = try row.withUnsafeData(atIndex: 1) { $0.map { [UInt8]($0) } } ?? []
            rows.append((owner: UInt64(bitPattern: row[0] as Int64), bytes: bytes))
        }
        return rows
    }

    /// Stores what the memo's last run changed: the band-key chunks and pair rows of the articles it added or
    /// measured pairs for, and the removal of the rows of those it forgot (all rows again when it started
    /// without a memo of its settings).
    func saveDuplicateMemo(_ memo: DuplicateMemo) throws(StoreError) {
        let changes = memo.changedRows()
        try write { db in
            if changes.rewritesAll {
                try db.execute(sql: "DELETE FROM derived_duplicate; DELETE FROM derived_duplicate_keys")
                try db.execute(
                    sql: "INSERT OR REPLACE INTO derived_snapshot (name, value) VALUES ('duplicate-settings', ?)",
                    arguments: [Data(memo.settingsBytes())])
            }
            let remove = try db.cachedStatement(sql: "DELETE FROM derived_duplicate WHERE identity = ?")
            for identity in changes.removed { try remove.execute(arguments: [Int64(bitPattern: identity)]) }
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO derived_duplicate (identity, entry) VALUES (?, ?)")
            for (identity, bytes) in changes.written {
                try insert.execute(arguments: [Int64(bitPattern: identity), Data(bytes)])
            }
            let chunk = try db.cachedStatement(sql: "INSERT OR REPLACE INTO derived_duplicate_keys (chunk, entries) VALUES (?, ?)")
            for (number, bytes) in changes.chunks { try chunk.execute(arguments: [number, Data(bytes)]) }
        }
    }

    /// The corpus-level snapshot of the last open; nil when there is none, it cannot be read, or (with `key`) it
    /// was made for other articles.
    func corpusSnapshot(articleCount: Int, key: UInt64? = nil) -> CorpusSnapshot? {
        guard let bytes = try? snapshot(named: "corpus") else { return nil }
        return CorpusSnapshot(encoded: bytes, articleCount: articleCount, key: key)
    }

    func saveCorpusSnapshot(_ snapshot: CorpusSnapshot) throws(StoreError) {
        try saveSnapshot(named: "corpus", snapshot.encoded())
    }

    func snapshot(named name: String) throws(StoreError) -> [UInt8]? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT value FROM derived_snapshot WHERE name = ?", arguments: [name])
                .flatMap { row in try row.withUnsafeData(atIndex: 0) { $0.map { [UInt8]($0) } } }
        }
    }

    func saveSnapshot(named name: String, _ bytes: [UInt8]) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO derived_snapshot (name, value) VALUES (?, ?)", arguments: [name, Data(bytes)])
        }
    }
}

extension CorpusStore {
    /// The last open's per-article corpus-level decisions; nil when there are none or they cannot be read.
    func corpusReplay() -> CorpusReplay? {
        guard let bytes = try? snapshot(named: "corpus-replay") else { return nil }
        return CorpusReplay(encoded: bytes)
    }

    func saveCorpusReplay(_ replay: CorpusReplay) throws(StoreError) {
        try saveSnapshot(named: "corpus-replay", replay.encoded())
    }
}
