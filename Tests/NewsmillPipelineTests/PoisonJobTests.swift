import Foundation
import NewsmillProtocol
import NewsmillStore
import XCTest
import ZeroMQ

/// A document that crashes or hangs its worker is retried a bounded number of times, then
/// quarantined as poison; the run finishes and every other document is stored.
final class PoisonJobTests: XCTestCase {
    func testCrashingAndHangingDocumentsAreQuarantinedAndTheRunFinishes() throws {
        #if DEBUG
        let scratch = try ScratchDirectory()
        let corpus = scratch.path("corpus")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for index in 1...20 {
            let text = "Harbour Story Number \(index)\n\nBy Anna Berglund\n\nThe council met on Monday and voted on harbour budget number \(index) after a long debate about the ferries, the cranes and the old quay.\n"
            try text.write(toFile: corpus + "/article-\(index).txt", atomically: true, encoding: .utf8)
        }
        // Test-only triggers compiled into debug workers (see Worker.triggerTestFault).
        try "Crash Story\n\nBy Per Lund\n\nThis text says NEWSMILL-TEST-CRASH and the worker aborts on it.\n"
            .write(toFile: corpus + "/crash.txt", atomically: true, encoding: .utf8)
        try "Hang Story\n\nBy Per Lund\n\nThis text says NEWSMILL-TEST-HANG and the worker never finishes it.\n"
            .write(toFile: corpus + "/hang.txt", atomically: true, encoding: .utf8)

        let database = scratch.path("news.db")
        let started = Date()
        let outcome = try NewsmillBinary.run(
            ["run", corpus, "--db", database, "--workers", "2", "--job-items", "8", "--document-time-limit", "2"],
            timeout: 180
        )
        XCTAssertEqual(outcome.status, 3, "finished with quarantined inputs\n\(outcome.stderr)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 120)
        XCTAssertTrue(outcome.stderr.contains("2 × poison"), outcome.stderr)

        let store = try ArticleStore.openReadOnly(path: database)
        XCTAssertEqual(try TestQuery.rows(store, "select count(*) from articles"), [["20"]])
        XCTAssertEqual(try TestQuery.rows(store, "select locator, reason from quarantine order by locator"), [
            [corpus + "/crash.txt", "poison: worker died 3 times while extracting it"],
            [corpus + "/hang.txt", "poison: timed out 3 times (limit 2 s per document)"],
        ])
        #else
        throw XCTSkip("the poison triggers exist in debug builds only")
        #endif
    }

    /// A worker that dies after extracting a job (its result on the way to the collector) is not
    /// blamed for the death: the job is sent again as it was, however often that happens. Deaths
    /// during extraction still count, and the third splits the job.
    ///
    /// The dying worker is this test: a real DEALER speaking the wire protocol to a real
    /// `newsmill produce`, whose repeated `hello` is what the producer sees of a restarted worker.
    func testAWorkerDyingAfterExtractingDoesNotMakeTheJobPoison() throws {
        let run = try ProducerUnderTest(stories: 5, story: { index in
            "Quay Story \(index)\n\nBy Lena Holm\n\nThe quay number \(index) reopened on Monday after the storm repairs were finished by the harbour crews.\n"
        }, producerArguments: ["--worker-timeout", "60"])
        let (jobs, results, collector, producer) = (run.jobs, run.results, run.collector, run.producer)

        let context = try ZMQContext()
        defer { context.shutdown() }
        let worker = try context.socket(.dealer)
        worker.routingID = Array("phoenix".utf8)
        worker.linger = 0
        try worker.connect(jobs)
        let resultLink = try context.socket(.dealer)
        resultLink.linger = 0
        try resultLink.connect(results)

        /// Introduces the worker (again: a restart) and returns the next job with documents. The run's
        /// start event, a job without documents, is passed to the collector and reported done.
        func restartAndTakeJob() throws -> Job? {
            _ = try worker.send(JobChannelMessage.hello(workerName: "phoenix", credit: 1).frames())
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                guard let frames = try worker.receiveMultipart(dontWait: true) else {
                    usleep(10_000)
                    continue
                }
                guard case .job(let job) = try JobChannelMessage(frames: frames) else { continue }
                if !job.items.isEmpty { return job }
                _ = try resultLink.send(ResultChannelMessage.result(JobResult(jobID: job.id, articles: [], quarantined: [], runEvent: job.runEvent)).frames())
                while Date() < deadline {
                    guard let ack = try resultLink.receiveMultipart(dontWait: true) else {
                        usleep(10_000)
                        continue
                    }
                    if case .ack(let reports) = try ResultChannelMessage(frames: ack) { _ = try worker.send(JobChannelMessage.done(reports).frames()) }
                    break
                }
                _ = try worker.send(JobChannelMessage.credit(1).frames())
            }
            return nil
        }

        // Four deaths after extracting: the five-document job comes back whole each time.
        var sequence: UInt64?
        for death in 0..<5 {
            let job = try XCTUnwrap(try restartAndTakeJob(), "no job after \(death) deaths\n\(producer.stderr())")
            XCTAssertEqual(job.items.count, 5, "after \(death) deaths after extraction\n\(producer.stderr())")
            XCTAssertEqual(job.id.sequence, sequence ?? job.id.sequence, "the same job is sent again")
            sequence = job.id.sequence
            _ = try worker.send(JobChannelMessage.extracted([job.id]).frames())
        }
        // Three deaths while extracting (no `extracted` report) make it suspect and then split it.
        var sizes: [Int] = []
        for _ in 0..<3 {
            let job = try XCTUnwrap(try restartAndTakeJob(), producer.stderr())
            sizes.append(job.items.count)
        }
        let afterThirdDeath = try XCTUnwrap(try restartAndTakeJob(), producer.stderr())
        sizes.append(afterThirdDeath.items.count)
        XCTAssertEqual(sizes, [5, 5, 5, 1], "blamed deaths 0, 1, 2, then the split\n\(producer.stderr())")
        XCTAssertTrue(producer.stderr().contains("lost with 3 dying worker(s): retrying its 5 items one by one"), producer.stderr())

        // The worker leaves for good; a real one finishes the run with nothing quarantined.
        _ = try worker.send(JobChannelMessage.goodbye.frames())
        let realWorker = try NewsmillBinary.start(["work", "--jobs", jobs, "--results", results, "--threads", "1", "--name", "steady"])
        XCTAssertTrue(producer.waitUntilExit(timeout: 60), "the run did not finish\n\(producer.stderr())")
        XCTAssertEqual(producer.process.terminationStatus, 0, producer.stderr())
        XCTAssertEqual(realWorker.stop(), 0, realWorker.stderr())
        XCTAssertEqual(collector.stop(), 0, collector.stderr())
        let store = try ArticleStore.openReadOnly(path: run.database)
        XCTAssertEqual(try TestQuery.rows(store, "select count(*) from articles"), [["5"]])
        XCTAssertEqual(try TestQuery.rows(store, "select count(*) from quarantine"), [["0"]])
    }
}
