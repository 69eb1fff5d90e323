import NewsmillProtocol

/// What a run did, printed at its end and used for its exit status.
public struct RunSummary: Sendable {
    /// The run's id (a UUID string).
    public var runID: String
    /// Input items read (documents plus items found bad while reading).
    public var itemsRead = 0
    /// Items committed before this producer resumed the run from its ledger (skipped, not read again).
    public var itemsAlreadyCommitted = 0
    /// Bytes read from disk.
    public var bytesRead: Int64 = 0
    /// Jobs committed.
    public var jobsDone = 0
    /// Jobs sent again after a worker left or went silent.
    public var jobsRetried = 0
    /// Jobs never confirmed as committed (non-zero only when a run was interrupted or broke).
    public var jobsLost = 0
    /// Articles newly stored.
    public var articlesStored = 0
    /// Articles already in the database.
    public var duplicatesSkipped = 0
    /// Quarantined item count by reason category, with one example reason each.
    public var quarantineByCategory: [String: (count: Int, example: String)] = [:]
    /// Seconds from start to end.
    public var elapsed: Double = 0
    /// True when the run was stopped before reading all its inputs.
    public var interrupted = false
    /// Peak resident memory by role (`producer`, `collector`, `worker-1`, ...), in bytes.
    public var peakResidentBytes: [String: Int64] = [:]
    /// A fatal problem that ended the run, if any.
    public var failure: String?

    /// Creates an empty summary for a run.
    public init(runID: String) { self.runID = runID }

    /// Total items quarantined.
    public var quarantined: Int { quarantineByCategory.values.reduce(0) { $0 + $1.count } }

    /// Adds one job's report.
    public mutating func add(_ report: JobReport) {
        jobsDone += 1
        articlesStored += report.stored
        duplicatesSkipped += report.duplicates
        for reason in report.quarantineReasons {
            let category = reason.firstIndex(of: ":").map { String(reason[..<$0]) } ?? reason
            let entry = quarantineByCategory[category] ?? (0, reason)
            quarantineByCategory[category] = (entry.count + 1, entry.example)
        }
    }

    /// The process exit status: 0 when everything was stored (or already there), 3 when the run
    /// completed but some inputs were quarantined, 1 when anything was lost, interrupted or failed.
    public var exitStatus: Int32 {
        if failure != nil || interrupted || jobsLost > 0 { return 1 }
        return quarantined > 0 ? 3 : 0
    }

    /// The summary as a JSON-compatible dictionary (for `--summary-json` and benchmarks).
    public func jsonObject() -> [String: Any] {
        var quarantine: [String: Int] = [:]
        for (category, entry) in quarantineByCategory { quarantine[category] = entry.count }
        var object: [String: Any] = [
            "run_id": runID, "items_read": itemsRead, "items_already_committed": itemsAlreadyCommitted, "bytes_read": bytesRead, "jobs_done": jobsDone,
            "jobs_retried": jobsRetried, "jobs_lost": jobsLost, "articles_stored": articlesStored,
            "duplicates_skipped": duplicatesSkipped, "quarantined": quarantined, "quarantine_by_category": quarantine,
            "elapsed_seconds": elapsed, "interrupted": interrupted, "peak_resident_bytes": peakResidentBytes,
            "exit_status": Int(exitStatus),
        ]
        if let failure { object["failure"] = failure }
        return object
    }

    /// The human-readable summary.
    public func render() -> String {
        var lines: [String] = []
        let rate = elapsed > 0 ? Double(articlesStored + duplicatesSkipped) / elapsed : 0
        let status = failure != nil ? "FAILED" : interrupted ? "INTERRUPTED" : "done"
        lines.append("Run \(runID) \(status) in \(ProgressReporter.formatDuration(elapsed)) (\(String(format1: elapsed)) s)")
        lines.append("  items read:          \(itemsRead) (\(ResourceUsage.format(bytes: bytesRead)))")
        if itemsAlreadyCommitted > 0 {
            lines.append("  resumed:             \(itemsAlreadyCommitted) item(s) committed before the restart were skipped (their articles are counted below)")
        }
        lines.append("  articles stored:     \(articlesStored)")
        lines.append("  duplicates skipped:  \(duplicatesSkipped)" + (articlesStored == 0 && duplicatesSkipped > 0 ? " (everything was already in the database)" : ""))
        lines.append("  quarantined:         \(quarantined)")
        for (category, entry) in quarantineByCategory.sorted(by: { $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key) }) {
            lines.append("    \(entry.count) × \(category)  (e.g. \(entry.example))")
        }
        lines.append("  jobs:                \(jobsDone) committed, \(jobsRetried) retried, \(jobsLost) lost")
        lines.append("  throughput:          \(String(format1: rate)) articles/s, \(ResourceUsage.format(bytes: Int64(elapsed > 0 ? Double(bytesRead) / elapsed : 0)))/s")
        if !peakResidentBytes.isEmpty {
            let roles = peakResidentBytes.sorted { $0.key < $1.key }.map { "\($0.key) \(ResourceUsage.format(bytes: $0.value))" }
            lines.append("  peak memory:         " + roles.joined(separator: ", "))
        }
        if let failure { lines.append("  failure:             \(failure)") }
        return lines.joined(separator: "\n")
    }
}
