import ArgumentParser
import Foundation
import NewsmillLedger
import NewsmillPipeline

/// `newsmill status`: what a producer is doing, read from its job ledger.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a producer's run: workers connected, jobs leased, waiting, retried, quarantined as poison.",
        discussion: """
        Reads the job ledger a producer writes (about once a second) and never disturbs the run; works \
        while the producer runs, after it stopped, and after it was killed (then it says how long ago it \
        was last heard from, and what a resume would pick up).

        Examples:
          newsmill status --ledger newsmill-ledger.db
          newsmill status --ledger news.db.ledger --json
        """
    )

    @Option(help: "The producer's job ledger (`produce` writes newsmill-ledger.db, `run` writes news.db.ledger).")
    var ledger: String = "newsmill-ledger.db"

    @Option(name: .customLong("run"), help: "The run to show (default: the latest).")
    var runID: String?

    @Flag(help: "Print the status as one JSON object.")
    var json = false

    func run() throws {
        let ledger = try JobLedger.openReadOnly(path: self.ledger)
        guard let record = try runID.map({ try ledger.run(id: $0) }) ?? ledger.latestRun() else {
            throw ValidationError(runID.map { "the ledger has no run \($0)" } ?? "the ledger holds no run yet")
        }
        let counts = try ledger.jobCounts(runID: record.id)
        let snapshot = try ledger.status(runID: record.id)
        let status = try snapshot.map { try ProducerStatus(json: $0.snapshot) }
        let age = snapshot.map { Date().timeIntervalSince1970 - $0.updatedAt }

        if json {
            var object: [String: Any] = [
                "run_id": record.id, "inputs": record.inputs, "run_status": record.status,
                "ledger_jobs": ["open": counts[.open] ?? 0, "done": counts[.done] ?? 0, "superseded": counts[.superseded] ?? 0],
            ]
            if let snapshot, let age {
                object["producer"] = (try? JSONSerialization.jsonObject(with: Data(snapshot.snapshot.utf8))) ?? [:]
                object["seconds_since_update"] = age
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }

        print("Run \(record.id): \(record.status)")
        print("  inputs:        \(record.inputs.joined(separator: " "))")
        print("  ledger jobs:   \(counts[.done] ?? 0) committed, \(counts[.open] ?? 0) open, \(counts[.superseded] ?? 0) split or replaced")
        guard let status, let age else {
            print("  producer:      no status written yet")
            return
        }
        let heard = record.status != "running"
            ? "ended \(Int(age)) s ago"
            : age < 5 ? "live" : "last heard \(Int(age)) s ago (stopped or killed? start it again to resume)"
        print("  producer:      pid \(status.pid) on \(status.host), \(status.endpoint), \(status.state), \(heard)\(status.resumed ? ", resumed" : "")")
        let percent = status.plannedBytes > 0 ? String(format: " (%.0f%%)", 100 * Double(status.bytesRead) / Double(status.plannedBytes)) : ""
        print("  read:          \(status.itemsRead) items, \(status.bytesRead) of \(status.plannedBytes) bytes\(percent)" + (status.itemsAlreadyCommitted > 0 ? "; \(status.itemsAlreadyCommitted) committed before the resume" : ""))
        print("  jobs:          \(status.jobsInFlight) in flight (\(status.jobsLeased) leased, \(status.jobsWaiting) waiting), \(status.jobsDone) done, \(status.jobsRetried) retried, \(status.suspectJobs) suspect")
        print("  stored:        \(status.articlesStored) articles, \(status.duplicates) duplicates, \(status.quarantined) quarantined (\(status.poisonQuarantined) as poison)")
        print("  workers:       \(status.workers.count) connected")
        for worker in status.workers {
            print("    \(worker.name): \(worker.jobs) job(s), credit \(worker.credit), heard \(String(format: "%.1f", worker.secondsSinceHeard)) s ago, connected \(Int(worker.connectedSeconds)) s")
        }
    }
}
