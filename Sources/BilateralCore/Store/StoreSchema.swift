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
                    entry BLOB NOT NULL                     -- the pairs this identity owns (v5: no longer its band keys)
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
        // The duplicate step's band keys apart from its pairs (`DuplicateMemo+Rows`, row format 2), so that an open
        // with a few files changed reads every key but only the pairs it asks about. The old rows are dropped (the
        // next open measures again); the files' records and the user's tables are not touched.
        migrator.registerMigration("v5-duplicate-keys-apart") { db in
            try db.execute(sql: """
                CREATE TABLE derived_duplicate_keys (
                    chunk INTEGER PRIMARY KEY NOT NULL,     -- DuplicateMemo.keyChunk(of:) of the identities it holds
                    entries BLOB NOT NULL                   -- identity, flag and band keys of each
                );
                DELETE FROM derived_duplicate;
                DELETE FROM derived_snapshot WHERE name = 'duplicate-settings';
                """)
        }
        return migrator
    }
}
