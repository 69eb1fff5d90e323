import Foundation
import Logging
import NewsmillCore
import NewsmillInputs
import NewsmillLedger
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
    /// The durable job ledger (SQLite) that lets a restarted producer resume its run; `nil` keeps the
    /// run's state in memory only (a killed producer then starts over, and the store drops the repeats).
    public var ledgerPath: String?
    /// Whether to continue the ledger's unfinished run (see `ResumeMode`).
    public var resume = ResumeMode.automatic
    /// Seconds between status snapshots written to the ledger (for `newsmill status`).
    public var statusInterval = 1.0
    /// Seconds after sending a job before a worker's `holding` report that lacks it counts it as lost
    /// on the way (and sends it again).
    public var lostJobGrace = 10.0

    /// Creates a configuration.
    public init(inputs: [String], endpoint: String) {
        self.inputs = inputs
        self.endpoint = endpoint
    }
}

/// Whether a producer with a ledger continues an unfinished run or starts a new one.
public enum ResumeMode: String, Sendable, CaseIterable {
    /// Continue the ledger's latest unfinished run when it has the same inputs and limits, else start anew.
    case automatic
    /// Continue the ledger's latest unfinished run; fail when there is none or its inputs differ
    /// (with no inputs given, take the run's own).
    case required
    /// Always start a new run.
    case never
}

/// Why a producer cannot start.
public enum ProducerError: Error, CustomStringConvertible {
    /// `--resume` with no unfinished run in the ledger.
    case nothingToResume(ledger: String)
    /// `--resume` with inputs or limits other than the unfinished run's.
    case resumeMismatch(runID: String, detail: String)
    /// Resuming needs a ledger.
    case resumeWithoutLedger

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .nothingToResume(let ledger): "the ledger \(ledger) has no unfinished run to resume"
        case let .resumeMismatch(runID, detail): "cannot resume run \(runID): \(detail); give the same inputs (or none), or start a new run"
        case .resumeWithoutLedger: "resuming needs a ledger (--ledger)"
        }
    }
}

/// The producer role: reads inputs as a stream, packs them into jobs and deals them to workers that
/// asked for work (credit-based flow control over ROUTER/DEALER, see docs/protocol.md).
///
/// A job stays "in flight" until a worker reports the collector committed it; jobs held by a worker
/// that leaves or falls silent are sent again, so a dying worker loses nothing. At most
/// `maxJobsInFlight` jobs exist at once, so memory stays flat however large the inputs are. With a
/// ledger (`ProducerConfiguration.ledgerPath`) every job is recorded before it is sent, and a
/// producer killed at any moment resumes the run where it stood (see `JobLedger`).
public final class Producer {
    private struct WorkerState {
        var name: String
        var credit: Int
        var lastSeen: Double
        var joinedAt: Double
        var jobs: Set<UInt64> = []
    }

    private struct InFlightJob {
        var frames: [[UInt8]]
        var worker: [UInt8]?
        var isFinal: Bool
        /// The ledger's record of the job.
        var record: JobLedger.Job
        /// When it was last sent to a worker.
        var sentAt = 0.0
        /// Lost with a dying worker at least once, or split from such a job: it is then sent only to a
        /// worker holding nothing else, so a later death is blamed on it alone.
        var isSuspect = false
        /// The holding worker reported it extracted (`extracted`): a death before the collector's
        /// acknowledgement is not the job's fault, so it is sent again without being blamed.
        var isExtracted = false
    }

    /// Items of an open job of the resumed run, gathered while the inputs are read again.
    private struct Rebuild {
        var record: JobLedger.Job
        var items: [JobItem] = []
    }

    private let configuration: ProducerConfiguration
    private let socket: ZMQSocket
    private let security: CurveServerGuard
    private let logger: Logger
    private let progress: ProgressReporter?
    private let runID: String
    private let clock = MonotonicClock()
    private let ledger: JobLedger?
    private var plan: ResumePlan?

    private var cursor: InputCursor?
    private let plannedBytes: Int64
    private var workers: [[UInt8]: WorkerState] = [:]
    private var inFlight: [UInt64: InFlightJob] = [:]
    private var unassigned: [UInt64] = []
    private var rebuilding: [UInt64: Rebuild] = [:]
    private var nextSequence: UInt64 = 0
    private var finalJobSequence: UInt64?
    private var summary: RunSummary
    private var stopDeadline: Double?
    private var lastWaitingLog = -100.0
    private var lastStatus = -100.0
    /// When each unknown peer was last asked to introduce itself (one `helloRequest` per few seconds,
    /// so a worker's queued heartbeats do not each draw a `hello` that would look like a restart).
    private var helloRequested: [[UInt8]: Double] = [:]

    /// The endpoint actually bound (with the port chosen for `tcp://...:*`).
    public let boundEndpoint: String

    /// The inputs of the run (those of the resumed run when resuming without inputs).
    public let inputs: [String]

    /// Whether this producer continues a run from its ledger.
    public var isResuming: Bool { plan != nil }

    /// Binds the jobs socket and prepares to read `configuration.inputs` (or resumes the ledger's run).
    public init(configuration: ProducerConfiguration, context: ZMQContext, logger: Logger, progress: ProgressReporter? = nil) throws {
        self.configuration = configuration
        self.logger = logger
        self.progress = progress
        let streamSettings = String(describing: configuration.limits)
        var inputs = configuration.inputs
        if let path = configuration.ledgerPath {
            let ledger = try JobLedger(path: path)
            self.ledger = ledger
            let candidate = try ledger.latestUnfinishedRun()
            switch (configuration.resume, candidate) {
            case (.never, _), (.automatic, nil):
                plan = nil
            case (.required, nil):
                throw ProducerError.nothingToResume(ledger: path)
            case (.automatic, let run?), (.required, let run?):
                if inputs.isEmpty, configuration.resume == .required { inputs = run.inputs }
                if run.inputs != inputs || run.streamSettings != streamSettings {
                    let detail = run.inputs != inputs
                        ? "it read \(run.inputs.joined(separator: " "))"
                        : "its input limits were \(run.streamSettings)"
                    if configuration.resume == .required { throw ProducerError.resumeMismatch(runID: run.id, detail: detail) }
                    logger.notice("the ledger's unfinished run \(run.id) differs (\(detail)); starting a new run")
                    plan = nil
                } else {
                    plan = ResumePlan(runID: run.id, jobs: try ledger.jobs(runID: run.id), inputs: try ledger.inputs(runID: run.id))
                }
            }
        } else {
            guard configuration.resume != .required else { throw ProducerError.resumeWithoutLedger }
            ledger = nil
            plan = nil
        }
        self.inputs = inputs
        runID = plan?.runID ?? UUID().uuidString.lowercased()
        if let plan {
            nextSequence = plan.nextSequence
            try ledger?.setStatus(runID: runID, "running")
        } else {
            try ledger?.beginRun(id: runID, inputs: inputs, streamSettings: streamSettings)
        }
        summary = RunSummary(runID: runID)
        socket = try context.socket(.router)
        socket.routerMandatory = true
        // A worker restarted under the same name takes its name over at once.
        socket.routerHandover = true
        socket.heartbeatInterval = 1_000
        socket.heartbeatTimeout = 10_000
        socket.linger = 0
        security = try CurveServerGuard(socket: socket, security: configuration.curve, role: "producer", logger: logger)
        try socket.bind(configuration.endpoint)
        boundEndpoint = socket.lastEndpoint
        plannedBytes = InputReader.plannedBytes(paths: inputs)
        let resumePlan = plan
        cursor = InputCursor(paths: inputs, limits: configuration.limits) { index, path, firstItem in
            resumePlan?.skippableEnd(ofInput: index, path: path, firstItem: firstItem)
        }
        cursor?.onBoundary = { [weak self] boundary in
            guard let self else { return }
            self.ledger?.record(
                JobLedger.Input(index: boundary.index, path: boundary.path, firstItem: boundary.firstItem, endItem: boundary.endItem),
                runID: self.runID
            )
        }
        if !security.isEnabled { warnIfExposed(configuration.endpoint, logger: logger) }
    }

    /// Runs until every input is committed (or a stop was requested and in-flight jobs drained).
    /// `tick` is called every loop turn; returning a message aborts the run with that failure.
    public func run(tick: () -> String? = { nil }) -> RunSummary {
        if let plan {
            summary.itemsAlreadyCommitted = Int(plan.committedItemCount)
            for job in plan.committedJobs {
                summary.add(JobReport(
                    jobID: JobID(runID: runID, sequence: job.sequence), stored: job.stored, duplicates: job.duplicates,
                    quarantineReasons: job.quarantineReasons
                ))
            }
            for event in plan.openStartEvents { resendStartEvent(event) }
            for event in plan.openFinishEvents { ledger?.setState(.superseded, sequence: event.sequence, runID: runID) }
            logger.notice("resuming run \(runID) from the ledger \(configuration.ledgerPath ?? ""): \(plan.committedItemCount) item(s) already committed")
        } else {
            enqueueEvent(.started(inputs: inputs, host: configuration.host, startedAt: Date().timeIntervalSince1970))
        }
        var poller = ZMQPoller()
        let token = poller.register(socket, events: .readable)
        security.register(in: &poller)
        logger.info("producer \(runID) reading \(inputs.count) input(s), \(ResourceUsage.format(bytes: plannedBytes)), jobs on \(boundEndpoint)")

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
            writeStatus(force: false)
            do {
                try ledger?.commit()
            } catch {
                summary.failure = "job ledger: \(error)"
                break
            }
            reportProgress()
            if summary.failure != nil || isFinished { break }
            if let deadline = stopDeadline, clock.now > deadline {
                logger.warning("drain timeout: \(inFlight.count) job(s) not confirmed")
                break
            }
        }
        progress?.finish()
        summary.jobsLost = inFlight.values.filter { !$0.isFinal }.count
        summary.bytesRead = cursor?.bytesRead ?? summary.bytesRead
        summary.elapsed = clock.now
        summary.peakResidentBytes["producer"] = ResourceUsage.peakResidentBytes()
        writeStatus(force: true)
        do {
            try ledger?.setStatus(runID: runID, isFinished && !summary.interrupted && summary.failure == nil ? "finished" : "interrupted")
        } catch {
            logger.error("cannot record the run's end in the ledger: \(error)")
        }
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
            workers[identity] = WorkerState(name: name, credit: max(0, credit), lastSeen: now, joinedAt: now)
            helloRequested.removeValue(forKey: identity)
            logger.info("worker \(name) joined with credit \(credit) (\(workers.count) connected)")
        case .credit(let n):
            guard var worker = workers[identity] else { return askToIntroduce(identity, now: now) }
            worker.credit += max(0, n)
            worker.lastSeen = now
            workers[identity] = worker
        case .holding(let jobIDs):
            guard var worker = workers[identity] else { return askToIntroduce(identity, now: now) }
            worker.lastSeen = now
            let held = Set(jobIDs.lazy.filter { $0.runID == self.runID }.map(\.sequence))
            // Leased long enough ago to have arrived, yet not held: lost on the way (a connection
            // dropped under it). Its credit was never used, so it comes back too.
            let lost = worker.jobs.filter { sequence in
                !held.contains(sequence) && now - (inFlight[sequence]?.sentAt ?? now) > configuration.lostJobGrace
            }
            worker.jobs.subtract(lost)
            worker.credit += lost.count
            workers[identity] = worker
            requeue(lost, reason: "\(lost.count) job(s) leased to worker \(worker.name) never reached it", workerDied: false)
        case .extracted(let jobIDs):
            workers[identity]?.lastSeen = now
            for jobID in jobIDs where jobID.runID == runID {
                if inFlight[jobID.sequence]?.worker == identity { inFlight[jobID.sequence]?.isExtracted = true }
            }
        case .done(let reports):
            workers[identity]?.lastSeen = now
            for report in reports where report.jobID.runID == runID {
                confirm(report)
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

    /// Asks a worker the producer does not know (it knew a previous producer) to introduce itself,
    /// at most once per 3 s.
    private func askToIntroduce(_ identity: [UInt8], now: Double) {
        guard now - (helloRequested[identity] ?? -100) >= 3 else { return }
        helloRequested[identity] = now
        _ = try? socket.send([identity] + JobChannelMessage.helloRequest.frames(), dontWait: true)
    }

    /// Retires a job the collector committed.
    private func confirm(_ report: JobReport) {
        let sequence = report.jobID.sequence
        if let job = inFlight.removeValue(forKey: sequence) {
            unassigned.removeAll { $0 == sequence }
            if let holder = job.worker { workers[holder]?.jobs.remove(sequence) }
            markDone(report)
            if !job.isFinal { summary.add(report) }
        } else if let open = plan?.openJob(sequence: sequence), rebuilding[sequence] == nil {
            // A job of the previous producer, finished by a worker that outlived it: its items need no rebuild.
            plan?.markCommitted(open)
            markDone(report)
            summary.add(report)
        }
    }

    private func markDone(_ report: JobReport) {
        ledger?.markDone(
            sequence: report.jobID.sequence, stored: report.stored, duplicates: report.duplicates,
            quarantineReasons: report.quarantineReasons, runID: runID
        )
    }

    // MARK: Dispatching

    private func dispatch() {
        refill()
        while let (identity, sequence) = nextAssignment() {
            guard var job = inFlight[sequence] else { continue }
            do {
                // Write-ahead: a job is in the ledger before any worker can hold it.
                try ledger?.commit()
            } catch {
                unassigned.insert(sequence, at: 0)
                summary.failure = "job ledger: \(error)"
                return
            }
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
            job.isExtracted = false
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
        return nil
    }

    private static func mostCredit(_ candidates: [[UInt8]: WorkerState]) -> [UInt8]? {
        candidates.max { $0.value.credit < $1.value.credit }?.key
    }

    /// Reads new jobs from the inputs while there is room in flight and a worker could take one (or
    /// queues the final run event once they are all committed).
    private func refill() {
        guard !workers.isEmpty, summary.failure == nil else { return }
        while cursor != nil, inFlight.count < configuration.maxJobsInFlight, unassigned.count < workers.count * 2 + 1 {
            readJob()
        }
        if cursor == nil, finalJobSequence == nil, inFlight.isEmpty {
            let status = summary.interrupted ? "interrupted" : "finished"
            finalJobSequence = enqueueEvent(.finished(status: status, finishedAt: Date().timeIntervalSince1970))
        }
    }

    /// Reads items until one job is full (or a job of the resumed run is rebuilt, or the inputs end).
    /// Items already committed in the resumed run are skipped; items of its open jobs go back into
    /// those jobs, under their old sequence numbers.
    private func readJob() {
        guard let input = cursor else { return }
        var items: [JobItem] = []
        var firstItem: Int64 = 0
        var firstLocator: String?
        var bytes = 0
        while items.count < configuration.jobMaxItems, bytes < configuration.jobMaxBytes {
            guard let (ordinal, item) = input.next() else {
                summary.bytesRead = input.bytesRead
                cursor = nil
                flushIncompleteRebuilds()
                break
            }
            summary.itemsRead += 1
            if let plan {
                if plan.isCommitted(ordinal) { continue }
                if let open = plan.openJob(holding: ordinal) {
                    if rebuild(open, ordinal: ordinal, item: item) { break }
                    continue
                }
            }
            let jobItem = Self.jobItem(item)
            // The ledger records a job as a run of consecutive ordinals: an item after a gap starts a new job.
            if !items.isEmpty, ordinal != firstItem + Int64(items.count) {
                enqueueItems(items, firstItem: firstItem, firstLocator: firstLocator)
                items.removeAll()
                bytes = 0
            }
            if items.isEmpty {
                firstItem = ordinal
                firstLocator = Self.locator(of: jobItem).description
            }
            bytes += jobItem.byteCount
            items.append(jobItem)
        }
        guard !items.isEmpty else { return }
        enqueueItems(items, firstItem: firstItem, firstLocator: firstLocator)
    }

    /// Queues a new job of consecutive input items, recording it in the ledger.
    private func enqueueItems(_ items: [JobItem], firstItem: Int64, firstLocator: String?) {
        let record = JobLedger.Job(
            sequence: nextSequence, kind: .items, firstItem: firstItem, itemCount: items.count, firstLocator: firstLocator
        )
        enqueue(Job(id: JobID(runID: runID, sequence: nextSequence), items: items), record: record)
    }

    /// Adds an item to the open job of the resumed run that held it; returns true when the job is
    /// complete and was queued.
    private func rebuild(_ open: JobLedger.Job, ordinal: Int64, item: InputItem) -> Bool {
        var entry = rebuilding[open.sequence] ?? Rebuild(record: open)
        let jobItem = Self.jobItem(item)
        let locator = Self.locator(of: jobItem).description
        if entry.items.isEmpty, let expected = open.firstLocator, locator != expected || ordinal != open.firstItem {
            summary.failure = "the inputs changed since run \(runID) began: item \(ordinal) is \(locator), the ledger expected \(expected); start a new run"
            cursor = nil
            return true
        }
        entry.items.append(jobItem)
        guard entry.items.count == open.itemCount else {
            rebuilding[open.sequence] = entry
            return false
        }
        rebuilding.removeValue(forKey: open.sequence)
        queueRebuilt(entry)
        return true
    }

    /// Queues the open jobs of the resumed run whose items did not all come back (the input ended early).
    private func flushIncompleteRebuilds() {
        for entry in rebuilding.values.sorted(by: { $0.record.sequence < $1.record.sequence }) {
            logger.warning("job \(entry.record.sequence) of the resumed run got \(entry.items.count) of its \(entry.record.itemCount) item(s) back from the inputs")
            queueRebuilt(entry)
        }
        rebuilding.removeAll()
    }

    private func queueRebuilt(_ entry: Rebuild) {
        let record = entry.record
        var items = entry.items
        if let reason = record.poisonReason { items = items.map { Self.quarantining($0, reason: reason) } }
        let job = Job(id: JobID(runID: runID, sequence: record.sequence), items: items)
        inFlight[record.sequence] = InFlightJob(
            frames: JobChannelMessage.job(job).frames(), worker: nil, isFinal: false, record: record,
            isSuspect: record.crashes + record.timeouts > 0
        )
        unassigned.append(record.sequence)
    }

    private func resendStartEvent(_ record: JobLedger.Job) {
        let job = Job(
            id: JobID(runID: runID, sequence: record.sequence), items: [],
            runEvent: .started(inputs: inputs, host: configuration.host, startedAt: Date().timeIntervalSince1970)
        )
        inFlight[record.sequence] = InFlightJob(frames: JobChannelMessage.job(job).frames(), worker: nil, isFinal: false, record: record)
        unassigned.append(record.sequence)
    }

    @discardableResult
    private func enqueueEvent(_ event: RunEvent) -> UInt64 {
        let kind: JobLedger.JobKind
        if case .finished = event { kind = .finished } else { kind = .started }
        let job = Job(id: JobID(runID: runID, sequence: nextSequence), items: [], runEvent: event)
        return enqueue(job, record: JobLedger.Job(sequence: nextSequence, kind: kind), isFinal: kind == .finished)
    }

    /// Adds `job` (whose sequence must be `nextSequence`) to the jobs to send, and to the ledger.
    @discardableResult
    private func enqueue(_ job: Job, record: JobLedger.Job, isFinal: Bool = false, isSuspect: Bool = false) -> UInt64 {
        let sequence = nextSequence
        nextSequence += 1
        inFlight[sequence] = InFlightJob(frames: JobChannelMessage.job(job).frames(), worker: nil, isFinal: isFinal, record: record, isSuspect: isSuspect)
        ledger?.record(record, runID: runID)
        unassigned.append(sequence)
        return sequence
    }

    /// Sends the jobs of a worker that left to others. When the worker died with them, each job it
    /// had not reported extracted counts a failure; a job failing `maxJobFailures` times is poison
    /// (see `quarantinePoison`).
    private func requeue(_ sequences: Set<UInt64>, reason: String, workerDied: Bool) {
        guard !sequences.isEmpty else { return }
        logger.warning("\(reason): sending \(sequences.count) job(s) again")
        let now = clock.now
        for sequence in sequences.sorted() {
            guard var job = inFlight[sequence] else { continue }
            job.worker = nil
            let blamed = workerDied && !job.isExtracted
            job.isExtracted = false
            if blamed {
                if now - job.sentAt >= configuration.documentTimeLimit { job.record.timeouts += 1 } else { job.record.crashes += 1 }
                job.isSuspect = true
                ledger?.setFailures(sequence: sequence, crashes: job.record.crashes, timeouts: job.record.timeouts, runID: runID)
            }
            inFlight[sequence] = job
            summary.jobsRetried += 1
            if blamed, job.record.crashes + job.record.timeouts >= max(1, configuration.maxJobFailures), !job.isFinal {
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
        unassigned.removeAll { $0 == sequence }
        guard case .job(let job)? = try? JobChannelMessage(frames: poisoned.frames) else {
            logger.error("cannot decode poison job \(sequence); it is dropped")
            summary.jobsLost += 1
            return
        }
        ledger?.setState(.superseded, sequence: sequence, runID: runID)
        let record = poisoned.record
        if job.items.count > 1 {
            logger.warning("job \(sequence) lost with \(record.crashes + record.timeouts) dying worker(s): retrying its \(job.items.count) items one by one")
            for (offset, item) in job.items.enumerated() {
                let single = JobLedger.Job(
                    sequence: nextSequence, kind: .items, firstItem: record.firstItem + Int64(offset), itemCount: 1,
                    firstLocator: Self.locator(of: item).description
                )
                enqueue(Job(id: JobID(runID: runID, sequence: nextSequence), items: [item], runEvent: job.runEvent), record: single, isSuspect: true)
            }
            return
        }
        let what = record.timeouts > record.crashes
            ? "timed out \(record.timeouts + record.crashes) times (limit \(Int(configuration.documentTimeLimit)) s per document)"
            : "worker died \(record.crashes + record.timeouts) times while extracting it"
        for item in job.items {
            if case .document(let document) = item { logger.error("quarantining \(document.locator.description): \(what)") }
        }
        let replacement = JobLedger.Job(
            sequence: nextSequence, kind: record.kind, firstItem: record.firstItem, itemCount: record.itemCount,
            poisonReason: "poison: \(what)", firstLocator: record.firstLocator
        )
        let items = job.items.map { Self.quarantining($0, reason: "poison: \(what)") }
        enqueue(Job(id: JobID(runID: runID, sequence: nextSequence), items: items, runEvent: job.runEvent), record: replacement)
    }

    /// `item` as a quarantined item with `reason` (a document is replaced; a quarantined item stays).
    private static func quarantining(_ item: JobItem, reason: String) -> JobItem {
        guard case .document(let document) = item else { return item }
        return .quarantined(QuarantinedItem(
            locator: document.locator, reason: reason, size: Int64(document.bytes.count),
            sha256: ArticleIdentity.sha256Hex(document.bytes)
        ))
    }

    /// An input item as it travels in a job.
    private static func jobItem(_ item: InputItem) -> JobItem {
        switch item {
        case .document(let document): .document(document)
        case .quarantined(let bad): .quarantined(bad)
        }
    }

    private static func locator(of item: JobItem) -> SourceLocator {
        switch item {
        case .document(let document): document.locator
        case .quarantined(let bad): bad.locator
        }
    }

    private func expireSilentWorkers() {
        let now = clock.now
        for (identity, worker) in workers where now - worker.lastSeen > configuration.workerSilenceTimeout {
            workers.removeValue(forKey: identity)
            requeue(worker.jobs, reason: "worker \(worker.name) silent for \(Int(now - worker.lastSeen)) s", workerDied: true)
        }
        if workers.isEmpty, !inFlight.isEmpty || cursor != nil, now - lastWaitingLog > 10 {
            lastWaitingLog = now
            logger.notice("waiting for workers on \(boundEndpoint)")
        }
    }

    private func checkStopRequest() {
        guard StopSignal.isRequested, stopDeadline == nil else { return }
        logger.notice("stop requested: no new input; waiting up to \(Int(configuration.drainTimeout)) s for \(inFlight.count) job(s) in flight")
        if cursor != nil {
            summary.bytesRead = cursor?.bytesRead ?? 0
            summary.interrupted = true
            cursor = nil
            rebuilding.removeAll()
        }
        stopDeadline = clock.now + configuration.drainTimeout
    }

    private var isFinished: Bool {
        guard let finalJobSequence else { return false }
        return inFlight[finalJobSequence] == nil
    }

    /// The producer's state for `newsmill status`, written to the ledger about once a second.
    private func writeStatus(force: Bool) {
        guard let ledger, force || clock.now - lastStatus >= configuration.statusInterval else { return }
        lastStatus = clock.now
        let now = clock.now
        let status = ProducerStatus(
            runID: runID, pid: Int(getpid()), host: configuration.host, endpoint: boundEndpoint,
            state: isFinished ? "finished" : stopDeadline != nil ? "draining" : "running",
            resumed: plan != nil, itemsRead: summary.itemsRead, itemsAlreadyCommitted: summary.itemsAlreadyCommitted,
            bytesRead: cursor?.bytesRead ?? summary.bytesRead, plannedBytes: plannedBytes,
            jobsInFlight: inFlight.count, jobsLeased: inFlight.values.filter { $0.worker != nil }.count,
            jobsWaiting: unassigned.count, jobsDone: summary.jobsDone, jobsRetried: summary.jobsRetried,
            suspectJobs: inFlight.values.filter(\.isSuspect).count, poisonQuarantined: summary.quarantineByCategory["poison"]?.count ?? 0,
            articlesStored: summary.articlesStored, duplicates: summary.duplicatesSkipped, quarantined: summary.quarantined,
            workers: workers.values.sorted { $0.name < $1.name }.map {
                ProducerStatus.WorkerEntry(name: $0.name, jobs: $0.jobs.count, credit: $0.credit,
                                           secondsSinceHeard: now - $0.lastSeen, connectedSeconds: now - $0.joinedAt)
            },
            elapsed: now
        )
        ledger.recordStatus(status.json(), runID: runID)
    }

    private func reportProgress() {
        guard let progress else { return }
        progress.update(ProgressSnapshot(
            items: summary.itemsRead, bytesRead: cursor?.bytesRead ?? summary.bytesRead, plannedBytes: plannedBytes,
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
