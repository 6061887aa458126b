import GRDB

/// The store's tables, in two kinds never mixed: `derived_*` can always be rebuilt from the files (and
/// `clear` empties them); `user_*` hold what the user made and nothing but the user's commands writes them.
enum StoreSchema {
    /// What `bilateral_meta.kind` says, to tell the store from any other SQLite file.
    static let kind = "bilateral-corpus-store"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE bilateral_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE derived_file (
                    path TEXT PRIMARY KEY NOT NULL,      -- absolute
                    size INTEGER NOT NULL,
                    modified INTEGER NOT NULL,           -- nanoseconds since 1970
                    content_hash TEXT NOT NULL,
                    extractor_version TEXT NOT NULL,
                    extracted BLOB,                      -- ExtractedArticleCodec; NULL when the file did not load
                    warnings TEXT NOT NULL DEFAULT ''    -- one reason per line
                );
                CREATE TABLE user_article (
                    path TEXT PRIMARY KEY NOT NULL,      -- absolute, as when the mark was made
                    content_hash TEXT NOT NULL,          -- the file's hash then: finds the article after a move
                    read INTEGER NOT NULL DEFAULT 0,
                    bookmarked INTEGER NOT NULL DEFAULT 0,
                    note TEXT
                );
                CREATE INDEX user_article_hash ON user_article(content_hash);
                CREATE TABLE user_stance (
                    article_path TEXT NOT NULL,
                    article_hash TEXT NOT NULL,
                    sentence_hash TEXT NOT NULL,
                    holder TEXT NOT NULL,
                    target TEXT NOT NULL,
                    cue TEXT NOT NULL,
                    verdict TEXT NOT NULL,               -- confirmed | rejected
                    PRIMARY KEY (article_path, sentence_hash, holder, target, cue)
                );
                CREATE INDEX user_stance_hash ON user_stance(article_hash);
                """)
            try db.execute(sql: "INSERT INTO bilateral_meta (key, value) VALUES ('kind', ?)", arguments: [kind])
        }
        // Corpus-level results kept between opens (the duplicate step's memo), derived like the files' records.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE derived_snapshot (
                    name TEXT PRIMARY KEY NOT NULL,
                    value BLOB NOT NULL
                );
                """)
        }
        // The duplicate step's memo in one row per article (was one blob, written whole at every change).
        migrator.registerMigration("v3-duplicate-rows") { db in
            try db.execute(sql: """
                CREATE TABLE derived_duplicate (
                    identity INTEGER PRIMARY KEY NOT NULL,  -- DuplicateMemo.identity, as a signed 64-bit pattern
                    entry BLOB NOT NULL                     -- band keys and the pairs this identity owns
                );
                DELETE FROM derived_snapshot WHERE name = 'duplicates';
                """)
        }
        // Bodies in a column of their own (records of `ExtractedArticleCodec.format` 3), so that a warm open reads
        // only the articles' heads. Records of the old layout are dropped: those files are extracted again at the
        // next open. The user's tables are not touched.
        migrator.registerMigration("v4-bodies-apart") { db in
            try db.execute(sql: """
                ALTER TABLE derived_file ADD COLUMN body BLOB;   -- ExtractedArticleCodec bodies; NULL with extracted
                DELETE FROM derived_file;
                DELETE FROM derived_duplicate;
                """)
        }
        return migrator
    }
}
