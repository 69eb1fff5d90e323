import Foundation
import GRDB
import NewsmillCore
@testable import NewsmillStore
import XCTest

/// Opening, migrating, refusing foreign files, runs, read-only behaviour and concurrency.
final class ArticleStoreTests: XCTestCase {
    func testMigrationsCreateTheSchemaAndASecondOpenIsANoOp() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("news.db")
        let store = try ArticleStore(path: path)
        let tables = try store.textRows("select name from sqlite_master where type in ('table') and name not like 'sqlite_%' and name not like 'articles_fts_%' order by name")
        XCTAssertEqual(tables.map { $0[0] }, [
            "articles", "articles_fts", "citations", "dates_mentioned", "duplicate_clusters", "entities",
            "grdb_migrations", "mentions", "newsmill_meta", "quantities", "quarantine", "quotes", "runs",
            "simhash_bands", "sources",
        ])
        let triggers = try store.textRows("select name from sqlite_master where type = 'trigger' order by name")
        XCTAssertEqual(triggers.map { $0[0] }, ["articles_fts_delete", "articles_fts_insert", "articles_fts_update"])
        XCTAssertEqual(try store.textRows("select value from newsmill_meta where key = 'schema_version'"), [["3"]])
        _ = try store.ingest([.init(runID: "r1", articles: [Sample.article(title: "Kept", body: "Still here after reopening.")], quarantined: [])])
        try store.close()

        let schemaBefore = try Self.schemaSQL(path)
        let again = try ArticleStore(path: path)
        XCTAssertEqual(try again.textRows("select identifier from grdb_migrations"), [["v1"], ["v2"], ["v3"]])
        XCTAssertEqual(try again.integer("select count(*) from articles"), 1)
        try again.close()
        XCTAssertEqual(try Self.schemaSQL(path), schemaBefore)
    }

    /// A database written by schema version 1 is migrated in place (through version 2 to the current
    /// version): its articles stay, without intelligence rows, and new articles get them.
    func testAVersion1DatabaseIsMigratedToVersion2() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("news.db")
        let queue = try DatabaseQueue(path: path)
        var version1Only = DatabaseMigrator()
        version1Only.registerMigration("v1") { db in
            for statement in Schema.version1 { try db.execute(sql: statement) }
        }
        try version1Only.migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles (id, content_hash, body, word_count, kind, locator, source_path, run_id, ingested_at)
                VALUES ('old', 'old-hash', 'An old story.', 3, 'text', 'old.txt', 'old.txt', 'r0', '2026-01-01T00:00:00Z')
                """)
        }
        try queue.close()
        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .schemaNeedsUpgrade(path: path, found: 1, current: 3))
        }

        let store = try ArticleStore(path: path)
        defer { try? store.close() }
        XCTAssertEqual(try store.textRows("select value from newsmill_meta where key = 'schema_version'"), [["3"]])
        XCTAssertEqual(try store.textRows("select id, simhash, cluster_id from articles"), [["old", "", ""]])
        var article = Sample.article(title: "New", body: "A new story about the harbour.")
        article.analysis = ArticleAnalysis(entities: [Entity(type: .location, name: "Harbour")], simhash: 7)
        _ = try store.ingest([.init(runID: "r1", articles: [article], quarantined: [])])
        XCTAssertEqual(try store.textRows("select name, article_count from entities"), [["Harbour", "1"]])
        XCTAssertEqual(try store.search("harbour", limit: 5, rawFTSSyntax: false).map(\.title), ["New"])
    }

    /// A database written by schema version 2 gains `articles.captured_at` (NULL for its articles), and
    /// new articles store their capture date there.
    func testAVersion2DatabaseIsMigratedToVersion3WithCapturedAt() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("news.db")
        let queue = try DatabaseQueue(path: path)
        var upToVersion2 = DatabaseMigrator()
        upToVersion2.registerMigration("v1") { db in
            for statement in Schema.version1 { try db.execute(sql: statement) }
        }
        upToVersion2.registerMigration("v2") { db in
            for statement in Schema.version2 { try db.execute(sql: statement) }
        }
        try upToVersion2.migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles (id, content_hash, body, word_count, kind, locator, source_path, run_id, ingested_at)
                VALUES ('old', 'old-hash', 'An old story.', 3, 'text', 'old.txt', 'old.txt', 'r0', '2026-01-01T00:00:00Z')
                """)
        }
        let columnsBefore = try queue.read { db in try db.columns(in: "articles").map(\.name) }
        XCTAssertFalse(columnsBefore.contains("captured_at"))
        try queue.close()
        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .schemaNeedsUpgrade(path: path, found: 2, current: 3))
        }

        let store = try ArticleStore(path: path)
        defer { try? store.close() }
        XCTAssertEqual(try store.textRows("select value from newsmill_meta where key = 'schema_version'"), [["3"]])
        XCTAssertEqual(try store.textRows("select identifier from grdb_migrations"), [["v1"], ["v2"], ["v3"]])
        XCTAssertEqual(try store.textRows("select id, captured_at from articles"), [["old", ""]])
        var article = Sample.article(title: "Captured", body: "A page fetched by a crawler.")
        article.captured = PartialDate(year: 2023, month: 10, day: 2, hour: 9, minute: 30, second: 0)
        _ = try store.ingest([.init(runID: "r1", articles: [article], quarantined: [])])
        XCTAssertEqual(
            try store.textRows("select title, captured_at from articles where id <> 'old'"), [["Captured", "2023-10-02T09:30:00Z"]]
        )
        var filed = Sample.article(title: "Filed", body: "A story filed under a section, with a picture.")
        filed.section = "Politics"
        filed.image = "https://rivertown.example/img/tram.jpg"
        _ = try store.ingest([.init(runID: "r1", articles: [filed], quarantined: [])])
        XCTAssertEqual(
            try store.textRows("select section, image_url from articles where title = 'Filed'"), [["Politics", "https://rivertown.example/img/tram.jpg"]]
        )
        XCTAssertEqual(try store.textRows("select section, image_url from articles where id = 'old'"), [["", ""]])
    }

    func testWriterUsesWALAndFullSynchronous() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        let settings = try store.database.writeWithoutTransaction { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        XCTAssertEqual(settings.0, "wal")
        XCTAssertEqual(settings.1, 2, "synchronous = FULL")
    }

    func testClosingLeavesASelfContainedDatabaseFile() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("news.db")
        let store = try ArticleStore(path: path)
        _ = try store.ingest([.init(runID: "r", articles: Sample.articles(300), quarantined: [])])
        XCTAssertEqual(try store.search("harbour", limit: 1, rawFTSSyntax: false).count, 1, "opens a reader connection")
        try store.close()
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        XCTAssertEqual(walSize, 0, "the WAL is checkpointed into the database file")

        let copy = scratch.path("copy.db")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let reader = try ArticleStore.openReadOnly(path: copy)
        XCTAssertEqual(try reader.integer("select count(*) from articles"), 300)
        XCTAssertEqual(try reader.search("harbour", limit: 1000, rawFTSSyntax: false).count, 300)
    }

    func testOpenReadOnlyOnAMissingFileSaysSo() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("nothing-here.db")
        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .databaseNotFound(path: path))
            XCTAssertTrue("\(error)".contains("no database at \(path)"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "a reader must not create the file")
    }

    func testOpenReadOnlyRefusesFilesThatAreNotNewsmillDatabases() throws {
        let scratch = try ScratchDirectory()
        let text = scratch.path("notes.txt")
        try Data(String(repeating: "these are not the pages of an SQLite file\n", count: 40).utf8).write(to: URL(fileURLWithPath: text))
        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: text)) { error in
            XCTAssertEqual(error as? StoreError, .notANewsmillDatabase(path: text, reason: "it is not an SQLite database file"))
        }

        let empty = scratch.path("empty.db")
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: empty)) { error in
            XCTAssertEqual(error as? StoreError, .notANewsmillDatabase(path: empty, reason: "the file is empty"))
        }

        let other = scratch.path("other.db")
        try Self.makeForeignDatabase(other)
        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: other)) { error in
            XCTAssertEqual(error as? StoreError, .notANewsmillDatabase(path: other, reason: "it has tables but no newsmill_meta table"))
        }

        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: scratch.url.path)) { error in
            XCTAssertEqual(error as? StoreError, .notANewsmillDatabase(path: scratch.url.path, reason: "it is a directory"))
        }
    }

    func testWriterRefusesAForeignDatabaseWithoutTouchingIt() throws {
        let scratch = try ScratchDirectory()
        let other = scratch.path("other.db")
        try Self.makeForeignDatabase(other)
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        XCTAssertThrowsError(try ArticleStore(path: other)) { error in
            XCTAssertEqual(error as? StoreError, .notANewsmillDatabase(path: other, reason: "it has tables but no newsmill_meta table"))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other)), before)

        let text = scratch.path("notes.txt")
        try Data(String(repeating: "plain text, not SQLite\n", count: 50).utf8).write(to: URL(fileURLWithPath: text))
        XCTAssertThrowsError(try ArticleStore(path: text)) { error in
            XCTAssertEqual(error as? StoreError, .notANewsmillDatabase(path: text, reason: "it is not an SQLite database file"))
        }
    }

    func testWriterCannotCreateAFileInAMissingDirectory() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("no/such/dir/news.db")
        XCTAssertThrowsError(try ArticleStore(path: path)) { error in
            guard case let .cannotOpen(errorPath, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(errorPath, path)
        }
    }

    func testANewerSchemaVersionIsRefusedClearly() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("news.db")
        try ArticleStore(path: path).close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE newsmill_meta SET value = '99' WHERE key = 'schema_version'") }
        try queue.close()
        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .unsupportedSchemaVersion(path: path, found: 99, supported: ArticleStore.schemaVersion))
        }
        XCTAssertThrowsError(try ArticleStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .unsupportedSchemaVersion(path: path, found: 99, supported: ArticleStore.schemaVersion))
        }
    }

    func testRunsAreBegunIdempotentlyAndFinished() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        let start = Date(timeIntervalSince1970: 1_700_000_000.25)
        try store.beginRun(id: "run-1", inputs: ["/data/a", "/data/\"quoted\".zip"], host: "hostA", startedAt: start)
        _ = try store.ingest([.init(runID: "run-1", articles: Sample.articles(3), quarantined: [Sample.quarantined()])])
        try store.beginRun(id: "run-1", inputs: ["/data/a", "/data/\"quoted\".zip"], host: "hostA", startedAt: start)
        XCTAssertEqual(
            try store.textRows("select inputs, host, started_at, finished_at, status, articles_stored, duplicates_skipped, quarantined from runs"),
            [[#"["/data/a","/data/\"quoted\".zip"]"#, "hostA", "2023-11-14T22:13:20.250Z", "", "running", "3", "0", "1"]],
            "beginning again keeps the counters"
        )
        try store.finishRun(id: "run-1", status: "finished", finishedAt: start.addingTimeInterval(60))
        XCTAssertEqual(try store.textRows("select status, finished_at from runs"), [["finished", "2023-11-14T22:14:20.250Z"]])
    }

    func testIngestCreatesARunItHasNotSeenAndBeginRunCompletesIt() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        _ = try store.ingest([.init(runID: "early", articles: Sample.articles(2), quarantined: [])])
        XCTAssertEqual(try store.textRows("select inputs, host, status, articles_stored from runs"), [["[]", "", "running", "2"]])
        try store.beginRun(id: "early", inputs: ["/in"], host: "h", startedAt: Date(timeIntervalSince1970: 0))
        XCTAssertEqual(try store.textRows("select inputs, host, started_at, status, articles_stored from runs"), [[#"["/in"]"#, "h", "1970-01-01T00:00:00.000Z", "running", "2"]])
        try store.finishRun(id: "never-begun", status: "interrupted", finishedAt: Date(timeIntervalSince1970: 0))
        XCTAssertEqual(try store.textRows("select status from runs where id = 'never-begun'"), [["interrupted"]])
    }

    func testAReadOnlyStoreRefusesEveryWrite() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("news.db")
        try ArticleStore(path: path).close()
        let reader = try ArticleStore.openReadOnly(path: path)
        XCTAssertTrue(reader.isReadOnly)
        XCTAssertThrowsError(try reader.ingest([.init(runID: "r", articles: Sample.articles(1), quarantined: [])])) { error in
            XCTAssertEqual(error as? StoreError, .readOnlyStore(operation: "ingest"))
        }
        XCTAssertThrowsError(try reader.beginRun(id: "r", inputs: [], host: "", startedAt: Date()))
        XCTAssertThrowsError(try reader.finishRun(id: "r", status: "finished", finishedAt: Date()))
        XCTAssertEqual(try reader.integer("select count(*) from runs"), 0)
    }

    func testAReaderSeesOnlyCommittedDataWhileAWriteTransactionIsOpen() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("news.db")
        let store = try ArticleStore(path: path)
        defer { try? store.close() }
        _ = try store.ingest([.init(runID: "r", articles: Sample.articles(5), quarantined: [])])
        let reader = try ArticleStore.openReadOnly(path: path)

        // A second writer connection holds the write lock with uncommitted rows, as the collector
        // does in the middle of a batch.
        let writer = try DatabaseQueue(path: path)
        try writer.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "DELETE FROM articles WHERE title = 'Story a0'")
            XCTAssertEqual(try reader.integer("select count(*) from articles"), 5)
            XCTAssertEqual(try reader.search("harbour", limit: 10, rawFTSSyntax: false).count, 5)
            try db.execute(sql: "COMMIT")
        }
        try writer.close()
        XCTAssertEqual(try reader.integer("select count(*) from articles"), 4)
        XCTAssertEqual(try reader.search("harbour", limit: 10, rawFTSSyntax: false).count, 4)
    }

    func testConcurrentReaderSeesConsistentGrowingSnapshotsWhileTheWriterCommits() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("news.db")
        let store = try ArticleStore(path: path)
        defer { try? store.close() }
        let reader = try ArticleStore.openReadOnly(path: path)
        let batches = 40
        let perBatch = 50
        let writerError = LockedBox<(any Error)?>(nil)
        let writerDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            defer { writerDone.signal() }
            do {
                for batch in 0..<batches {
                    _ = try store.ingest([.init(runID: "r", articles: Sample.articles(perBatch, prefix: "b\(batch)-"), quarantined: [])])
                }
            } catch { writerError.value = error }
        }
        var observations: [(articles: Int64, indexed: Int64)] = []
        var readerError: (any Error)?
        do {
            for _ in 0..<200 {
                let row = try reader.query("select (select count(*) from articles), (select count(*) from articles_fts where articles_fts match 'harbour')").rows[0]
                guard case let .integer(articles) = row[0], case let .integer(indexed) = row[1] else { throw StoreError.emptyQuery }
                observations.append((articles, indexed))
            }
        } catch { readerError = error }
        writerDone.wait()
        XCTAssertNil(writerError.value)
        XCTAssertNil(readerError)
        XCTAssertEqual(observations.count, 200)
        for (index, observation) in observations.enumerated() {
            XCTAssertEqual(observation.articles, observation.indexed, "the FTS index is committed with its rows")
            XCTAssertEqual(observation.articles % Int64(perBatch), 0, "a reader never sees half a batch")
            if index > 0 { XCTAssertGreaterThanOrEqual(observation.articles, observations[index - 1].articles) }
        }
        XCTAssertEqual(try reader.integer("select count(*) from articles"), Int64(batches * perBatch))
    }

    func testTimestampsAreISO8601UTCWithMilliseconds() {
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: 951_782_400.5)), "2000-02-29T00:00:00.500Z")
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: -1)), "1969-12-31T23:59:59.000Z")
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: 1_764_080_000.123)), "2025-11-25T14:13:20.123Z")
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: .nan)), "1970-01-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: .infinity)), "9999-12-31T23:59:59.999Z")
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: -1e15)), "0001-01-01T00:00:00.000Z")
    }

    func testJSONArrayTextIsCompactAndEscaped() throws {
        XCTAssertEqual(JSONText.array([]), "[]")
        XCTAssertEqual(JSONText.array(["Anna Berglund"]), #"["Anna Berglund"]"#)
        let tricky = ["a \"quote\"", "back\\slash", "line\nbreak\u{01}", "Åsa Öberg 東京"]
        let text = JSONText.array(tricky)
        XCTAssertEqual(text, #"["a \"quote\"","back\\slash","line\nbreak\u0001","Åsa Öberg 東京"]"#)
        XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String], tricky)
    }

    /// An SQLite database of some other application.
    private static func makeForeignDatabase(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)") }
        try queue.close()
    }

    private static func schemaSQL(_ path: String) throws -> [String] {
        let store = try ArticleStore.openReadOnly(path: path)
        defer { try? store.close() }
        return try store.textRows("select type || ' ' || name || ' ' || coalesce(sql, '') from sqlite_master order by name").map { $0[0] }
    }
}
