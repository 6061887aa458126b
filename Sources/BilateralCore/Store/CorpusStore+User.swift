import Foundation
import GRDB

/// How the user's own rows find their article and stance again after re-extraction: an article by its
/// file's content hash (so a moved file keeps its marks) or, failing that, its path (so an edited file does);
/// a stance by its article, the hash of its sentence's text, its holder, target and cue.
public struct ArticleKey: Sendable, Hashable {
    /// Absolute.
    public var path: String
    public var contentHash: String
    /// The record's part of the article's id for one record of a file holding many (a feed item, a JSON Lines
    /// or CSV record); nil for an article that is its whole file.
    public var record: String? = nil

    /// Where the article's marks are kept: the file's path and hash, each with `#record` for a record, so every
    /// item of a feed has marks of its own while a whole-file article keeps the rows it always had.
    var marksPath: String { record.map { path + "#" + $0 } ?? path }
    var marksHash: String { record.map { contentHash + "#" + $0 } ?? contentHash }
}

public struct StanceKey: Sendable, Hashable {
    public var article: ArticleKey
    public var sentenceHash: String
    public var holder: String
    public var target: String
    public var cue: String

    public init(article: ArticleKey, stance: Stance) {
        // Verdicts stay keyed by file: a stance's sentence already tells it from the file's other records.
        self.article = ArticleKey(path: article.path, contentHash: article.contentHash)
        sentenceHash = ContentHash.of(stance.evidence)
        holder = stance.holder
        target = stance.target
        cue = stance.cue
    }
}

extension CorpusStore {
    /// Saves the marks of one article; empty marks remove its row.
    public func save(_ marks: ArticleMarks, for article: ArticleKey) throws(StoreError) {
        try write { db in
            if marks.isEmpty {
                try db.execute(sql: "DELETE FROM user_article WHERE path = ? OR content_hash = ?",
                               arguments: [article.marksPath, article.marksHash])
            } else {
                try db.execute(sql: "DELETE FROM user_article WHERE content_hash = ? AND path <> ?",
                               arguments: [article.marksHash, article.marksPath])
                try db.execute(sql: """
                    INSERT OR REPLACE INTO user_article (path, content_hash, read, bookmarked, note) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [article.marksPath, article.marksHash, marks.read, marks.bookmarked, marks.note])
            }
        }
    }

    /// Saves (or, with nil, removes) the verdict on one stance.
    public func save(_ verdict: StanceVerdict?, for stance: StanceKey) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                DELETE FROM user_stance WHERE (article_path = ? OR article_hash = ?)
                AND sentence_hash = ? AND holder = ? AND target = ? AND cue = ?
                """, arguments: [stance.article.path, stance.article.contentHash, stance.sentenceHash, stance.holder, stance.target, stance.cue])
            guard let verdict else { return }
            try db.execute(sql: """
                INSERT INTO user_stance (article_path, article_hash, sentence_hash, holder, target, cue, verdict)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [stance.article.path, stance.article.contentHash, stance.sentenceHash, stance.holder,
                                 stance.target, stance.cue, verdict.rawValue])
        }
    }

    /// Every article row, for attaching: marks by content hash and by path.
    func allMarks() throws(StoreError) -> (byHash: [String: ArticleMarks], byPath: [String: ArticleMarks]) {
        try read { db in
            var byHash: [String: ArticleMarks] = [:]
            var byPath: [String: ArticleMarks] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, content_hash, read, bookmarked, note FROM user_article")
            while let row = try cursor.next() {
                let marks = ArticleMarks(read: row[2], bookmarked: row[3], note: row[4])
                byHash[row[1]] = marks
                byPath[row[0]] = marks
            }
            return (byHash, byPath)
        }
    }

    /// Every stance verdict, by the stance's key with the article part as written (path and hash).
    func allVerdicts() throws(StoreError) -> [StanceKey: StanceVerdict] {
        try read { db in
            var verdicts: [StanceKey: StanceVerdict] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT article_path, article_hash, sentence_hash, holder, target, cue, verdict FROM user_stance")
            while let row = try cursor.next() {
                guard let verdict = StanceVerdict(rawValue: row[6]) else { continue }
                let key = StanceKey(
                    article: ArticleKey(path: row[0], contentHash: row[1]), sentenceHash: row[2], holder: row[3], target: row[4], cue: row[5])
                verdicts[key] = verdict
            }
            return verdicts
        }
    }

    /// How many articles and stances carry the user's marks.
    public func userRowCounts() throws(StoreError) -> (articles: Int, stances: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM user_article") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM user_stance") ?? 0)
        }
    }
}

extension StanceKey {
    init(article: ArticleKey, sentenceHash: String, holder: String, target: String, cue: String) {
        self.article = article
        self.sentenceHash = sentenceHash
        self.holder = holder
        self.target = target
        self.cue = cue
    }
}
