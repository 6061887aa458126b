import Foundation
import GRDB

/// Corpus-level results kept between opens (derived: `clear` empties them, and losing one costs only time).
extension CorpusStore {
    /// The duplicate step's memo as stored (its settings, then one row per article identity); nil when there is
    /// none or a row cannot be read (the next run then measures again and writes every row).
    func duplicateMemo() -> DuplicateMemo? {
        try? read { db -> DuplicateMemo? in
            guard let settings = try Row.fetchOne(db, sql: "SELECT value FROM derived_snapshot WHERE name = 'duplicate-settings'")
                .flatMap({ row in try row.withUnsafeData(atIndex: 0) { $0.map { [UInt8]($0) } } }),
                var memo = DuplicateMemo(settingsBytes: settings) else { return nil }
            let rows = try Row.fetchCursor(db, sql: "SELECT identity, entry FROM derived_duplicate")
            while let row = try rows.next() {
                let identity = UInt64(bitPattern: row[0] as Int64)
                let bytes = try row.withUnsafeData(atIndex: 1) { $0.map { [UInt8]($0) } } ?? []
                guard memo.addRow(identity: identity, bytes: bytes) else { return nil }
            }
            return memo
        }.flatMap { $0 }
    }

    /// Stores what the memo's last run changed: the rows of the articles it added or measured pairs for, and the
    /// removal of those it forgot (all rows again when it started without a memo of its settings).
    func saveDuplicateMemo(_ memo: DuplicateMemo) throws(StoreError) {
        let changes = memo.changedRows()
        try write { db in
            if changes.rewritesAll {
                try db.execute(sql: "DELETE FROM derived_duplicate")
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
