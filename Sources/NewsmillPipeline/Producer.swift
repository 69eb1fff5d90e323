import Foundation
import Logging
import NewsmillCore
import NewsmillInputs
import NewsmillProtocol
import ZeroMQ

/// Settings of the producer role.
public struct ProducerConfiguration: Sendable {
    /// Files and directories to read.
    public var inputs: [String]
    /// Where the jobs socket binds (`tcp://*:5557`, `ipc:///tmp/x.sock`).
    public var endpoint: String
    /// Most items in one job.
    public var jobMaxItems = 64
    /// A job is closed once its payload reaches this many bytes.
    public var jobMaxBytes = 1 << 20
    /// Most jobs sent and not yet committed; bounds the producer's memory and every queue after it.
    public var maxJobsInFlight = 32
    /// Seconds without a word from a worker before its jobs go to others.
    public var workerSilenceTimeout = 15.0
    /// Seconds to wait for in-flight jobs after a stop request.
    public var drainTimeout = 30.0
    /// Limits against hostile archives.
    public var limits = InputLimits()
    /// This host's name, recorded with the run.
    public var host = ProcessInfo.processInfo.hostName
    /// CURVE encryption and the allow-list of worker keys; `nil` for plain connections.
    public var curve: CurveServerSecurity?
    /// Times a job may be lost with a worker that died (crashed, killed, fell silent) before it is
    /// treated as poison: a job of several documents is split into one job per document, a job of
    /// one document is quarantined with the reason `poison: worker died N times` (or `timed out`).
    public var maxJobFailures = 3
    /// Seconds a worker may spend on one document (the worker exits when it is exceeded, see
    /// `WorkerConfiguration.documentTimeLimit`); a job lost after being held this long counts as
    /// timed out rather than crashed.
    public var documentTimeLimit = 120.0

    /// Creates a configuration.
    public init(inputs: [String], endpoint: String) {
        self.inputs = inputs
        self.endpoint = endpoint
    }
}

/// The producer role: reads inputs as a stream, packs them into jobs and deals them to workers that
/// asked for work (credit-based flow control over ROUTER/DEALER, see docs/protocol.md).
///
/// A job stays "in flight" until a worker reports the collector committed it; jobs held by a worker
/// that leaves or falls silent are sent again, so a dying worker loses nothing. At most
/// `maxJobsInFlight` jobs exist at once, so memory stays flat however large the inputs are.
public final class Producer {
    private struct WorkerState {
        var name: String
        var credit: Int
        var lastSeen: Double
        var jobs: Set<UInt64> = []
    }

    private struct InFlightJob {
        var frames: [[UInt8]]
        var worker: [UInt8]?
        var isFinal: Bool
        /// When it was last sent to a worker.
        var sentAt = 0.0
        /// Times it was lost with a dying worker, split by whether it had been held past the time limit.
        var crashes = 0
        var timeouts = 0
        /// Lost with a dying worker at least once, or split from such a job: it is then sent only to a
        /// worker holding nothing else, so a later death is blamed on it alone.
        var isSuspect = false
    }

    private let configuration: ProducerConfiguration
    private let socket: ZMQSocket
    private let security: CurveServerGuard
    private let logger: Logger
    private let progress: ProgressReporter?
    private let runID: String
    private let clock = MonotonicClock()

    private var reader: InputReader?
    private let plannedBytes: Int64
    private var workers: [[UInt8]: WorkerState] = [:]
    private var inFlight: [UInt64: InFlightJob] = [:]
    private var unassigned: [UInt64] = []
    private var nextSequence: UInt64 = 0
    private var finalJobSequence: UInt64?
    private var summary: RunSummary
    private var stopDeadline: Double?
    private var lastWaitingLog = -100.0

    /// The endpoint actually bound (with the port chosen for `tcp://...:*`).
    public let boundEndpoint: String

    /// Binds the jobs socket and prepares to read `configuration.inputs`.
    public init(configuration: ProducerConfiguration, context: ZMQContext, logger: Logger, progress: ProgressReporter? = nil) throws {
        self.configuration = configuration
        self.logger = logger
        self.progress = progress
        runID = UUID().uuidString.lowercased()
        summary = RunSummary(runID: runID)
        socket = try context.socket(.router)
        socket.routerMandatory = true
        socket.linger = 0
        security = try CurveServerGuard(socket: socket, security: configuration.curve, role: "producer", logger: logger)
        try socket.bind(configuration.endpoint)
        boundEndpoint = socket.lastEndpoint
        plannedBytes = InputReader.plannedBytes(paths: configuration.inputs)
        reader = InputReader(paths: configuration.inputs, limits: configuration.limits)
        if !security.isEnabled { warnIfExposed(configuration.endpoint, logger: logger) }
    }

    /// Runs until every input is committed (or a stop was requested and in-flight jobs drained).
    /// `tick` is called every loop turn; returning a message aborts the run with that failure.
    public func run(tick: () -> String? = { nil }) -> RunSummary {
        enqueueEvent(.started(inputs: configuration.inputs, host: configuration.host, startedAt: Date().timeIntervalSince1970))
        var poller = ZMQPoller()
        let token = poller.register(socket, events: .readable)
        security.register(in: &poller)
        logger.info("producer \(runID) reading \(configuration.inputs.count) input(s), \(ResourceUsage.format(bytes: plannedBytes)), jobs on \(boundEndpoint)")

        while true {
            if let failure = tick() {
                summary.failure = failure
                break
            }
            checkStopRequest()
            do {
                let ready = try poller.poll(timeoutMilliseconds: 50)
                security.service(ready)
                if ready.contains(token) { try receiveAll() }
            } catch {
                summary.failure = "jobs socket: \(error)"
                break
            }
            expireSilentWorkers()
            dispatch()
            reportProgress()
            if isFinished { break }
            if let deadline = stopDeadline, clock.now > deadline {
                logger.warning("drain timeout: \(inFlight.count) job(s) not confirmed")
                break
            }
        }
        progress?.finish()
        summary.jobsLost = inFlight.values.filter { !$0.isFinal }.count
        summary.bytesRead = reader?.bytesRead ?? summary.bytesRead
        summary.elapsed = clock.now
        summary.peakResidentBytes["producer"] = ResourceUsage.peakResidentBytes()
        security.close()
        socket.close()
        return summary
    }

    // MARK: Messages

    private func receiveAll() throws {
        while let frames = try socket.receiveMultipart(dontWait: true) {
            guard frames.count >= 2 else { continue }
            let identity = frames[0]
            let message: JobChannelMessage
            do {
                message = try JobChannelMessage(frames: Array(frames[1...]))
            } catch {
                logger.warning("ignoring a bad message from a peer: \(error)")
                continue
            }
            handle(message, from: identity)
        }
    }

    private func handle(_ message: JobChannelMessage, from identity: [UInt8]) {
        let now = clock.now
        switch message {
        case let .hello(name, credit):
            if let previous = workers[identity] { requeue(previous.jobs, reason: "worker \(previous.name) restarted", workerDied: true) }
            workers[identity] = WorkerState(name: name, credit: max(0, credit), lastSeen: now)
            logger.info("worker \(name) joined with credit \(credit) (\(workers.count) connected)")
        case .credit(let n):
            guard var worker = workers[identity] else {
                // A worker that knew a previous producer: ask it to introduce itself.
                _ = try? socket.send([identity] + JobChannelMessage.helloRequest.frames(), dontWait: true)
                return
            }
            worker.credit += max(0, n)
            worker.lastSeen = now
            workers[identity] = worker
        case .done(let reports):
            workers[identity]?.lastSeen = now
            for report in reports where report.jobID.runID == runID {
                let sequence = report.jobID.sequence
                guard let job = inFlight.removeValue(forKey: sequence) else { continue }
                if let holder = job.worker { workers[holder]?.jobs.remove(sequence) }
                if !job.isFinal { summary.add(report) }
            }
        case .goodbye:
            if let worker = workers.removeValue(forKey: identity) {
                requeue(worker.jobs, reason: "worker \(worker.name) left", workerDied: false)
                logger.info("worker \(worker.name) left (\(workers.count) connected)")
            }
        case .job, .helloRequest:
            logger.warning("a peer sent a producer's message to the producer; ignored")
        }
    }

    // MARK: Dispatching

    private func dispatch() {
        while let (identity, sequence) = nextAssignment() {
            guard var job = inFlight[sequence] else { continue }
            do {
                guard try socket.send([identity] + job.frames, dontWait: true) else {
                    unassigned.insert(sequence, at: 0)
                    return
                }
            } catch {
                // ROUTER_MANDATORY: the worker is gone; its jobs go to others.
                unassigned.insert(sequence, at: 0)
                if let worker = workers.removeValue(forKey: identity) {
                    requeue(worker.jobs, reason: "worker \(worker.name) unreachable", workerDied: true)
                }
                continue
            }
            job.worker = identity
            job.sentAt = clock.now
            inFlight[sequence] = job
            workers[identity]?.credit -= 1
            workers[identity]?.jobs.insert(sequence)
        }
    }

    /// The next job and the worker to send it to. A suspect job goes only to an idle worker, and a
    /// worker holding a suspect job gets nothing else, so a crash is blamed on the right job.
    private func nextAssignment() -> (identity: [UInt8], sequence: UInt64)? {
        let open = workers.filter { _, worker in
            worker.credit > 0 && !worker.jobs.contains { inFlight[$0]?.isSuspect ?? false }
        }
        guard !open.isEmpty else { return nil }
        for (index, sequence) in unassigned.enumerated() {
            let suspect = inFlight[sequence]?.isSuspect ?? false
            let candidates = suspect ? open.filter { $0.value.jobs.isEmpty } : open
            if let identity = Self.mostCredit(candidates) {
                unassigned.remove(at: index)
                return (identity, sequence)
            }
        }
        guard let identity = Self.mostCredit(open), let sequence = nextNewSequence() else { return nil }
        return (identity, sequence)
    }

    private static func mostCredit(_ candidates: [[UInt8]: WorkerState]) -> [UInt8]? {
        candidates.max { $0.value.credit < $1.value.credit }?.key
    }

    /// A new job read from the inputs (or the final run event once they are all committed).
    private func nextNewSequence() -> UInt64? {
        guard inFlight.count < configuration.maxJobsInFlight else { return nil }
        if let sequence = readJob() { return sequence }
        if reader == nil, finalJobSequence == nil, inFlight.isEmpty {
            let status = summary.interrupted ? "interrupted" : "finished"
            let sequence = enqueueEvent(.finished(status: status, finishedAt: Date().timeIntervalSince1970))
            finalJobSequence = sequence
            unassigned.removeAll { $0 == sequence }
            return sequence
        }
        return nil
    }

    private func readJob() -> UInt64? {
        guard let input = reader else { return nil }
        var items: [JobItem] = []
        var bytes = 0
        while items.count < configuration.jobMaxItems, bytes < configuration.jobMaxBytes {
            guard let item = input.next() else {
                summary.bytesRead = input.bytesRead
                reader = nil
                break
            }
            summary.itemsRead += 1
            switch item {
            case .document(let document):
                bytes += document.bytes.count
                items.append(.document(document))
            case .quarantined(let bad):
                items.append(.quarantined(bad))
            }
        }
        guard !items.isEmpty else { return nil }
        let sequence = nextSequence
        nextSequence += 1
        let job = Job(id: JobID(runID: runID, sequence: sequence), items: items)
        inFlight[sequence] = InFlightJob(frames: JobChannelMessage.job(job).frames(), worker: nil, isFinal: false)
        return sequence
    }

    @discardableResult
    private func enqueueEvent(_ event: RunEvent) -> UInt64 {
        let sequence = nextSequence
        nextSequence += 1
        let job = Job(id: JobID(runID: runID, sequence: sequence), items: [], runEvent: event)
        inFlight[sequence] = InFlightJob(frames: JobChannelMessage.job(job).frames(), worker: nil, isFinal: {
            if case .finished = event { return true }
            return false
        }())
        unassigned.append(sequence)
        return sequence
    }

    /// Sends the jobs of a worker that left to others. When the worker died with them, each job's
    /// failure is counted; a job failing `maxJobFailures` times is poison (see `quarantinePoison`).
    private func requeue(_ sequences: Set<UInt64>, reason: String, workerDied: Bool) {
        guard !sequences.isEmpty else { return }
        logger.warning("\(reason): sending its \(sequences.count) job(s) to other workers")
        let now = clock.now
        for sequence in sequences.sorted() {
            guard var job = inFlight[sequence] else { continue }
            job.worker = nil
            if workerDied {
                if now - job.sentAt >= configuration.documentTimeLimit { job.timeouts += 1 } else { job.crashes += 1 }
                job.isSuspect = true
            }
            inFlight[sequence] = job
            summary.jobsRetried += 1
            if workerDied, job.crashes + job.timeouts >= max(1, configuration.maxJobFailures), !job.isFinal {
                quarantinePoison(sequence)
            } else {
                unassigned.append(sequence)
            }
        }
    }

    /// A job that kept killing workers: split into one suspect job per item, or, when it holds a
    /// single document already, replaced by a job quarantining that document, so one bad input
    /// never stalls the run (issue 5: bounded retries, then quarantine).
    private func quarantinePoison(_ sequence: UInt64) {
        guard let poisoned = inFlight.removeValue(forKey: sequence) else { return }
        guard case .job(let job)? = try? JobChannelMessage(frames: poisoned.frames) else {
            logger.error("cannot decode poison job \(sequence); it is dropped")
            summary.jobsLost += 1
            return
        }
        if job.items.count > 1 {
            logger.warning("job \(sequence) lost with \(poisoned.crashes + poisoned.timeouts) dying worker(s): retrying its \(job.items.count) items one by one")
            for item in job.items {
                let single = enqueue(Job(id: JobID(runID: runID, sequence: nextSequence), items: [item], runEvent: job.runEvent))
                inFlight[single]?.isSuspect = true
            }
            return
        }
        let what = poisoned.timeouts > poisoned.crashes
            ? "timed out \(poisoned.timeouts + poisoned.crashes) times (limit \(Int(configuration.documentTimeLimit)) s per document)"
            : "worker died \(poisoned.crashes + poisoned.timeouts) times while extracting it"
        let items = job.items.map { item -> JobItem in
            guard case .document(let document) = item else { return item }
            logger.error("quarantining \(document.locator.description): \(what)")
            return .quarantined(QuarantinedItem(
                locator: document.locator, reason: "poison: \(what)", size: Int64(document.bytes.count),
                sha256: ArticleIdentity.sha256Hex(document.bytes)
            ))
        }
        enqueue(Job(id: JobID(runID: runID, sequence: nextSequence), items: items, runEvent: job.runEvent))
    }

    /// Adds `job` (whose sequence must be `nextSequence`) to the jobs to send.
    @discardableResult
    private func enqueue(_ job: Job) -> UInt64 {
        let sequence = nextSequence
        nextSequence += 1
        inFlight[sequence] = InFlightJob(frames: JobChannelMessage.job(job).frames(), worker: nil, isFinal: false)
        unassigned.append(sequence)
        return sequence
    }

    private func expireSilentWorkers() {
        let now = clock.now
        for (identity, worker) in workers where now - worker.lastSeen > configuration.workerSilenceTimeout {
            workers.removeValue(forKey: identity)
            requeue(worker.jobs, reason: "worker \(worker.name) silent for \(Int(now - worker.lastSeen)) s", workerDied: true)
        }
        if workers.isEmpty, !inFlight.isEmpty, now - lastWaitingLog > 10 {
            lastWaitingLog = now
            logger.notice("waiting for workers on \(boundEndpoint)")
        }
    }

    private func checkStopRequest() {
        guard StopSignal.isRequested, stopDeadline == nil else { return }
        logger.notice("stop requested: no new input; waiting up to \(Int(configuration.drainTimeout)) s for \(inFlight.count) job(s) in flight")
        if reader != nil {
            summary.bytesRead = reader?.bytesRead ?? 0
            summary.interrupted = true
            reader = nil
        }
        stopDeadline = clock.now + configuration.drainTimeout
    }

    private var isFinished: Bool {
        guard let finalJobSequence else { return false }
        return inFlight[finalJobSequence] == nil
    }

    private func reportProgress() {
        guard let progress else { return }
        progress.update(ProgressSnapshot(
            items: summary.itemsRead, bytesRead: reader?.bytesRead ?? summary.bytesRead, plannedBytes: plannedBytes,
            stored: summary.articlesStored, duplicates: summary.duplicatesSkipped, quarantined: summary.quarantined,
            jobsInFlight: inFlight.count, workers: workers.count, elapsed: clock.now
        ))
    }

    /// The run's id.
    public var id: String { runID }
}

/// Seconds since creation, from a monotonic clock.
struct MonotonicClock {
    private let start = DispatchTime.now().uptimeNanoseconds

    var now: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000 }
}

/// Logs a warning when an endpoint listens beyond loopback without CURVE keys (call it only then).
func warnIfExposed(_ endpoint: String, logger: Logger) {
    guard endpoint.hasPrefix("tcp://") else { return }
    let host = endpoint.dropFirst("tcp://".count).split(separator: ":").dropLast().joined(separator: ":")
    let loopback = ["127.0.0.1", "localhost", "[::1]", "::1"]
    if !loopback.contains(host) && !host.hasPrefix("127.") {
        logger.warning("\(endpoint) accepts plain-text connections from the network; use it only on a trusted network, or set CURVE keys (--curve-secret-key, --allow-keys; see docs/operations.md)")
    }
}
