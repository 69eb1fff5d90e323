import Foundation
import NewsmillStore
import XCTest

/// A producer killed mid-run resumes from its job ledger: finished inputs are not read again, every
/// item ends in the database once; `newsmill status` shows the run from the ledger; `--resume`
/// refuses what it cannot resume.
final class ResumeTests: XCTestCase {
    private func writeArticles(_ count: Int, in directory: String, prefix: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for index in 0..<count {
            let text = "\(prefix) Story \(index)\n\nBy Karin Sjoberg\n\nThe \(prefix.lowercased()) committee met for the \(index)th time and agreed on plan \(index * 7) for the old harbour, the ferries and the market square.\n"
            try text.write(toFile: "\(directory)/\(prefix)-\(index).txt", atomically: false, encoding: .utf8)
        }
    }

    private func storedCount(_ database: String) -> Int {
        guard let store = try? ArticleStore.openReadOnly(path: database),
              let rows = try? TestQuery.rows(store, "select count(*) from articles") else { return 0 }
        return Int(rows.first?.first ?? "") ?? 0
    }

    private func statusJSON(_ ledger: String) throws -> [String: Any] {
        let outcome = try NewsmillBinary.run(["status", "--ledger", ledger, "--json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], outcome.stdout)
    }

    /// Whether the producer has written a status snapshot yet (no assertion: for polling).
    private func producerStatusWritten(_ ledger: String) throws -> Bool {
        let outcome = try NewsmillBinary.run(["status", "--ledger", ledger, "--json"])
        guard outcome.status == 0, let object = try? JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any] else {
            return false
        }
        return object["producer"] != nil
    }

    func testAKilledProducerResumesWithoutRereadingFinishedInputs() throws {
        let scratch = try ScratchDirectory()
        let first = scratch.path("first")
        let second = scratch.path("second")
        try writeArticles(40, in: first, prefix: "First")
        try writeArticles(600, in: second, prefix: "Second")
        let database = scratch.path("news.db")
        let ledger = scratch.path("ledger.db")
        let jobs = "tcp://127.0.0.1:\(freeLoopbackPort())"
        let results = "tcp://127.0.0.1:\(freeLoopbackPort())"

        let collector = try NewsmillBinary.start(["collect", "--bind", results, "--db", database])
        let worker = try NewsmillBinary.start(["work", "--jobs", jobs, "--results", results, "--threads", "1", "--name", "resume-worker"])
        let producerArguments = ["produce", first, second, "--bind", jobs, "--ledger", ledger, "--job-items", "4", "--max-in-flight", "4"]
        let producer = try NewsmillBinary.start(producerArguments + ["--quiet"])
        let deadline = Date().addingTimeInterval(60)
        while storedCount(database) < 200, Date() < deadline, producer.process.isRunning { usleep(20_000) }
        XCTAssertTrue(producer.process.isRunning, "the producer finished before it could be killed\n\(producer.stderr())")

        // While it runs, `status` shows the worker and the jobs it holds.
        let live = try statusJSON(ledger)
        XCTAssertEqual(live["run_status"] as? String, "running")
        let snapshot = try XCTUnwrap(live["producer"] as? [String: Any])
        XCTAssertEqual(snapshot["state"] as? String, "running")
        XCTAssertEqual((snapshot["workers"] as? [[String: Any]])?.first?["name"] as? String, "resume-worker")
        let human = try NewsmillBinary.run(["status", "--ledger", ledger])
        XCTAssertTrue(human.stdout.contains("workers:       1 connected"), human.stdout)
        XCTAssertTrue(human.stdout.contains("resume-worker:"), human.stdout)

        kill(producer.process.processIdentifier, SIGKILL)
        producer.process.waitUntilExit()
        let afterKill = try statusJSON(ledger)
        XCTAssertEqual(afterKill["run_status"] as? String, "running", "a killed producer leaves its run unfinished")
        let ledgerJobs = try XCTUnwrap(afterKill["ledger_jobs"] as? [String: Int])
        XCTAssertGreaterThan(ledgerJobs["done"] ?? 0, 10)

        // `--resume` with no inputs takes the run's own; the first input, committed in full, is not opened.
        let resumed = try NewsmillBinary.run(["produce", "--resume", "--bind", jobs, "--ledger", ledger], timeout: 120)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("resuming run"), resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("items read:          600 "), "only the second input is read again\n\(resumed.stderr)")
        XCTAssertTrue(resumed.stderr.contains("articles stored:     640"), "the summary covers the whole run\n\(resumed.stderr)")
        XCTAssertEqual(worker.stop(), 0, worker.stderr())
        XCTAssertEqual(collector.stop(), 0, collector.stderr())

        let store = try ArticleStore.openReadOnly(path: database)
        XCTAssertEqual(try TestQuery.rows(store, "select count(*), count(distinct content_hash), count(distinct title) from articles"), [["640", "640", "640"]])
        XCTAssertEqual(try TestQuery.rows(store, "select status from runs"), [["finished"]])
        let finished = try statusJSON(ledger)
        XCTAssertEqual(finished["run_status"] as? String, "finished")
        let finishedText = try NewsmillBinary.run(["status", "--ledger", ledger]).stdout
        XCTAssertTrue(finishedText.contains("Run \(try XCTUnwrap(finished["run_id"] as? String)): finished"), finishedText)
        XCTAssertTrue(finishedText.contains("finished, ended"), finishedText)

        // Nothing is left to resume.
        let again = try NewsmillBinary.run(["produce", "--resume", "--bind", jobs, "--ledger", ledger])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("has no unfinished run to resume"), again.stderr)
    }

    func testSIGTERMStopsTheProducerCleanlyAndTheSameCommandResumes() throws {
        let scratch = try ScratchDirectory()
        let corpus = scratch.path("corpus")
        try writeArticles(600, in: corpus, prefix: "Term")
        let database = scratch.path("news.db")
        let jobs = "tcp://127.0.0.1:\(freeLoopbackPort())"
        let results = "tcp://127.0.0.1:\(freeLoopbackPort())"
        let collector = try NewsmillBinary.start(["collect", "--bind", results, "--db", database])
        let worker = try NewsmillBinary.start(["work", "--jobs", jobs, "--results", results, "--threads", "1"])
        let command = ["produce", corpus, "--bind", jobs, "--ledger", scratch.path("ledger.db"), "--job-items", "4", "--max-in-flight", "4"]
        let producer = try NewsmillBinary.start(command)
        let deadline = Date().addingTimeInterval(60)
        while storedCount(database) < 100, Date() < deadline, producer.process.isRunning { usleep(20_000) }
        XCTAssertTrue(producer.process.isRunning, "the producer finished before SIGTERM")

        let stopped = Date()
        producer.process.terminate()
        XCTAssertTrue(producer.waitUntilExit(timeout: 35), "SIGTERM: the producer did not exit in 35 s")
        XCTAssertLessThan(Date().timeIntervalSince(stopped), 35)
        XCTAssertEqual(producer.process.terminationStatus, 0, "a drained role exits 0\n\(producer.stderr())")
        XCTAssertTrue(producer.stderr().contains("interrupted and recorded in"), producer.stderr())
        XCTAssertLessThan(storedCount(database), 600, "stopped before the end")

        let again = try NewsmillBinary.run(command, timeout: 120)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("resuming run"), again.stderr)
        XCTAssertEqual(worker.stop(), 0, worker.stderr())
        XCTAssertEqual(collector.stop(), 0, collector.stderr())
        XCTAssertEqual(storedCount(database), 600)
    }

    func testResumeRefusesOtherInputsAndAutomaticModeStartsANewRun() throws {
        let scratch = try ScratchDirectory()
        let corpus = scratch.path("corpus")
        let other = scratch.path("other")
        try writeArticles(5, in: corpus, prefix: "Kept")
        try writeArticles(5, in: other, prefix: "Other")
        let ledger = scratch.path("ledger.db")
        let jobs = "tcp://127.0.0.1:\(freeLoopbackPort())"

        // A producer with no workers, killed: its run stays unfinished in the ledger.
        let waiting = try NewsmillBinary.start(["produce", corpus, "--bind", jobs, "--ledger", ledger, "--quiet"])
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !(try producerStatusWritten(ledger)) { usleep(50_000) }
        kill(waiting.process.processIdentifier, SIGKILL)
        waiting.process.waitUntilExit()

        let refused = try NewsmillBinary.run(["produce", other, "--resume", "--bind", jobs, "--ledger", ledger])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("cannot resume run"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains(corpus), refused.stderr)

        let conflicting = try NewsmillBinary.run(["produce", corpus, "--resume", "--fresh", "--ledger", ledger])
        XCTAssertNotEqual(conflicting.status, 0)
        XCTAssertTrue(conflicting.stderr.contains("--resume and --fresh exclude each other"), conflicting.stderr)

        // Without --resume, other inputs start a new run beside the unfinished one.
        let fresh = try NewsmillBinary.start(["produce", other, "--bind", jobs, "--ledger", ledger])
        while Date() < deadline, !fresh.stderr().contains("starting a new run") { usleep(50_000) }
        XCTAssertTrue(fresh.stderr().contains("differs"), fresh.stderr())
        kill(fresh.process.processIdentifier, SIGKILL)
        fresh.process.waitUntilExit()
    }
}
