import Foundation
import GRDB

/// The producer's durable job ledger: a small SQLite file beside the producer that records every run,
/// every job the producer created (which input items it holds, by their ordinal in the input stream)
/// and what became of it. A producer killed at any moment resumes from it: finished inputs are not
/// read again, committed items are skipped, and the jobs it had sent are rebuilt under their old
/// sequence numbers, so a late `done` from a worker that outlived the old producer still counts.
///
/// The ledger is write-ahead: a job is committed here before it is sent. Changes are buffered and
/// written in one transaction by `commit()` (the producer commits before every send and once per loop
/// turn). WAL with `synchronous = NORMAL`: a commit survives the process being killed; after a power
/// loss the last commits may be lost, which costs redelivery (the store is idempotent), never an item.
///
/// Tables are documented in docs/operations.md ("The job ledger").
public final class JobLedger {
    /// A run as the ledger knows it.
    public struct Run: Sendable, Equatable {
        /// The run's id (the `runs.id` of the articles database too).
        public var id: String
        /// The inputs given, in order.
        public var inputs: [String]
        /// `running`, `interrupted` or `finished`.
        public var status: String
        /// A description of the settings that shape the input stream (limits); a resumed run needs the same.
        public var streamSettings: String
        /// When the run began (Unix seconds).
        public var startedAt: Double
    }

    /// What a job carries.
    public enum JobKind: String, Sendable {
        /// Input items `firstItem ..< firstItem + itemCount`.
        case items
        /// The run's `started` event.
        case started
        /// The run's `finished` event.
        case finished
    }

    /// What became of a job.
    public enum JobState: String, Sendable {
        /// Created, maybe sent; not yet committed by the collector.
        case open
        /// Committed by the collector and reported done.
        case done
        /// Replaced by other jobs (split into one job per item, or turned into a quarantine job).
        case superseded
    }

    /// One job in the ledger.
    public struct Job: Sendable, Equatable {
        /// The job's sequence number within its run.
        public var sequence: UInt64
        /// What it carries.
        public var kind: JobKind
        /// The ordinal of its first input item (0 for events).
        public var firstItem: Int64
        /// How many consecutive input items it holds (0 for events).
        public var itemCount: Int
        /// Its state.
        public var state: JobState
        /// Set on a job that quarantines its documents as poison: the reason.
        public var poisonReason: String?
        /// Times it was lost with a worker that died, while held less than the time limit.
        public var crashes: Int
        /// Times it was lost with a worker after being held past the time limit.
        public var timeouts: Int
        /// Its first item's locator (`SourceLocator.description`), to check that a resumed run reads the
        /// same stream.
        public var firstLocator: String?
        /// Once done: articles the collector newly stored.
        public var stored = 0
        /// Once done: articles the database already held.
        public var duplicates = 0
        /// Once done: the reasons of the items quarantined.
        public var quarantineReasons: [String] = []

        /// Creates a job record.
        public init(
            sequence: UInt64, kind: JobKind, firstItem: Int64 = 0, itemCount: Int = 0, state: JobState = .open,
            poisonReason: String? = nil, crashes: Int = 0, timeouts: Int = 0, firstLocator: String? = nil,
            stored: Int = 0, duplicates: Int = 0, quarantineReasons: [String] = []
        ) {
            self.sequence = sequence
            self.kind = kind
            self.firstItem = firstItem
            self.itemCount = itemCount
            self.state = state
            self.poisonReason = poisonReason
            self.crashes = crashes
            self.timeouts = timeouts
            self.firstLocator = firstLocator
            self.stored = stored
            self.duplicates = duplicates
            self.quarantineReasons = quarantineReasons
        }
    }

    /// One top-level input (a path given on the command line) and the ordinals of its items.
    public struct Input: Sendable, Equatable {
        /// Its position among the run's inputs.
        public var index: Int
        /// The path.
        public var path: String
        /// The ordinal of its first item.
        public var firstItem: Int64
        /// One past the ordinal of its last item, once it was read to the end.
        public var endItem: Int64?

        /// Creates an input record.
        public init(index: Int, path: String, firstItem: Int64, endItem: Int64?) {
            self.index = index
            self.path = path
            self.firstItem = firstItem
            self.endItem = endItem
        }
    }

    private enum Change {
        case job(Job)
        case state(UInt64, JobState)
        case done(UInt64, stored: Int, duplicates: Int, quarantineReasons: [String])
        case failures(UInt64, crashes: Int, timeouts: Int)
        case input(Input)
        case status(String)
    }

    /// The ledger file.
    public let path: String
    private let database: DatabaseQueue
    private var pending: [(runID: String, change: Change)] = []

    /// Opens (creating and migrating as needed) the ledger at `path` for writing.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.label = "newsmill.ledger"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try database.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try Self.migrator.migrate(database)
    }

    private init(readOnly path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "newsmill.ledger.read"
        configuration.busyMode = .timeout(5)
        database = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Opens an existing ledger read-only (for `newsmill status`), without migrating it.
    public static func openReadOnly(path: String) throws -> JobLedger {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LedgerError.missing(path: path)
        }
        return try JobLedger(readOnly: path)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE ledger_runs (
                    id TEXT PRIMARY KEY,
                    inputs TEXT NOT NULL,
                    stream_settings TEXT NOT NULL,
                    status TEXT NOT NULL,
                    started_at REAL NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE TABLE ledger_inputs (
                    run_id TEXT NOT NULL REFERENCES ledger_runs(id) ON DELETE CASCADE,
                    input_index INTEGER NOT NULL,
                    path TEXT NOT NULL,
                    first_item INTEGER NOT NULL,
                    end_item INTEGER,
                    PRIMARY KEY (run_id, input_index)
                );
                CREATE TABLE ledger_jobs (
                    run_id TEXT NOT NULL REFERENCES ledger_runs(id) ON DELETE CASCADE,
                    sequence INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    first_item INTEGER NOT NULL,
                    item_count INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    poison_reason TEXT,
                    crashes INTEGER NOT NULL DEFAULT 0,
                    timeouts INTEGER NOT NULL DEFAULT 0,
                    first_locator TEXT,
                    stored INTEGER NOT NULL DEFAULT 0,
                    duplicates INTEGER NOT NULL DEFAULT 0,
                    quarantine_reasons TEXT,
                    PRIMARY KEY (run_id, sequence)
                );
                CREATE INDEX ledger_jobs_open ON ledger_jobs (run_id, state);
                CREATE TABLE ledger_status (
                    run_id TEXT PRIMARY KEY REFERENCES ledger_runs(id) ON DELETE CASCADE,
                    updated_at REAL NOT NULL,
                    snapshot TEXT NOT NULL
                );
                """)
        }
        return migrator
    }

    // MARK: Runs

    /// Records a new run.
    public func beginRun(id: String, inputs: [String], streamSettings: String) throws {
        let now = Date().timeIntervalSince1970
        try database.write { db in
            try db.execute(
                sql: "INSERT INTO ledger_runs (id, inputs, stream_settings, status, started_at, updated_at) VALUES (?, ?, ?, 'running', ?, ?)",
                arguments: [id, Self.encode(inputs), streamSettings, now, now]
            )
        }
    }

    /// Sets a run's status (`running` when resumed, `interrupted`, `finished`), committing pending changes first.
    public func setStatus(runID: String, _ status: String) throws {
        try commit()
        try database.write { db in
            try db.execute(
                sql: "UPDATE ledger_runs SET status = ?, updated_at = ? WHERE id = ?",
                arguments: [status, Date().timeIntervalSince1970, runID]
            )
        }
    }

    /// The most recent run not finished, if any.
    public func latestUnfinishedRun() throws -> Run? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM ledger_runs WHERE status != 'finished' ORDER BY started_at DESC, rowid DESC LIMIT 1")
                .map(Self.run)
        }
    }

    /// The most recent run, finished or not.
    public func latestRun() throws -> Run? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM ledger_runs ORDER BY started_at DESC, rowid DESC LIMIT 1").map(Self.run)
        }
    }

    /// A run by id.
    public func run(id: String) throws -> Run? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM ledger_runs WHERE id = ?", arguments: [id]).map(Self.run)
        }
    }

    private static func run(_ row: Row) -> Run {
        Run(
            id: row["id"], inputs: decode(row["inputs"]), status: row["status"],
            streamSettings: row["stream_settings"], startedAt: row["started_at"]
        )
    }

    // MARK: Jobs and inputs

    /// Every job of a run, by sequence.
    public func jobs(runID: String) throws -> [Job] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ledger_jobs WHERE run_id = ? ORDER BY sequence", arguments: [runID]).map { row in
                Job(
                    sequence: UInt64(row["sequence"] as Int64), kind: JobKind(rawValue: row["kind"]) ?? .items,
                    firstItem: row["first_item"], itemCount: row["item_count"],
                    state: JobState(rawValue: row["state"]) ?? .open, poisonReason: row["poison_reason"],
                    crashes: row["crashes"], timeouts: row["timeouts"], firstLocator: row["first_locator"],
                    stored: row["stored"], duplicates: row["duplicates"],
                    quarantineReasons: (row["quarantine_reasons"] as String?).map(Self.decode) ?? []
                )
            }
        }
    }

    /// The inputs of a run whose reading began, by index.
    public func inputs(runID: String) throws -> [Input] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ledger_inputs WHERE run_id = ? ORDER BY input_index", arguments: [runID]).map { row in
                Input(index: row["input_index"], path: row["path"], firstItem: row["first_item"], endItem: row["end_item"])
            }
        }
    }

    /// Job counts of a run by state.
    public func jobCounts(runID: String) throws -> [JobState: Int] {
        try database.read { db in
            var counts: [JobState: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state, count(*) AS n FROM ledger_jobs WHERE run_id = ? GROUP BY state", arguments: [runID]) {
                if let state = JobState(rawValue: row["state"]) { counts[state] = row["n"] }
            }
            return counts
        }
    }

    /// Buffers a new job (or replaces the record of one), written by the next `commit()`.
    public func record(_ job: Job, runID: String) { pending.append((runID, .job(job))) }

    /// Buffers a job's new state.
    public func setState(_ state: JobState, sequence: UInt64, runID: String) { pending.append((runID, .state(sequence, state))) }

    /// Buffers a job's completion with what the collector reported for it.
    public func markDone(sequence: UInt64, stored: Int, duplicates: Int, quarantineReasons: [String], runID: String) {
        pending.append((runID, .done(sequence, stored: stored, duplicates: duplicates, quarantineReasons: quarantineReasons)))
    }

    /// Buffers a job's failure counts.
    public func setFailures(sequence: UInt64, crashes: Int, timeouts: Int, runID: String) {
        pending.append((runID, .failures(sequence, crashes: crashes, timeouts: timeouts)))
    }

    /// Buffers where an input's items begin (and end, once read).
    public func record(_ input: Input, runID: String) { pending.append((runID, .input(input))) }

    /// Buffers the producer's status snapshot (JSON) for `newsmill status`.
    public func recordStatus(_ snapshotJSON: String, runID: String) { pending.append((runID, .status(snapshotJSON))) }

    /// Whether changes wait for `commit()`.
    public var hasPendingChanges: Bool { !pending.isEmpty }

    /// Writes every buffered change in one transaction.
    public func commit() throws {
        guard !pending.isEmpty else { return }
        let changes = pending
        try database.write { db in
            for (runID, change) in changes {
                switch change {
                case .job(let job):
                    try db.execute(
                        sql: """
                        INSERT OR REPLACE INTO ledger_jobs
                            (run_id, sequence, kind, first_item, item_count, state, poison_reason, crashes, timeouts, first_locator)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                        arguments: [runID, Int64(job.sequence), job.kind.rawValue, job.firstItem, job.itemCount, job.state.rawValue,
                                    job.poisonReason, job.crashes, job.timeouts, job.firstLocator]
                    )
                case let .state(sequence, state):
                    try db.execute(
                        sql: "UPDATE ledger_jobs SET state = ? WHERE run_id = ? AND sequence = ?",
                        arguments: [state.rawValue, runID, Int64(sequence)]
                    )
                case let .done(sequence, stored, duplicates, reasons):
                    try db.execute(
                        sql: """
                        UPDATE ledger_jobs SET state = 'done', stored = ?, duplicates = ?, quarantine_reasons = ?
                        WHERE run_id = ? AND sequence = ?
                        """,
                        arguments: [stored, duplicates, reasons.isEmpty ? nil : Self.encode(reasons), runID, Int64(sequence)]
                    )
                case let .failures(sequence, crashes, timeouts):
                    try db.execute(
                        sql: "UPDATE ledger_jobs SET crashes = ?, timeouts = ? WHERE run_id = ? AND sequence = ?",
                        arguments: [crashes, timeouts, runID, Int64(sequence)]
                    )
                case .input(let input):
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO ledger_inputs (run_id, input_index, path, first_item, end_item) VALUES (?, ?, ?, ?, ?)",
                        arguments: [runID, input.index, input.path, input.firstItem, input.endItem]
                    )
                case .status(let snapshot):
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO ledger_status (run_id, updated_at, snapshot) VALUES (?, ?, ?)",
                        arguments: [runID, Date().timeIntervalSince1970, snapshot]
                    )
                }
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    // MARK: Status

    /// The last status snapshot a producer wrote for a run, and when (Unix seconds).
    public func status(runID: String) throws -> (snapshot: String, updatedAt: Double)? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT snapshot, updated_at FROM ledger_status WHERE run_id = ?", arguments: [runID])
                .map { ($0["snapshot"], $0["updated_at"]) }
        }
    }

    private static func encode(_ strings: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: strings, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func decode(_ text: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String] ?? []
    }
}

/// Why the ledger cannot be used.
public enum LedgerError: Error, CustomStringConvertible {
    /// No ledger file at the path.
    case missing(path: String)

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .missing(let path): "no job ledger at \(path) (the producer writes it; see --ledger)"
        }
    }
}
