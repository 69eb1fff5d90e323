import GRDB

/// The database schema: its version and the migrations that build it. `docs/schema.md` documents
/// every table and column; keep the two in step.
enum Schema {
    /// The schema version this build writes and reads.
    static let currentVersion = 3

    /// The table that marks a file as a Newsmill database and records its schema version.
    static let metaTable = "newsmill_meta"

    /// The migrations, in order. A new schema version appends a migration (never edits one) that also
    /// updates `schema_version` in `newsmill_meta`.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            for statement in version1 { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2") { db in
            for statement in version2 { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v3") { db in
            for statement in version3 { try db.execute(sql: statement) }
        }
        return migrator
    }

    /// Version 1: articles with external-content FTS5, quarantine, sources, runs, meta.
    ///
    /// `articles` has an explicit `seq INTEGER PRIMARY KEY` (an alias of the rowid) because the FTS5
    /// index refers to articles by rowid, and VACUUM may renumber the rowids of a table without an
    /// INTEGER PRIMARY KEY (https://www.sqlite.org/lang_vacuum.html), which would silently break search.
    /// `id` is the article's identity: NOT NULL and UNIQUE, so it behaves as a key.
    static let version1: [String] = [
        """
        CREATE TABLE newsmill_meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        )
        """,
        """
        INSERT INTO newsmill_meta (key, value) VALUES
            ('application', 'newsmill'),
            ('schema_version', '1')
        """,
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            url TEXT,
            guid TEXT,
            title TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            published_precision TEXT,
            modified TEXT,
            modified_precision TEXT,
            publication TEXT,
            language TEXT,
            summary TEXT,
            categories TEXT NOT NULL DEFAULT '[]',
            body TEXT NOT NULL,
            word_count INTEGER NOT NULL,
            kind TEXT NOT NULL,
            locator TEXT NOT NULL,
            source_path TEXT NOT NULL,
            source_member TEXT,
            source_offset INTEGER,
            source_item INTEGER,
            run_id TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash)",
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_source_path ON articles (source_path)",
        // `content="articles"` is spelled exactly so: Datasette and sqlite-utils find the index of a
        // table by matching that text in sqlite_master.
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, authors, summary, body,
            content="articles", content_rowid="seq",
            tokenize="unicode61 remove_diacritics 2"
        )
        """,
        // FTS5 keeps a transaction's new terms in memory up to `hashsize` bytes before writing a
        // segment; 8 MiB holds a 1,000-article batch, so each commit writes one segment instead of
        // several small ones that must be merged later (https://www.sqlite.org/fts5.html#the_hashsize_configuration_option).
        "INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 8388608)",
        // The triggers follow https://www.sqlite.org/fts5.html#external_content_tables: an external
        // content index must be told the old values of a row to delete it.
        """
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, authors, summary, body)
            VALUES (new.seq, new.title, new.authors, new.summary, new.body);
        END
        """,
        """
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, authors, summary, body)
            VALUES ('delete', old.seq, old.title, old.authors, old.summary, old.body);
        END
        """,
        """
        CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, authors, summary, body)
            VALUES ('delete', old.seq, old.title, old.authors, old.summary, old.body);
            INSERT INTO articles_fts (rowid, title, authors, summary, body)
            VALUES (new.seq, new.title, new.authors, new.summary, new.body);
        END
        """,
        """
        CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY,
            locator TEXT NOT NULL,
            source_path TEXT NOT NULL,
            source_member TEXT,
            source_offset INTEGER,
            source_item INTEGER,
            category TEXT NOT NULL,
            reason TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            first_run_id TEXT NOT NULL,
            last_run_id TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            seen_count INTEGER NOT NULL DEFAULT 1,
            UNIQUE (locator, sha256)
        )
        """,
        "CREATE INDEX quarantine_category ON quarantine (category)",
        """
        CREATE TABLE sources (
            path TEXT PRIMARY KEY NOT NULL,
            articles INTEGER NOT NULL DEFAULT 0,
            quarantined INTEGER NOT NULL DEFAULT 0,
            first_run_id TEXT NOT NULL,
            last_run_id TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE runs (
            id TEXT PRIMARY KEY NOT NULL,
            inputs TEXT NOT NULL DEFAULT '[]',
            host TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            articles_stored INTEGER NOT NULL DEFAULT 0,
            duplicates_skipped INTEGER NOT NULL DEFAULT 0,
            quarantined INTEGER NOT NULL DEFAULT 0
        )
        """,
    ]

    /// Version 2: article intelligence (issue #6). Entities are shared across the corpus (one row per
    /// type and canonical name); mentions, quotes, mentioned dates, quantities and citations belong to
    /// one article (`article_seq` = `articles.seq`). Near-duplicates: `articles.simhash` (the unsigned
    /// 64-bit SimHash stored as its signed bit pattern) and `articles.cluster_id`, found through
    /// `simhash_bands` (see `NearDuplicateIndex`). Articles stored under version 1 keep NULLs there.
    static let version2: [String] = [
        """
        CREATE TABLE duplicate_clusters (
            id INTEGER PRIMARY KEY,
            first_article_seq INTEGER NOT NULL,
            article_count INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )
        """,
        "ALTER TABLE articles ADD COLUMN simhash INTEGER",
        "ALTER TABLE articles ADD COLUMN cluster_id INTEGER REFERENCES duplicate_clusters (id)",
        "CREATE INDEX articles_cluster ON articles (cluster_id) WHERE cluster_id IS NOT NULL",
        // One row per article and 16-bit band of its SimHash; WITHOUT ROWID keeps each row in the
        // primary-key b-tree, so a band lookup is one index seek.
        """
        CREATE TABLE simhash_bands (
            band INTEGER NOT NULL,
            value INTEGER NOT NULL,
            article_seq INTEGER NOT NULL,
            PRIMARY KEY (band, value, article_seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            country_code TEXT,
            latitude REAL,
            longitude REAL,
            article_count INTEGER NOT NULL DEFAULT 0,
            mention_count INTEGER NOT NULL DEFAULT 0,
            UNIQUE (type, name)
        )
        """,
        "CREATE INDEX entities_name ON entities (name COLLATE NOCASE)",
        """
        CREATE TABLE mentions (
            article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities (id),
            surface_forms TEXT NOT NULL DEFAULT '[]',
            count INTEGER NOT NULL,
            PRIMARY KEY (article_seq, entity_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX mentions_entity ON mentions (entity_id)",
        """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker_entity_id INTEGER REFERENCES entities (id),
            speaker TEXT,
            text TEXT NOT NULL,
            verb TEXT,
            via TEXT
        )
        """,
        "CREATE INDEX quotes_article ON quotes (article_seq)",
        "CREATE INDEX quotes_speaker ON quotes (speaker_entity_id)",
        """
        CREATE TABLE dates_mentioned (
            id INTEGER PRIMARY KEY,
            article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT NOT NULL,
            precision TEXT NOT NULL
        )
        """,
        "CREATE INDEX dates_mentioned_article ON dates_mentioned (article_seq)",
        "CREATE INDEX dates_mentioned_value ON dates_mentioned (value)",
        """
        CREATE TABLE quantities (
            id INTEGER PRIMARY KEY,
            article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            value REAL NOT NULL,
            maximum REAL,
            unit TEXT NOT NULL,
            text TEXT NOT NULL,
            qualifier TEXT,
            event TEXT,
            place TEXT
        )
        """,
        "CREATE INDEX quantities_article ON quantities (article_seq)",
        "CREATE INDEX quantities_event ON quantities (event) WHERE event IS NOT NULL",
        """
        CREATE TABLE citations (
            id INTEGER PRIMARY KEY,
            article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            date TEXT
        )
        """,
        "CREATE INDEX citations_article ON citations (article_seq)",
        "CREATE INDEX citations_name ON citations (name)",
        // Version 1's update trigger re-indexed a row in FTS5 on ANY update; clustering updates only
        // `cluster_id`, so the trigger now fires only when an indexed column changes.
        "DROP TRIGGER articles_fts_update",
        """
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, authors, summary, body ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, authors, summary, body)
            VALUES ('delete', old.seq, old.title, old.authors, old.summary, old.body);
            INSERT INTO articles_fts (rowid, title, authors, summary, body)
            VALUES (new.seq, new.title, new.authors, new.summary, new.body);
        END
        """,
        "UPDATE newsmill_meta SET value = '2' WHERE key = 'schema_version'",
    ]

    /// Version 3: `articles.captured_at`, the capture date of a web archive record (issue #4), and
    /// `articles.section` and `articles.image_url` (issue #3). Articles stored before keep NULL.
    static let version3: [String] = [
        "ALTER TABLE articles ADD COLUMN captured_at TEXT",
        "ALTER TABLE articles ADD COLUMN section TEXT",
        "ALTER TABLE articles ADD COLUMN image_url TEXT",
        "UPDATE newsmill_meta SET value = '3' WHERE key = 'schema_version'",
    ]

    /// What an existing file holds, as far as the store is concerned.
    enum Inspection: Equatable {
        /// A new or empty SQLite database: no tables yet.
        case empty
        /// A Newsmill database of this schema version.
        case newsmill(version: Int)
    }

    /// Looks at an open database and says whether it is a Newsmill database, and which version.
    ///
    /// - Throws: `StoreError.notANewsmillDatabase` when it holds other tables or a malformed meta table.
    static func inspect(_ db: Database, path: String) throws -> Inspection {
        let hasMeta = try db.tableExists(metaTable)
        guard hasMeta else {
            let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if tableCount == 0 { return .empty }
            throw StoreError.notANewsmillDatabase(path: path, reason: "it has tables but no newsmill_meta table")
        }
        let application = try String.fetchOne(db, sql: "SELECT value FROM newsmill_meta WHERE key = 'application'")
        let versionText = try String.fetchOne(db, sql: "SELECT value FROM newsmill_meta WHERE key = 'schema_version'")
        guard application == "newsmill", let versionText, let version = Int(versionText), version >= 1 else {
            throw StoreError.notANewsmillDatabase(path: path, reason: "its newsmill_meta table has no valid schema version")
        }
        return .newsmill(version: version)
    }
}
