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
    }

    private let configuration: ProducerConfiguration
    private let socket: ZMQSocket
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
        try socket.bind(configuration.endpoint)
        boundEndpoint = socket.lastEndpoint
        plannedBytes = InputReader.plannedBytes(paths: configuration.inputs)
        reader = InputReader(paths: configuration.inputs, limits: configuration.limits)
        warnIfExposed(configuration.endpoint, logger: logger)
    }

    /// Runs until every input is committed (or a stop was requested and in-flight jobs drained).
    /// `tick` is called every loop turn; returning a message aborts the run with that failure.
    public func run(tick: () -> String? = { nil }) -> RunSummary {
        enqueueEvent(.started(inputs: configuration.inputs, host: configuration.host, startedAt: Date().timeIntervalSince1970))
        var poller = ZMQPoller()
        let token = poller.register(socket, events: .readable)
        logger.info("producer \(runID) reading \(configuration.inputs.count) input(s), \(ResourceUsage.format(bytes: plannedBytes)), jobs on \(boundEndpoint)")

        while true {
            if let failure = tick() {
                summary.failure = failure
                break
            }
            checkStopRequest()
            do {
                let ready = try poller.poll(timeoutMilliseconds: 50)
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
            if let previous = workers[identity] { requeue(previous.jobs, reason: "worker \(previous.name) restarted") }
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
                requeue(worker.jobs, reason: "worker \(worker.name) left")
                logger.info("worker \(worker.name) left (\(workers.count) connected)")
            }
        case .job, .helloRequest:
            logger.warning("a peer sent a producer's message to the producer; ignored")
        }
    }

    // MARK: Dispatching

    private func dispatch() {
        while let identity = workerWithCredit() {
            guard let sequence = nextSequenceToSend() else { return }
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
                    requeue(worker.jobs, reason: "worker \(worker.name) unreachable")
                }
                continue
            }
            job.worker = identity
            inFlight[sequence] = job
            workers[identity]?.credit -= 1
            workers[identity]?.jobs.insert(sequence)
        }
    }

    private func workerWithCredit() -> [UInt8]? {
        var best: (identity: [UInt8], credit: Int)?
        for (identity, worker) in workers where worker.credit > 0 {
            if best == nil || worker.credit > best!.credit { best = (identity, worker.credit) }
        }
        return best?.identity
    }

    /// The next job to send: one waiting to be (re)sent, else a new one read from the inputs.
    private func nextSequenceToSend() -> UInt64? {
        if !unassigned.isEmpty { return unassigned.removeFirst() }
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

    private func requeue(_ sequences: Set<UInt64>, reason: String) {
        guard !sequences.isEmpty else { return }
        logger.warning("\(reason): sending its \(sequences.count) job(s) to other workers")
        for sequence in sequences.sorted() where inFlight[sequence] != nil {
            inFlight[sequence]?.worker = nil
            unassigned.append(sequence)
            summary.jobsRetried += 1
        }
    }

    private func expireSilentWorkers() {
        let now = clock.now
        for (identity, worker) in workers where now - worker.lastSeen > configuration.workerSilenceTimeout {
            workers.removeValue(forKey: identity)
            requeue(worker.jobs, reason: "worker \(worker.name) silent for \(Int(now - worker.lastSeen)) s")
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

/// Logs a warning when an endpoint listens beyond loopback without CURVE keys.
func warnIfExposed(_ endpoint: String, logger: Logger) {
    guard endpoint.hasPrefix("tcp://") else { return }
    let host = endpoint.dropFirst("tcp://".count).split(separator: ":").dropLast().joined(separator: ":")
    let loopback = ["127.0.0.1", "localhost", "[::1]", "::1"]
    if !loopback.contains(host) && !host.hasPrefix("127.") {
        logger.warning("\(endpoint) accepts plain-text connections from the network; use it only on a trusted network (CURVE keys arrive in a later release)")
    }
}
