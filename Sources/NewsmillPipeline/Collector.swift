#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
import NewsmillCore
import NewsmillProtocol
import NewsmillStore
import ZeroMQ

/// Settings of the collector role.
public struct CollectorConfiguration: Sendable {
    /// Where the results socket binds.
    public var endpoint: String
    /// The SQLite database file.
    public var databasePath: String
    /// A transaction is committed once this many articles are waiting.
    public var batchArticles = 1_000
    /// ... or once the oldest waiting result is this many seconds old.
    public var flushInterval = 0.2
    /// When set, the collector exits (after a final commit) once this process is no longer its parent.
    public var parentPID: Int32?
    /// CURVE encryption and the allow-list of worker keys; `nil` for plain connections.
    public var curve: CurveServerSecurity?

    /// Creates a configuration.
    public init(endpoint: String, databasePath: String) {
        self.endpoint = endpoint
        self.databasePath = databasePath
    }
}

/// What a collector did, for its exit log.
public struct CollectorStats: Sendable {
    /// Results received.
    public var results = 0
    /// Transactions committed.
    public var commits = 0
    /// Articles newly stored.
    public var stored = 0
    /// Duplicate articles skipped.
    public var duplicates = 0
    /// Items quarantined.
    public var quarantined = 0
}

/// The collector role: the single writer of the database. It receives workers' results, commits
/// them in batched transactions, and only then acknowledges each job to the worker that sent it
/// ("commit, then acknowledge"), so a job is never reported done before it is durable.
public final class Collector {
    private let configuration: CollectorConfiguration
    private let logger: Logger
    private let socket: ZMQSocket
    private let security: CurveServerGuard
    private let store: ArticleStore
    private let clock = MonotonicClock()
    private var buffer: [(worker: [UInt8], result: JobResult)] = []
    private var bufferedArticles = 0
    private var oldestBuffered: Double?
    private var stats = CollectorStats()
    private var lastLog = 0.0

    /// The endpoint actually bound.
    public let boundEndpoint: String

    /// Opens (creating and migrating as needed) the database and binds the results socket.
    public init(configuration: CollectorConfiguration, context: ZMQContext, logger: Logger) throws {
        self.configuration = configuration
        self.logger = logger
        store = try ArticleStore(path: configuration.databasePath)
        socket = try context.socket(.router)
        socket.linger = 1_000
        socket.heartbeatInterval = 1_000
        socket.heartbeatTimeout = 10_000
        security = try CurveServerGuard(socket: socket, security: configuration.curve, role: "collector", logger: logger)
        try socket.bind(configuration.endpoint)
        boundEndpoint = socket.lastEndpoint
        if !security.isEnabled { warnIfExposed(configuration.endpoint, logger: logger) }
    }

    /// Runs until a stop is requested or the parent is gone; commits what it holds before returning.
    public func run() -> CollectorStats {
        logger.info("collector writing \(configuration.databasePath), results on \(boundEndpoint)")
        var poller = ZMQPoller()
        let token = poller.register(socket, events: .readable)
        security.register(in: &poller)
        while !StopSignal.isRequested {
            if let parent = configuration.parentPID, getppid() != parent {
                logger.warning("parent process \(parent) is gone; committing and exiting")
                break
            }
            do {
                let ready = try poller.poll(timeoutMilliseconds: 50)
                security.service(ready)
                if ready.contains(token) { try receiveAll() }
            } catch {
                logger.error("results socket error: \(error)")
                break
            }
            if shouldFlush { flush() }
            if clock.now - lastLog >= 30, stats.results > 0 {
                lastLog = clock.now
                logger.info("collector: \(stats.stored) stored, \(stats.duplicates) duplicates, \(stats.quarantined) quarantined, \(stats.commits) commits")
            }
        }
        // Results that arrived with the stop request are committed too.
        try? receiveAll()
        flush()
        security.close()
        socket.close()
        try? store.close()
        logger.info("collector done: \(stats.stored) stored, \(stats.duplicates) duplicates, \(stats.quarantined) quarantined in \(stats.commits) commits; peak memory \(ResourceUsage.format(bytes: ResourceUsage.peakResidentBytes()))")
        return stats
    }

    private var shouldFlush: Bool {
        guard let oldest = oldestBuffered else { return false }
        return bufferedArticles >= configuration.batchArticles || clock.now - oldest >= configuration.flushInterval
    }

    private func receiveAll() throws {
        while let frames = try socket.receiveMultipart(dontWait: true) {
            guard frames.count >= 2 else { continue }
            guard case .result(let result) = try? ResultChannelMessage(frames: Array(frames[1...])) else {
                logger.warning("ignoring a bad message from a worker")
                continue
            }
            stats.results += 1
            buffer.append((frames[0], result))
            bufferedArticles += result.articles.count
            if oldestBuffered == nil { oldestBuffered = clock.now }
            if bufferedArticles >= configuration.batchArticles { flush() }
        }
    }

    /// Commits everything buffered in one transaction, then acknowledges each job to its worker.
    private func flush() {
        guard !buffer.isEmpty else { return }
        let pending = buffer
        buffer.removeAll(keepingCapacity: true)
        bufferedArticles = 0
        oldestBuffered = nil
        do {
            for entry in pending {
                if case let .started(inputs, host, startedAt) = entry.result.runEvent {
                    try store.beginRun(id: entry.result.jobID.runID, inputs: inputs, host: host, startedAt: Date(timeIntervalSince1970: startedAt))
                }
            }
            let batches = pending.map {
                ArticleStore.IngestBatch(runID: $0.result.jobID.runID, articles: $0.result.articles, quarantined: $0.result.quarantined)
            }
            let reports = try store.ingest(batches)
            for entry in pending {
                if case let .finished(status, finishedAt) = entry.result.runEvent {
                    try store.finishRun(id: entry.result.jobID.runID, status: status, finishedAt: Date(timeIntervalSince1970: finishedAt))
                }
            }
            stats.commits += 1
            var acknowledgements: [[UInt8]: [JobReport]] = [:]
            for (entry, report) in zip(pending, reports) {
                stats.stored += report.stored
                stats.duplicates += report.duplicates
                stats.quarantined += report.quarantined + report.quarantineRepeats
                let jobReport = JobReport(
                    jobID: entry.result.jobID, stored: report.stored, duplicates: report.duplicates,
                    quarantineReasons: entry.result.quarantined.map(\.reason)
                )
                acknowledgements[entry.worker, default: []].append(jobReport)
            }
            for (worker, jobReports) in acknowledgements {
                _ = try? socket.send([worker] + ResultChannelMessage.ack(jobReports).frames(), dontWait: true)
            }
        } catch {
            // Nothing is acknowledged, so the workers send these results again later.
            logger.error("commit failed, \(pending.count) result(s) will be resent by their workers: \(error)")
        }
    }
}
