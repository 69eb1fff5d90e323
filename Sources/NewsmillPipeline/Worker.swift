#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import Logging
import NewsmillCore
import NewsmillProtocol
import Synchronization
import ZeroMQ

/// Settings of the worker role.
public struct WorkerConfiguration: Sendable {
    /// The producer's jobs endpoint to connect to.
    public var jobsEndpoint: String
    /// The collector's results endpoint to connect to.
    public var resultsEndpoint: String
    /// Jobs extracted at once (Dispatch threads); default: the number of cores.
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// Jobs requested per thread ahead of need, so a thread never waits for the network.
    public var prefetch = 2
    /// A name for logs and the producer's bookkeeping; unique per process.
    public var name = "\(ProcessInfo.processInfo.hostName)-\(getpid())"
    /// When set, the worker exits as soon as this process is no longer its parent (used by `run`).
    public var parentPID: Int32?
    /// Bounds on the work done per document.
    public var extraction = ExtractionOptions()
    /// Seconds before a result the collector has not acknowledged is sent again (results are also sent
    /// again at once whenever the link to the collector is re-established).
    public var resendAfter = 10.0
    /// Seconds to wait for acknowledgements after a stop request.
    public var drainTimeout = 30.0
    /// Seconds between heartbeats to the producer.
    public var heartbeatInterval = 1.0
    /// Seconds between reports of the jobs held (`holding`), from which the producer learns of a job
    /// lost on the way.
    public var holdingInterval = 5.0
    /// Seconds one document may take; past it the worker logs the document and exits (a thread stuck
    /// in extraction cannot be stopped otherwise), and the producer retries or quarantines the job.
    public var documentTimeLimit = 120.0
    /// CURVE keys (this worker's secret key, the producer's and the collector's public keys); `nil`
    /// for plain connections.
    public var curve: WorkerCurveSecurity?

    /// Creates a configuration.
    public init(jobsEndpoint: String, resultsEndpoint: String) {
        self.jobsEndpoint = jobsEndpoint
        self.resultsEndpoint = resultsEndpoint
    }

    /// Jobs this worker holds at most.
    public var capacity: Int { max(1, threads) * max(1, prefetch) }
}

/// What a worker did, for its exit log.
public struct WorkerStats: Sendable {
    /// Jobs extracted.
    public var jobs = 0
    /// Articles extracted.
    public var articles = 0
    /// Items quarantined.
    public var quarantined = 0
    /// Jobs acknowledged by the collector.
    public var acknowledged = 0
}

/// Hands finished jobs from Dispatch threads back to the worker's event loop through an inproc
/// PUSH socket. A ZeroMQ socket may move between threads given a full memory barrier; the mutex
/// provides it and serialises the sends.
private final class CompletionSink: Sendable {
    private let socket: Mutex<ZMQSocket>

    init(socket: sending ZMQSocket) { self.socket = Mutex(socket) }

    func deliver(_ frames: [[UInt8]]) {
        socket.withLock { socket in
            _ = try? socket.send(frames)
        }
    }

    func close() { socket.withLock { $0.close() } }
}

/// What each extraction thread is working on, for the worker's time-limit watchdog.
final class ExtractionWatch: Sendable {
    private let running = Mutex<[UInt64: (document: String, startedAt: UInt64)]>([:])
    private let nextSlot = Atomic<UInt64>(0)

    /// A new slot for one job's thread.
    func makeSlot() -> UInt64 { nextSlot.wrappingAdd(1, ordering: .relaxed).newValue }

    func begin(_ slot: UInt64, document: String) {
        running.withLock { $0[slot] = (document, DispatchTime.now().uptimeNanoseconds) }
    }

    func end(_ slot: UInt64) {
        _ = running.withLock { $0.removeValue(forKey: slot) }
    }

    /// The document running longest and for how many seconds, if any.
    /// The clock is read under the lock: read before it, a thread's `begin` could record a later
    /// start, and the difference would underflow.
    func longest() -> (document: String, seconds: Double)? {
        running.withLock { entries in
            let now = DispatchTime.now().uptimeNanoseconds
            return entries.values.min { $0.startedAt < $1.startedAt }.map {
                ($0.document, Double(now &- min(now, $0.startedAt)) / 1e9)
            }
        }
    }
}

/// The worker role: asks the producer for as many jobs as it has capacity, runs the extraction core
/// on them in parallel with Dispatch, sends results to the collector, and reports each job done to
/// the producer only once the collector has acknowledged committing it.
public final class Worker {
    private let configuration: WorkerConfiguration
    private let logger: Logger
    private let jobs: ZMQSocket
    private let results: ZMQSocket
    private let completions: ZMQSocket
    private let securityWatches: [ClientHandshakeWatch]
    private let sink: CompletionSink
    private let watch = ExtractionWatch()
    private let extractor: Extractor
    private let queue: DispatchQueue
    private let clock = MonotonicClock()

    private var pending: [[UInt8]] = []
    private var active = 0
    private var unacknowledged: [JobID: (frames: [[UInt8]], sentAt: Double)] = [:]
    private var stats = WorkerStats()
    private var lastHeartbeat = -100.0
    private var lastHello = -100.0
    private var lastHolding = 0.0
    /// Jobs received and not yet reported done (waiting, extracting, or awaiting acknowledgement).
    private var held: Set<JobID> = []

    /// Connects to the producer and the collector.
    public init(configuration: WorkerConfiguration, context: ZMQContext, logger: Logger, extractor: Extractor? = nil) throws {
        self.configuration = configuration
        self.logger = logger
        self.extractor = extractor ?? Extractor(options: configuration.extraction)
        queue = DispatchQueue(label: "newsmill.worker.extract", attributes: .concurrent)

        jobs = try context.socket(.dealer)
        jobs.linger = 0
        jobs.routingID = Array(configuration.name.utf8)
        results = try context.socket(.dealer)
        results.linger = 2_000
        for socket in [jobs, results] {
            // ZMTP heartbeats find a dead link (a cut cable sends no FIN) and make libzmq reconnect.
            socket.heartbeatInterval = 1_000
            socket.heartbeatTimeout = 10_000
            socket.reconnectIntervalMax = 2_000
        }
        let curve = configuration.curve
        securityWatches = [
            try ClientHandshakeWatch(socket: jobs, keys: curve.map { ($0.secretKey, $0.producerKey) }, peer: "producer", logger: logger),
            try ClientHandshakeWatch(socket: results, keys: curve.map { ($0.secretKey, $0.collectorKey) }, peer: "collector", logger: logger),
        ]
        if curve != nil { logger.info("worker \(configuration.name): CURVE on, public key \(jobs.curvePublicKey)") }
        try jobs.connect(configuration.jobsEndpoint)
        try results.connect(configuration.resultsEndpoint)

        let address = "inproc://newsmill-worker-\(UUID().uuidString)"
        completions = try context.socket(.pull)
        completions.linger = 0
        try completions.bind(address)
        let push = try context.socket(.push)
        push.linger = 0
        try push.connect(address)
        sink = CompletionSink(socket: push)
    }

    /// Runs until a stop is requested (then drains) or the parent process is gone.
    public func run() -> WorkerStats {
        logger.info("worker \(configuration.name): \(configuration.threads) thread(s), jobs from \(configuration.jobsEndpoint), results to \(configuration.resultsEndpoint)")
        send(toProducer: .hello(workerName: configuration.name, credit: configuration.capacity))
        lastHello = clock.now
        var poller = ZMQPoller()
        let jobsToken = poller.register(jobs, events: .readable)
        let resultsToken = poller.register(results, events: .readable)
        let completionsToken = poller.register(completions, events: .readable)
        for watch in securityWatches { watch.register(in: &poller) }
        var drainDeadline: Double?

        while true {
            if let parent = configuration.parentPID, getppid() != parent {
                logger.warning("parent process \(parent) is gone; exiting")
                break
            }
            if StopSignal.isRequested, drainDeadline == nil {
                drainDeadline = clock.now + configuration.drainTimeout
                logger.info("stop requested: finishing \(active + pending.count) job(s), \(unacknowledged.count) awaiting acknowledgement")
            }
            if let deadline = drainDeadline {
                if active == 0, pending.isEmpty, unacknowledged.isEmpty { break }
                if clock.now > deadline {
                    logger.warning("drain timeout: \(unacknowledged.count + active + pending.count) job(s) handed back to the producer")
                    break
                }
            }
            do {
                let ready = try poller.poll(timeoutMilliseconds: 100)
                for watch in securityWatches { watch.service(ready) }
                if securityWatches[1].takeReconnection() { resendUnacknowledged(reason: "the collector link was re-established") }
                if ready.contains(completionsToken) { try drainCompletions(sendCredit: drainDeadline == nil) }
                if ready.contains(jobsToken) { try receiveJobs() }
                if ready.contains(resultsToken) { try receiveAcks() }
            } catch {
                logger.error("worker socket error: \(error)")
                break
            }
            startPendingJobs()
            heartbeatAndResend()
            enforceTimeLimit()
        }
        send(toProducer: .goodbye)
        for watch in securityWatches { watch.close() }
        sink.close()
        completions.close()
        results.close()
        jobs.close()
        logger.info("worker \(configuration.name) done: \(stats.jobs) jobs, \(stats.articles) articles, \(stats.quarantined) quarantined, peak memory \(ResourceUsage.format(bytes: ResourceUsage.peakResidentBytes()))")
        return stats
    }

    // MARK: Messages

    private func receiveJobs() throws {
        while let frames = try jobs.receiveMultipart(dontWait: true) {
            let message: JobChannelMessage
            do {
                message = try JobChannelMessage(frames: frames)
            } catch {
                logger.warning("ignoring a bad message from the producer: \(error)")
                continue
            }
            switch message {
            case .job:
                // Decoding happens on the extraction thread; keep the raw frames until then. The id
                // leads the body, so reading it here is cheap.
                var idReader = WireReader(frames[1])
                if let jobID = try? idReader.read(JobID.self) { held.insert(jobID) }
                pending.append(frames[1])
            case .helloRequest:
                // Answer once per few seconds: a second `hello` would look like a restart to the producer.
                guard clock.now - lastHello >= 2 else { continue }
                lastHello = clock.now
                let free = configuration.capacity - active - pending.count
                send(toProducer: .hello(workerName: configuration.name, credit: max(0, free)))
            case .hello, .credit, .done, .goodbye, .holding, .extracted:
                logger.warning("the producer sent a worker's message; ignored")
            }
        }
    }

    private func receiveAcks() throws {
        while let frames = try results.receiveMultipart(dontWait: true) {
            guard case .ack(let reports) = try? ResultChannelMessage(frames: frames) else {
                logger.warning("ignoring a bad message from the collector")
                continue
            }
            let confirmed = reports.filter { unacknowledged.removeValue(forKey: $0.jobID) != nil }
            for report in confirmed { held.remove(report.jobID) }
            stats.acknowledged += confirmed.count
            if !confirmed.isEmpty { send(toProducer: .done(confirmed)) }
        }
    }

    private func drainCompletions(sendCredit: Bool) throws {
        var finished = 0
        var extracted: [JobID] = []
        while let frames = try completions.receiveMultipart(dontWait: true) {
            guard frames.count == 3 else { continue }
            active -= 1
            finished += 1
            var idReader = WireReader(frames[0])
            guard let jobID = try? idReader.read(JobID.self) else { continue }
            extracted.append(jobID)
            stats.jobs += 1
            stats.articles += (try? idReader.readInt()) ?? 0
            stats.quarantined += (try? idReader.readInt()) ?? 0
            let resultFrames = Array(frames[1...])
            // Never block here: a blocked loop sends no heartbeat. A result that cannot leave now stays
            // unacknowledged and goes out with the next resend.
            let sent = (try? results.send(resultFrames, dontWait: true)) ?? false
            unacknowledged[jobID] = (resultFrames, sent ? clock.now : -.infinity)
        }
        if !extracted.isEmpty { send(toProducer: .extracted(extracted)) }
        if finished > 0, sendCredit { send(toProducer: .credit(finished)) }
    }

    private func send(toProducer message: JobChannelMessage) {
        do {
            _ = try jobs.send(message.frames(), dontWait: true)
        } catch {
            logger.debug("cannot reach the producer: \(error)")
        }
    }

    // MARK: Extraction

    private func startPendingJobs() {
        while active < max(1, configuration.threads), !pending.isEmpty {
            let body = pending.removeFirst()
            active += 1
            let extractor = extractor
            let sink = sink
            let watch = watch
            queue.async {
                sink.deliver(Self.process(jobBody: body, extractor: extractor, watch: watch))
            }
        }
    }

    /// Decodes a job, extracts every document and encodes the result:
    /// `[job id + article count + quarantine count, header, body]`.
    private static func process(jobBody: [UInt8], extractor: Extractor, watch: ExtractionWatch) -> [[UInt8]] {
        let job: Job
        do {
            var reader = WireReader(jobBody)
            job = try reader.read(Job.self)
        } catch {
            let unknown = JobID(runID: "", sequence: 0)
            var idWriter = WireWriter()
            idWriter.write(unknown)
            idWriter.write(0)
            idWriter.write(0)
            return [idWriter.bytes] + ResultChannelMessage.result(JobResult(jobID: unknown, articles: [], quarantined: [])).frames()
        }
        var articles: [Article] = []
        var quarantined: [QuarantinedItem] = []
        let slot = watch.makeSlot()
        defer { watch.end(slot) }
        for item in job.items {
            switch item {
            case .document(let document):
                watch.begin(slot, document: document.locator.description)
                #if DEBUG
                triggerTestFault(document)
                #endif
                let outcome = extractor.extract(document)
                articles.append(contentsOf: outcome.articles)
                quarantined.append(contentsOf: outcome.quarantined)
            case .quarantined(let bad):
                quarantined.append(bad)
            }
        }
        let result = JobResult(jobID: job.id, articles: articles, quarantined: quarantined, runEvent: job.runEvent)
        var idWriter = WireWriter()
        idWriter.write(job.id)
        idWriter.write(articles.count)
        idWriter.write(quarantined.count)
        return [idWriter.bytes] + ResultChannelMessage.result(result).frames()
    }

    /// Exits the process when a document has run past `documentTimeLimit`: a thread cannot be
    /// cancelled, and a stuck one would hold its job for ever. The producer sees the worker die
    /// with the job and retries it, then quarantines it (`ProducerConfiguration.maxJobFailures`).
    private func enforceTimeLimit() {
        guard let (document, seconds) = watch.longest(), seconds > configuration.documentTimeLimit else { return }
        logger.critical("\(document) has been extracting for \(Int(seconds)) s (limit \(Int(configuration.documentTimeLimit)) s); exiting so the job goes back to the producer")
        _exit(70)
    }

    #if DEBUG
    /// Test-only faults, compiled out of release builds: a document containing
    /// `NEWSMILL-TEST-CRASH` aborts the worker, one containing `NEWSMILL-TEST-HANG` never finishes.
    private static func triggerTestFault(_ document: Document) {
        if document.bytes.firstRange(of: Array("NEWSMILL-TEST-CRASH".utf8)) != nil { abort() }
        if document.bytes.firstRange(of: Array("NEWSMILL-TEST-HANG".utf8)) != nil {
            while true { sleep(3_600) }
        }
    }
    #endif

    private func heartbeatAndResend() {
        let now = clock.now
        if now - lastHeartbeat >= configuration.heartbeatInterval {
            lastHeartbeat = now
            send(toProducer: .credit(0))
        }
        if now - lastHolding >= configuration.holdingInterval {
            lastHolding = now
            send(toProducer: .holding(Array(held)))
        }
        for (jobID, entry) in unacknowledged where now - entry.sentAt > configuration.resendAfter {
            if entry.sentAt.isFinite {
                logger.warning("no acknowledgement for job \(jobID) after \(Int(configuration.resendAfter)) s; sending it again")
            }
            if (try? results.send(entry.frames, dontWait: true)) == true { unacknowledged[jobID] = (entry.frames, now) }
        }
    }

    /// Sends every result not yet acknowledged again, e.g. after the collector restarted (it may have
    /// died before committing them; the store ignores the ones it already has).
    private func resendUnacknowledged(reason: String) {
        guard !unacknowledged.isEmpty else { return }
        logger.notice("\(reason): sending \(unacknowledged.count) unacknowledged result(s) again")
        let now = clock.now
        for (jobID, entry) in unacknowledged {
            let sent = (try? results.send(entry.frames, dontWait: true)) ?? false
            unacknowledged[jobID] = (entry.frames, sent ? now : -.infinity)
        }
    }
}
