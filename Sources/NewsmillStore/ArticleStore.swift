import Foundation
import GRDB
import NewsmillCore

/// The Newsmill SQLite database: the one entry point for writing articles (the collector) and for
/// reading them (`newsmill search`, `newsmill query`, tests).
///
/// A writable store (`init(path:)`) creates the file if needed, runs the schema migrations and uses
/// WAL with `synchronous = FULL`, so a committed batch survives a crash or power loss before the
/// collector acknowledges it. Exactly one process should write a database at a time; any number of
/// readers (`openReadOnly(path:)`, `sqlite3`, Datasette) can read while it writes.
///
/// The tables are documented in `docs/schema.md`.
public final class ArticleStore: Sendable {
    /// The largest `limit` that `search` accepts.
    public static let maximumSearchLimit = 10_000

    /// The schema version this build creates and reads.
    public static let schemaVersion = Schema.currentVersion

    /// The database file.
    public let path: String

    /// True for a store opened with `openReadOnly(path:)`.
    public let isReadOnly: Bool

    /// A `DatabasePool` for the writer (its readers serve search and query), a read-only
    /// `DatabaseQueue` otherwise. Both are `Sendable`.
    let database: any DatabaseWriter

    private init(database: any DatabaseWriter, path: String, isReadOnly: Bool) {
        self.database = database
        self.path = path
        self.isReadOnly = isReadOnly
    }

    /// Opens the database at `path` for writing, creating it if it does not exist and migrating it to
    /// the current schema.
    ///
    /// - Throws: `StoreError.notANewsmillDatabase` when the file holds something else (another
    ///   application's tables, or not SQLite at all), `StoreError.unsupportedSchemaVersion` when a newer
    ///   Newsmill wrote it, `StoreError.cannotOpen` when the file cannot be opened or created.
    public convenience init(path: String) throws {
        if try Self.existingFileHasContent(path) {
            // Look before writing: opening a pool switches the file to WAL, which must not happen to
            // somebody else's database.
            let inspection = try Self.inspectReadOnly(path: path)
            if case let .newsmill(version) = inspection, version > Schema.currentVersion {
                throw StoreError.unsupportedSchemaVersion(path: path, found: version, supported: Schema.currentVersion)
            }
        }
        var configuration = Configuration()
        configuration.label = "newsmill.store"
        configuration.busyMode = .timeout(10)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.openError(error, path: path)
        }
        do {
            // GRDB sets synchronous = NORMAL when it enables WAL; the collector acknowledges a job only
            // after its commit, so every commit must reach the disk. A 32 MiB page cache and checkpoints
            // every 8,192 pages (32 MiB of WAL) cut re-reads and rewrites of hot index pages on the
            // ingest path (measured: see docs/schema.md, "Writer settings").
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                try db.execute(sql: "PRAGMA cache_size = -32768")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
                _ = try Schema.inspect(db, path: path)
            }
            try Schema.migrator.migrate(pool)
        } catch {
            try? pool.close()
            throw error
        }
        self.init(database: pool, path: path, isReadOnly: false)
    }

    /// Opens an existing Newsmill database for reading only (search, query). It works while another
    /// process writes the database.
    ///
    /// - Throws: `StoreError.databaseNotFound` when there is no file at `path`,
    ///   `StoreError.notANewsmillDatabase` when the file is not a Newsmill database,
    ///   `StoreError.unsupportedSchemaVersion` / `.schemaNeedsUpgrade` when its schema differs from
    ///   this build's.
    public static func openReadOnly(path: String) throws -> ArticleStore {
        guard try existingFileHasContent(path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw StoreError.notANewsmillDatabase(path: path, reason: "the file is empty")
            }
            throw StoreError.databaseNotFound(path: path)
        }
        let queue = try openReadOnlyQueue(path: path)
        do {
            let inspection = try queue.read { db in try Schema.inspect(db, path: path) }
            switch inspection {
            case .empty:
                throw StoreError.notANewsmillDatabase(path: path, reason: "it has no tables")
            case let .newsmill(version) where version > Schema.currentVersion:
                throw StoreError.unsupportedSchemaVersion(path: path, found: version, supported: Schema.currentVersion)
            case let .newsmill(version) where version < Schema.currentVersion:
                throw StoreError.schemaNeedsUpgrade(path: path, found: version, current: Schema.currentVersion)
            case .newsmill:
                break
            }
        } catch {
            try? queue.close()
            throw openError(error, path: path)
        }
        return ArticleStore(database: queue, path: path, isReadOnly: true)
    }

    /// Closes the database. A writer first runs `PRAGMA optimize` (cheap statistics upkeep) and copies
    /// the whole WAL into the database file (`wal_checkpoint(TRUNCATE)`), so the `.db` file alone is
    /// complete once no other process has it open. Later calls on this store fail.
    public func close() throws {
        if let pool = database as? DatabasePool {
            // Close idle reader connections first: GRDB closes the writer before the readers, and a
            // read-only connection that closes last cannot checkpoint the WAL.
            pool.releaseMemory()
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA optimize")
                _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
        try database.close()
    }

    /// Records the start of a run. Calling it again with the same `id` (a redelivered job) updates the
    /// row without resetting its counters or status.
    public func beginRun(id: String, inputs: [String], host: String, startedAt: Date) throws {
        try requireWritable("beginRun")
        try database.write { db in
            try db.execute(
                sql: """
                INSERT INTO runs (id, inputs, host, started_at, status) VALUES (?, ?, ?, ?, 'running')
                ON CONFLICT (id) DO UPDATE SET
                    inputs = excluded.inputs, host = excluded.host, started_at = excluded.started_at
                """,
                arguments: [id, JSONText.array(inputs), host, Timestamp.string(startedAt)]
            )
        }
    }

    /// Records the end of a run: its final `status` (`finished` or `interrupted`) and time. A run not
    /// seen before gets a row, so no outcome is lost.
    public func finishRun(id: String, status: String, finishedAt: Date) throws {
        try requireWritable("finishRun")
        let finished = Timestamp.string(finishedAt)
        try database.write { db in
            try db.execute(
                sql: """
                INSERT INTO runs (id, started_at, finished_at, status) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at, status = excluded.status
                """,
                arguments: [id, finished, finished, status]
            )
        }
    }

    /// Throws unless this store may write.
    func requireWritable(_ operation: String) throws {
        if isReadOnly { throw StoreError.readOnlyStore(operation: operation) }
    }

    /// True when a regular file exists at `path` and is not empty.
    private static func existingFileHasContent(_ path: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue {
            throw StoreError.notANewsmillDatabase(path: path, reason: "it is a directory")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        return size > 0
    }

    /// Opens a read-only connection. SQLite refuses every write on it (`SQLITE_OPEN_READONLY`).
    private static func openReadOnlyQueue(path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.label = "newsmill.store.readonly"
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw openError(error, path: path)
        }
    }

    /// What an existing file holds, looked at through a read-only connection that is closed again.
    private static func inspectReadOnly(path: String) throws -> Schema.Inspection {
        let queue = try openReadOnlyQueue(path: path)
        defer { try? queue.close() }
        do {
            return try queue.read { db in try Schema.inspect(db, path: path) }
        } catch {
            throw openError(error, path: path)
        }
    }

    /// Turns SQLite's terse open errors into ones that name the file and the problem.
    private static func openError(_ error: any Error, path: String) -> any Error {
        guard let databaseError = error as? DatabaseError else { return error }
        switch databaseError.resultCode {
        case .SQLITE_NOTADB:
            return StoreError.notANewsmillDatabase(path: path, reason: "it is not an SQLite database file")
        case .SQLITE_CORRUPT:
            return StoreError.notANewsmillDatabase(path: path, reason: "the SQLite file is corrupt")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR:
            return StoreError.cannotOpen(path: path, reason: databaseError.message ?? "\(databaseError)")
        default:
            return error
        }
    }
}
