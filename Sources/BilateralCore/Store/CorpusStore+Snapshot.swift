import Foundation
import GRDB

/// Corpus-level results kept between opens (derived: `clear` empties them, and losing one costs only time).
extension CorpusStore {
    /// The duplicate step's memo as last stored; nil when there is none or it cannot be read.
    func duplicateMemo() -> DuplicateMemo? {
        guard let bytes = try? snapshot(named: "duplicates") else { return nil }
        return DuplicateMemo(encoded: bytes)
    }

    /// Stores the duplicate step's memo in place of the last one.
    func saveDuplicateMemo(_ memo: DuplicateMemo) throws(StoreError) {
        try saveSnapshot(named: "duplicates", memo.encoded())
    }

    /// The corpus-level snapshot of the last open; nil when there is none or it cannot be read.
    func corpusSnapshot(articleCount: Int) -> CorpusSnapshot? {
        guard let bytes = try? snapshot(named: "corpus") else { return nil }
        return CorpusSnapshot(encoded: bytes, articleCount: articleCount)
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
