import Foundation

/// What a producer is doing, written to its job ledger about once a second and shown by
/// `newsmill status`: workers connected, jobs leased, waiting, retried and quarantined as poison.
public struct ProducerStatus: Codable, Sendable, Equatable {
    /// One connected worker.
    public struct WorkerEntry: Codable, Sendable, Equatable {
        /// The worker's name (`--name`, default host-pid).
        public var name: String
        /// Jobs it holds.
        public var jobs: Int
        /// Jobs it can still take.
        public var credit: Int
        /// Seconds since its last message (heartbeats come every second).
        public var secondsSinceHeard: Double
        /// Seconds since it joined.
        public var connectedSeconds: Double

        private enum CodingKeys: String, CodingKey {
            case name, jobs, credit
            case secondsSinceHeard = "seconds_since_heard"
            case connectedSeconds = "connected_seconds"
        }
    }

    private enum CodingKeys: String, CodingKey {
        case runID = "run_id", pid, host, endpoint, state, resumed
        case itemsRead = "items_read", itemsAlreadyCommitted = "items_already_committed"
        case bytesRead = "bytes_read", plannedBytes = "planned_bytes"
        case jobsInFlight = "jobs_in_flight", jobsLeased = "jobs_leased", jobsWaiting = "jobs_waiting"
        case jobsDone = "jobs_done", jobsRetried = "jobs_retried", suspectJobs = "suspect_jobs"
        case poisonQuarantined = "poison_quarantined", articlesStored = "articles_stored", duplicates, quarantined
        case workers, elapsed
    }

    /// The run's id.
    public var runID: String
    /// The producer's process id.
    public var pid: Int
    /// The producer's host.
    public var host: String
    /// The jobs endpoint.
    public var endpoint: String
    /// `running`, `draining` or `finished`.
    public var state: String
    /// Whether this producer resumed the run from the ledger.
    public var resumed: Bool
    /// Items read by this producer process.
    public var itemsRead: Int
    /// Items committed before this producer resumed the run.
    public var itemsAlreadyCommitted: Int
    /// Bytes read so far.
    public var bytesRead: Int64
    /// Bytes to read in all.
    public var plannedBytes: Int64
    /// Jobs not yet committed.
    public var jobsInFlight: Int
    /// Jobs held by a worker.
    public var jobsLeased: Int
    /// Jobs waiting for a worker.
    public var jobsWaiting: Int
    /// Jobs committed.
    public var jobsDone: Int
    /// Jobs sent again after their worker left or died.
    public var jobsRetried: Int
    /// Jobs lost with a dying worker and now sent alone.
    public var suspectJobs: Int
    /// Documents quarantined as poison.
    public var poisonQuarantined: Int
    /// Articles newly stored.
    public var articlesStored: Int
    /// Articles already in the database.
    public var duplicates: Int
    /// Items quarantined.
    public var quarantined: Int
    /// Connected workers.
    public var workers: [WorkerEntry]
    /// Seconds since the producer started.
    public var elapsed: Double

    /// The snapshot as one line of JSON.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Reads a snapshot written by `json()`.
    public init(json: String) throws {
        let decoder = JSONDecoder()
        self = try decoder.decode(ProducerStatus.self, from: Data(json.utf8))
    }

    /// Creates a snapshot.
    public init(
        runID: String, pid: Int, host: String, endpoint: String, state: String, resumed: Bool, itemsRead: Int,
        itemsAlreadyCommitted: Int, bytesRead: Int64, plannedBytes: Int64, jobsInFlight: Int, jobsLeased: Int,
        jobsWaiting: Int, jobsDone: Int, jobsRetried: Int, suspectJobs: Int, poisonQuarantined: Int,
        articlesStored: Int, duplicates: Int, quarantined: Int, workers: [WorkerEntry], elapsed: Double
    ) {
        self.runID = runID
        self.pid = pid
        self.host = host
        self.endpoint = endpoint
        self.state = state
        self.resumed = resumed
        self.itemsRead = itemsRead
        self.itemsAlreadyCommitted = itemsAlreadyCommitted
        self.bytesRead = bytesRead
        self.plannedBytes = plannedBytes
        self.jobsInFlight = jobsInFlight
        self.jobsLeased = jobsLeased
        self.jobsWaiting = jobsWaiting
        self.jobsDone = jobsDone
        self.jobsRetried = jobsRetried
        self.suspectJobs = suspectJobs
        self.poisonQuarantined = poisonQuarantined
        self.articlesStored = articlesStored
        self.duplicates = duplicates
        self.quarantined = quarantined
        self.workers = workers
        self.elapsed = elapsed
    }
}
